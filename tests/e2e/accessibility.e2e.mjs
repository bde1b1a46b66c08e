/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * WCAG 2.1 A/AA checks of the key screens with axe-core (lib/axe.mjs): the
 * document list, the new-document dialog, an open document with its editor
 * and toolbar (its table menu and link dialog), each sidebar tab, the
 * version viewer, the conflict dialog, the import dialog, and the review
 * panel while a review is under way. Serious and
 * critical findings fail the test; moderate and minor ones are printed.
 * axe finds only what can be checked by machine (names, roles, contrast,
 * structure); keyboard use is covered by drafting.e2e.mjs.
 */
import assert from 'node:assert/strict'
import { axeFailures } from './lib/axe.mjs'
import { policyDocument, text } from './lib/documents.mjs'
import { until } from './lib/poll.mjs'
import { openReviewAs } from './lib/review.mjs'
import { PEOPLE, ReviewDouble } from './review.double.mjs'

const SUFFIX = ' (against an in-test API double checked against openapi.json)'

/** Dialogs fade in; axe's contrast check reads the colours mid-fade otherwise. */
const FADE_MS = 600

const TITLE = 'Tree policy'

/**
 * @param {import('playwright-core').Page} page the page
 * @return {import('playwright-core').Locator} the editable text
 */
function editor(page) {
	return page.locator('.ProseMirror[contenteditable="true"]')
}

