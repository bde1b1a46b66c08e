/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Deep links: the address names the open document
 * (/index.php/apps/policydesk/documents/{id}, the route notifications and
 * Activity entries link to), a reload reopens it, back/forward move between
 * documents and the list without losing typed text, and a link to a missing
 * document says so. run.mjs serves the harness page at the app's addresses.
 */
import assert from 'node:assert/strict'
import { policyDocument, text } from './lib/documents.mjs'
import { until } from './lib/poll.mjs'

const SUFFIX = ' (against an in-test API double checked against openapi.json)'
const LIST_PATH = '/index.php/apps/policydesk/'

function pathOf(page) {
	return new URL(page.url()).pathname
}

function documentPath(id) {
	return `/index.php/apps/policydesk/documents/${id}`
}

async function openTitle(page) {
	const title = page.getByLabel('Title', { exact: true })
	return await title.count() === 1 ? await title.inputValue() : null
}

async function seedDocument(api, title, paragraph) {
	return api.seed(policyDocument(title, 'en', [{ type: 'paragraph', content: text(paragraph) }]))
}

function listItem(page, title) {
	return page.locator('[data-test="document-list"] li').filter({ hasText: title })
}

export const tests = [
	{
		slug: 'deep-link',
		title: 'the address names the open document: reload reopens it, back and forward keep typed text, a missing one says so' + SUFFIX,
		async run({ page, api, shot }) {
			const parking = await seedDocument(api, 'Parking policy', 'Parking is managed by the city.')
			const trees = await seedDocument(api, 'Tree policy', 'Every street gets trees.')
			const origin = new URL(page.url()).origin

			// Start from the list's own address, as the navigation entry links to it.
			await page.goto(origin + LIST_PATH)
			await listItem(page, 'Parking policy').waitFor()
			assert.equal(await listItem(page, 'Parking policy').locator('a').getAttribute('href'), documentPath(parking.id),
				'list items are links to the document address')

			// Opening a document puts it in the address.
			await listItem(page, 'Parking policy').locator('a').click()
			await until('Parking policy open', async () => await openTitle(page) === 'Parking policy')
			assert.equal(pathOf(page), documentPath(parking.id))

			// Type, then leave with the browser's back button before autosave (2 s) ran.
			const editor = page.locator('.ProseMirror[contenteditable="true"]')
			await editor.locator(':scope > *').last().click()
			await page.waitForTimeout(200)
			await page.keyboard.press('End')
			await page.keyboard.type(' Residents park for free on Sundays.', { delay: 30 })
			await page.goBack()
			await until('back on the list address', () => pathOf(page) === LIST_PATH)
			await page.getByText('No document open').waitFor()
			await until('the typed text saved on leaving', () => JSON.stringify(api.documents.get(parking.id).content).includes('free on Sundays'))

			// Forward reopens it with the text.
			await page.goForward()
			await until('Parking policy open again', async () => await openTitle(page) === 'Parking policy')
			assert.equal(pathOf(page), documentPath(parking.id))
			await until('the text in the editor', async () => (await editor.innerText()).includes('free on Sundays'))

			// A reload shows the same document.
			await page.reload()
			await until('Parking policy open after reload', async () => await openTitle(page) === 'Parking policy')
			assert.equal(pathOf(page), documentPath(parking.id))
			await until('the text after reload', async () => (await editor.innerText()).includes('free on Sundays'))
			await shot('reloaded-document')

			// Another document, then back to the first.
			await listItem(page, 'Tree policy').locator('a').click()
			await until('Tree policy open', async () => await openTitle(page) === 'Tree policy')
			assert.equal(pathOf(page), documentPath(trees.id))
			await page.goBack()
			await until('Parking policy after back', async () => await openTitle(page) === 'Parking policy')
			assert.equal(pathOf(page), documentPath(parking.id))

			// Close goes to the list address.
			await page.locator('[data-test="close-document"]').click()
			await page.getByText('No document open').waitFor()
			assert.equal(pathOf(page), LIST_PATH)

			// A link to a document that is missing or not shared (404).
			await page.goto(origin + documentPath(9999))
			await page.getByText('Document not found').waitFor()
			await page.getByText('This document does not exist, or it is not shared with you.').waitFor()
			await shot('missing-document')
			await page.locator('[data-test="back-to-list"]').click()
			await page.getByText('No document open').waitFor()
			assert.equal(pathOf(page), LIST_PATH)
		},
	},
	{
		slug: 'deep-link-new',
		title: 'a new document gets its address; deleting it replaces the address with the list' + SUFFIX,
		async run({ page, api }) {
			const origin = new URL(page.url()).origin
			await page.goto(origin + LIST_PATH)
			await page.getByRole('button', { name: 'New document' }).click()
			const dialog = page.getByRole('dialog', { name: 'New document' })
			await dialog.getByLabel('Title').fill('Noise policy')
			await dialog.getByRole('button', { name: 'Create' }).click()
			await until('Noise policy open', async () => await openTitle(page) === 'Noise policy')
			const created = [...api.documents.values()].find((doc) => doc.content.meta.title === 'Noise policy')
			// The address follows the open document once it has loaded, a moment after its title shows.
			await until('the new document\'s address', () => pathOf(page) === documentPath(created.id))

			await page.locator('[data-test="delete-document"]').click()
			await page.locator('[data-test="confirm-delete"]').click()
			await page.getByText('No document open').waitFor()
			await until('the list\'s address', () => pathOf(page) === LIST_PATH)
			// The dead address was replaced, not kept: back goes to the list
			// the user came from, not to a "Document not found".
			await page.goBack()
			await until('back on the earlier list entry', () => pathOf(page) === LIST_PATH)
			await page.getByText('No document open').waitFor()
			assert.equal(await page.locator('[data-test="document-load-error"]').count(), 0)
		},
	},
]