export const tests = [
	{
		slug: 'accessibility',
		title: 'key screens (list, new-document dialog, editor with toolbar and link dialog, sidebar tabs, version viewer, conflict dialog) have no WCAG 2.1 A/AA violations found by axe-core' + SUFFIX,
		async run({ page, api, shot }) {
			const failures = []
			// The review endpoints, so the Review tab shows its real content rather than a load error.
			// eslint-disable-next-line no-new
			new ReviewDouble(api)
			const check = async (screen) => {
				failures.push(...await axeFailures(page, screen))
			}

			await api.seed(policyDocument(TITLE, 'en', [
				{ type: 'heading', attrs: { level: 1 }, content: text(TITLE) },
				{ type: 'paragraph', content: text('The city will plant trees.') },
			]))
			await api.seed(policyDocument('Parking policy', 'sv', [{ type: 'paragraph', content: text('Avgifter.') }]))
			await page.reload()
			await until('the document list', async () => await page.locator('[data-test="document-list"] li').count() === 2)
			await check('document list')

			await page.getByRole('button', { name: 'New document' }).click()
			const dialog = page.getByRole('dialog', { name: 'New document' })
			await dialog.waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('new-document dialog')
			await dialog.getByLabel('Title').fill('Accessible policy')
			await dialog.getByRole('button', { name: 'Create' }).click()
			await dialog.waitFor({ state: 'detached' })
			await editor(page).waitFor()
			const doc = [...api.documents.values()].find((candidate) => candidate.content.meta.title === 'Accessible policy')
			assert.ok(doc, 'the document was created')
			await check('open document (editor and toolbar)')
			await shot('editor')

			// The toolbar's table menu and the link dialog.
			await editor(page).locator(':scope > *').last().click()
			await page.waitForTimeout(200)
			await page.getByRole('button', { name: 'Table' }).click()
			await page.getByRole('menuitem', { name: 'Insert table' }).waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('toolbar table menu')
			await page.keyboard.press('Escape')
			await page.getByRole('menuitem', { name: 'Insert table' }).waitFor({ state: 'hidden' })
			await page.locator('[data-command="link"]').click()
			const link = page.getByRole('dialog', { name: 'Link' })
			await link.waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('link dialog')
			await link.getByRole('button', { name: 'Cancel' }).click()
			await link.waitFor({ state: 'detached' })

			// A second version, so the Versions tab lists two and one can be viewed
			// (an unchanged text makes no new version, so type first).
			await editor(page).locator(':scope > *').last().click()
			await page.waitForTimeout(200)
			await page.keyboard.press('End')
			await page.keyboard.type('Plant trees.', { delay: 30 })
			await page.getByRole('button', { name: 'Save version' }).click()
			await until('version 2 on the server', async () => doc.versions.length === 2)

			await page.locator('[data-test="toggle-sidebar"]').click()
			await page.locator('[data-test="sidebar"]').waitFor()
			await page.waitForTimeout(FADE_MS)
			for (const tab of ['Details', 'Versions', 'Sharing', 'Review']) {
				await page.getByRole('tab', { name: tab }).click()
				await until(`the ${tab} tab selected`, async () => await page.getByRole('tab', { name: tab }).getAttribute('aria-selected') === 'true')
				await page.waitForTimeout(300)
				await check(`sidebar ${tab} tab`)
			}
			await shot('sidebar-review')

			await page.getByRole('tab', { name: 'Versions' }).click()
			const versions = page.locator('[data-test="version-list"] > li')
			await until('two versions listed', async () => await versions.count() === 2)
			await versions.nth(1).getByRole('button', { name: 'View' }).click()
			const viewer = page.getByRole('dialog', { name: 'Version 1 (read-only)' })
			await viewer.waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('version viewer')
			await page.keyboard.press('Escape')
			await viewer.waitFor({ state: 'detached' })

			// A save that meets someone else's newer revision opens the conflict dialog.
			await api.saveBehindTheUsersBack(doc.id, (content) => {
				content.body.content.push({ type: 'paragraph', content: text('Paragraph added by Bob.') })
			})
			await editor(page).locator(':scope > *').last().click()
			await page.waitForTimeout(200)
			await page.keyboard.press('End')
			await page.keyboard.type(' Mine.', { delay: 30 })
			await page.getByRole('button', { name: 'Save version' }).click()
			await page.locator('[data-test="conflict-dialog"]').first().waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('conflict dialog')
			await shot('conflict')

			assert.deepEqual(failures, [], `axe-core found serious or critical WCAG 2.1 A/AA violations:\n${failures.join('\n')}`)
		},
	},
	{
		slug: 'accessibility-review',
		title: 'the import dialog and a review in progress (reviewers chosen, decision form, passage comments) have no WCAG 2.1 A/AA violations found by axe-core' + SUFFIX,
		async run({ page, api }) {
			const failures = []
			const check = async (screen) => {
				failures.push(...await axeFailures(page, screen))
			}
			const review = new ReviewDouble(api)
			await api.seed(policyDocument(TITLE, 'en', [
				{ type: 'heading', attrs: { level: 1 }, content: text(TITLE) },
				{ type: 'paragraph', content: text('The city will plant trees.') },
			]))

			await page.getByRole('button', { name: 'Import Markdown' }).click()
			const importDialog = page.getByRole('dialog', { name: 'Import Markdown' })
			await importDialog.waitFor()
			await page.waitForTimeout(FADE_MS)
			await check('import dialog')

			let panel = await openReviewAs(page, review, PEOPLE.alice, TITLE)
			await page.waitForTimeout(FADE_MS)
			const search = panel.getByLabel('Find people or groups')
			await search.fill('Bob')
			await panel.getByRole('button', { name: 'Add Bob Berg' }).click()
			await check('review: reviewer chosen')
			await panel.getByRole('button', { name: 'Submit for review' }).click()
			await until('the review submitted', async () => api.log.some((entry) => entry.method === 'POST' && entry.path.endsWith('/review') && entry.status < 300))
			await check('review: in review, author')

			panel = await openReviewAs(page, review, PEOPLE.bob, TITLE)
			await page.waitForTimeout(FADE_MS)
			await panel.locator('.pd-decision').waitFor()
			await check('review: decision form, reviewer')
			await panel.getByRole('button', { name: 'Comment on a passage…' }).click()
			await panel.locator('.pd-comments__block').nth(1).waitFor()
			await check('review: passage picker')

			assert.deepEqual(failures, [], `axe-core found serious or critical WCAG 2.1 A/AA violations:\n${failures.join('\n')}`)
		},
	},
]
