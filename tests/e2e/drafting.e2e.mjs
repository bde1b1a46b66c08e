/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Issue 2 (drafting) end to end. Each test gets a fresh page and a fresh
 * in-test API double; run.mjs validates every response against openapi.json.
 */
import assert from 'node:assert/strict'
import { until } from './lib/poll.mjs'

const SUFFIX = ' (against an in-test API double checked against openapi.json)'

/**
 * Type at a brisk human pace rather than Playwright's default of no delay.
 * A key sent within a few milliseconds of Enter reached ProseMirror before
 * it had placed the caret in the new paragraph, and the rest of the text
 * landed in front of that first character (seen in screenshots); people
 * do not type that fast, so pressEnter() leaves a human-sized pause.
 */
const TYPING = { delay: 30 }

async function pressEnter(page) {
	await page.keyboard.press('Enter')
	await page.waitForTimeout(150)
}

/**
 * Press keys one at a time with a short pause, as a person would. Caret
 * keys sent right after a toolbar button gave focus back moved the DOM
 * caret but not ProseMirror's selection, so Enter then replaced "500".
 */
async function pressKeys(page, ...keys) {
	for (const key of keys) {
		await page.keyboard.press(key)
		await page.waitForTimeout(60)
	}
}

function editor(page) {
	return page.locator('.ProseMirror[contenteditable="true"]')
}

/**
 * Put the caret at the end of the last block. ProseMirror applies the
 * selection of a click on the next selectionchange event, so wait for it
 * before typing, or the first characters land where the caret was.
 */
async function caretToEnd(page) {
	await editor(page).locator(':scope > *').last().click()
	await page.waitForTimeout(200)
	await page.keyboard.press('End')
}

async function saveStatus(page) {
	return (await page.locator('[data-test="save-status"]').innerText()).trim()
}

function lastPut(api) {
	return [...api.log].reverse().find((entry) => entry.method === 'PUT')
}

async function createFromTemplate(page, { title, type = 'policy' }) {
	await page.getByRole('button', { name: 'New document' }).click()
	const dialog = page.getByRole('dialog', { name: 'New document' })
	await dialog.waitFor()
	await dialog.getByLabel('Document type').selectOption(type)
	await dialog.getByLabel('Title').fill(title)
	await dialog.getByRole('button', { name: 'Create' }).click()
	await dialog.waitFor({ state: 'detached' })
	await editor(page).waitFor()
}

export const tests = [
	{
		slug: 'drafting',
		title: 'drafts a policy: template, typing, bold, table, attachment, versions, restore, conflict' + SUFFIX,
		async run({ page, api, shot }) {
			await page.getByRole('button', { name: 'New document' }).waitFor()
			await shot('empty-list')

			// Create from the policy template.
			await createFromTemplate(page, { title: 'Climate adaptation policy' })
			const created = [...api.documents.values()][0]
			assert.ok(created, 'the double holds the created document')
			assert.equal(created.content.meta.title, 'Climate adaptation policy')
			assert.equal(created.content.meta.type, 'policy')
			assert.equal(created.versions.length, 1, 'creating makes version 1')
			const headings = created.content.body.content.filter((node) => node.type === 'heading').length
			assert.ok(headings >= 1, 'the template gives the body headings')
			assert.equal(await editor(page).getAttribute('lang') ?? await page.locator('.pd-document__editor').getAttribute('lang'), 'en')
			await shot('created-from-template')

			// Type at the end of the document.
			await caretToEnd(page)
			await pressEnter(page)
			await page.keyboard.type('The city will plant 500 trees by 2030.', TYPING)
			// Autosave waits for 2 s without typing, so right after typing the text is not saved yet.
			await until('"Unsaved changes"', async () => await saveStatus(page) === 'Unsaved changes')

			// Bold via the toolbar: select the word "500".
			await pressKeys(page, 'End', ...Array(' trees by 2030.'.length).fill('ArrowLeft'), 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft')
			await page.locator('[data-command="bold"]').click()
			await until('"500" bold in the editor', async () => (await editor(page).locator('strong').allInnerTexts()).includes('500'))
			// The toolbar hands focus back to the text; keys pressed before that would go to the toolbar.
			await until('focus back in the editor', () => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))

			// Bold via the keyboard shortcut for newly typed text.
			await pressKeys(page, 'ArrowRight', 'End')
			await pressEnter(page)
			await pressKeys(page, 'Control+b')
			await page.keyboard.type('Binding target', TYPING)
			await pressKeys(page, 'Control+b')
			await page.keyboard.type(' for all units.', TYPING)
			await until('"Binding target" bold', async () => (await editor(page).locator('strong').allInnerTexts()).includes('Binding target'))

			// Insert a table from the toolbar's table menu and type into its first cell.
			await pressEnter(page)
			await page.getByRole('button', { name: 'Table' }).click()
			await page.getByRole('menuitem', { name: 'Insert table' }).click()
			await editor(page).locator('table').waitFor()
			// The table menu stays open after the click; close it and click into the first cell.
			if (await page.getByRole('menuitem', { name: 'Insert table' }).isVisible()) {
				await page.keyboard.press('Escape')
			}
			await editor(page).locator('table th, table td').first().click()
			await page.waitForTimeout(200)
			await page.keyboard.type('Measure', TYPING)
			await until('"Measure" in the first cell', async () => (await editor(page).locator('table th, table td').first().innerText()).includes('Measure'))
			await shot('typed-bold-table')

			// Autosave: a PUT with createVersion=false, and the status says so.
			await until('autosave', async () => {
				const put = lastPut(api)
				return put && put.body.createVersion === false && put.status === 200 && await saveStatus(page) === 'Saved'
			}, 15000)
			const afterAutosave = created.content
			const bodyText = JSON.stringify(afterAutosave.body)
			assert.ok(bodyText.includes('500'), `the autosaved body holds the typed text: ${bodyText.slice(0, 600)}`)
			assert.ok(/"text":"500","marks":\[\{"type":"bold"\}\]|"marks":\[\{"type":"bold"\}\],"text":"500"/.test(bodyText), 'the bold mark reached the server')
			assert.ok(afterAutosave.body.content.some((node) => node.type === 'table'), 'the table reached the server')
			assert.equal(created.versions.length, 1, 'autosave creates no version')

			// Attach a file through the Nextcloud file picker (its DAV requests answered by davDouble.mjs).
			await page.getByRole('button', { name: 'Attach files from Nextcloud' }).click()
			const picker = page.getByRole('dialog', { name: 'Choose attachments' })
			await picker.waitFor()
			await picker.getByText('Budget 2026.pdf').first().waitFor()
			await page.waitForTimeout(600) // let the dialog finish fading in
			await shot('file-picker')
			await picker.getByRole('row').filter({ hasText: 'Budget 2026.pdf' }).first().click()
			await picker.getByRole('button', { name: 'Attach' }).click()
			await picker.waitFor({ state: 'detached' })
			const attachment = page.locator('[data-test="attachment-list"] li').first()
			await until('Attachment 1 listed', async () => /Attachment 1/.test(await attachment.innerText()) && /Budget 2026\.pdf/.test(await attachment.innerText()))
			assert.equal(await attachment.getByRole('link').getAttribute('href'), '/index.php/f/4242')

			// Save a version explicitly.
			await page.getByRole('button', { name: 'Save version' }).click()
			await until('version 2 on the server', async () => created.versions.length === 2)
			assert.deepEqual(created.content.attachments, [{ fileId: 4242, name: 'Budget 2026.pdf' }])
			await until('"Saved"', async () => await saveStatus(page) === 'Saved')

			// The version list in the sidebar.
			await page.locator('[data-test="toggle-sidebar"]').click()
			await page.getByRole('tab', { name: 'Versions' }).click()
			const versions = page.locator('[data-test="version-list"] > li')
			await until('two versions listed', async () => await versions.count() === 2)
			const newest = await versions.first().innerText()
			assert.match(newest, /Version 2/)
			assert.match(newest, /Alice Andersson/)
			assert.match(newest, new RegExp(`SHA-256 ${created.versions[1].hash.slice(0, 12)}`))
			await shot('version-list')

			// View version 1 read-only, then restore it as a new version.
			await versions.nth(1).getByRole('button', { name: 'View' }).click()
			const viewer = page.getByRole('dialog', { name: 'Version 1 (read-only)' })
			await viewer.waitFor()
			assert.ok(!(await viewer.innerText()).includes('500 trees'), 'version 1 is the template, without the typed text')
			await page.waitForTimeout(600) // let the dialog finish fading in
			await shot('version-view')
			await page.keyboard.press('Escape')
			await viewer.waitFor({ state: 'detached' })
			await versions.nth(1).getByRole('button', { name: 'Restore version 1' }).click()
			await until('version 3 restored from 1', async () => created.versions.length === 3 && created.versions[2].restoredFrom === created.versions[0].id)
			await until('three versions listed', async () => await versions.count() === 3)
			await until('editor shows the restored text', async () => !(await editor(page).innerText()).includes('500 trees'))
			assert.deepEqual(created.content.body, created.versions[0].content.body)
			await shot('restored')

			// A conflicting save: Bob saves behind Alice's back, Alice types and saves.
			await api.saveBehindTheUsersBack(created.id, (content) => {
				content.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Paragraph added by Bob.' }] })
			})
			await caretToEnd(page)
			await pressEnter(page)
			await page.keyboard.type('Alice keeps this sentence.', TYPING)
			await page.getByRole('button', { name: 'Save version' }).click()
			const conflict = page.locator('[data-test="conflict-dialog"]').or(page.getByRole('dialog', { name: 'Someone else saved this document' }))
			await conflict.first().waitFor()
			const mine = await page.locator('[data-test="conflict-mine"]').innerText()
			const theirs = await page.locator('[data-test="conflict-theirs"]').innerText()
			assert.ok(mine.includes('Alice keeps this sentence.') && !mine.includes('Paragraph added by Bob.'), 'left: my text')
			assert.ok(theirs.includes('Paragraph added by Bob.') && !theirs.includes('Alice keeps this sentence.'), 'right: the server text')
			assert.ok(api.log.some((entry) => entry.method === 'PUT' && entry.status === 409), 'the double answered 409')
			await page.waitForTimeout(600) // let the dialog finish fading in
			await shot('conflict-dialog')
			await page.getByRole('button', { name: 'Keep mine' }).click()
			await until('mine saved on top of Bob\'s revision', async () => JSON.stringify(created.content.body).includes('Alice keeps this sentence.'))
			await until('"Saved" after keeping mine', async () => await saveStatus(page) === 'Saved')
			assert.equal(await page.locator('[data-test="conflict-dialog"]').count(), 0)
			assert.ok(!JSON.stringify(created.content.body).includes('Paragraph added by Bob.'), 'keep mine replaced Bob\'s text with mine, as chosen')
			assert.ok(created.versions.some((version) => version.authorId === 'bob'), 'Bob\'s text stays in the version history')
			await shot('conflict-resolved')
		},
	},
	{
		slug: 'list',
		title: 'document list: scope, type filter, title search and server paging' + SUFFIX,
		async run({ page, api, shot }) {
			const base = { schemaVersion: 1, attachments: [], body: { type: 'doc', content: [{ type: 'paragraph' }] } }
			for (let i = 1; i <= 30; i++) {
				await api.seed({ ...base, meta: { title: `Policy ${String(i).padStart(2, '0')}`, type: 'policy', language: 'sv' } })
			}
			await api.seed({ ...base, meta: { title: 'Declaration on open data', type: 'declaration', language: 'en' } })
			await api.seed({ ...base, meta: { title: 'Shared <b>draft</b>', type: 'policy', language: 'en' } }, { id: 'bob', displayName: 'Bob Berg' })
			const shared = [...api.documents.values()].at(-1)
			shared.shares.push({ id: 1, type: 'user', shareWith: 'alice', displayName: 'Alice Andersson', role: 'coauthor' })
			await page.reload()

			const items = page.locator('[data-test="document-list"] li')
			await until('first page of 25', async () => await items.count() === 25)
			await page.getByText('Page 1 of 2').waitFor()
			await page.getByText('31 documents').waitFor()
			await page.getByRole('button', { name: 'Next page' }).click()
			await until('second page of 6', async () => await items.count() === 6)
			assert.ok(api.log.some((entry) => entry.method === 'GET' && entry.path.endsWith('/documents')), 'the list came from the server')

			await page.getByLabel('Type').selectOption('declaration')
			await until('type filter', async () => await items.count() === 1 && /Declaration on open data/.test(await items.first().innerText()))

			await page.getByLabel('Type').selectOption('')
			await page.getByLabel('Search by title').fill('Policy 1')
			await until('title search', async () => await items.count() === 10)
			await shot('search')

			await page.getByLabel('Search by title').fill('')
			await page.locator('[data-test="scope-shared"]').click()
			await until('shared with me', async () => await items.count() === 1)
			assert.equal((await items.first().innerText()).trim(), 'Shared <b>draft</b>', 'markup in a title is shown as text')
			assert.equal(await page.locator('[data-test="document-list"] b').count(), 0)
			await items.first().click()
			const title = page.getByLabel('Title', { exact: true })
			await until('the shared document open', async () => await title.inputValue() === 'Shared <b>draft</b>')
			assert.equal(await page.locator('[data-test="delete-document"]').count(), 0, 'a co-author cannot delete')
			await shot('shared-opened')
		},
	},
	{
		slug: 'import',
		title: 'imports a Markdown file from the device into a new document' + SUFFIX,
		async run({ page, api, shot }) {
			await page.getByRole('button', { name: 'Import Markdown' }).click()
			const dialog = page.getByRole('dialog', { name: 'Import Markdown' })
			await dialog.waitFor()
			await dialog.locator('[data-test="import-file"]').setInputFiles({
				name: 'parking.md',
				mimeType: 'text/markdown',
				buffer: Buffer.from('# Parking policy\n\nThe aim is **fewer** cars.[^1]\n\n| Zone | Fee |\n|---|---|\n| A | 20 |\n\n[^1]: Decided in 2025.\n'),
			})
			await until('title taken from the first heading', async () => await dialog.getByLabel('Title').inputValue() === 'Parking policy')
			await page.waitForTimeout(600) // let the dialog finish fading in
			await shot('import-dialog')
			await dialog.getByRole('button', { name: 'Import' }).click()
			await dialog.waitFor({ state: 'detached' })
			await editor(page).locator('table').waitFor()
			const doc = [...api.documents.values()][0]
			const body = JSON.stringify(doc.content.body)
			assert.equal(doc.content.meta.title, 'Parking policy')
			assert.ok(body.includes('"type":"table"'), 'the table was imported')
			assert.ok(body.includes('"type":"footnote"'), 'the footnote was imported')
			assert.ok(/"text":"fewer","marks":\[\{"type":"bold"\}\]/.test(body), 'bold was imported')
			await shot('imported')

			// The owner deletes it after confirming.
			await page.locator('[data-test="delete-document"]').click()
			await page.getByRole('dialog', { name: 'Delete document' }).getByRole('button', { name: 'Delete' }).click()
			await until('deleted on the server', async () => api.documents.size === 0)
			await page.getByText('No document open').waitFor()
			await page.getByText('No documents found.').waitFor()
		},
	},
	{
		slug: 'offline',
		title: 'keeps typed text through a lost connection and a reload, then saves it' + SUFFIX,
		async run({ page, api, shot }) {
			await createFromTemplate(page, { title: 'Offline policy' })
			const doc = [...api.documents.values()][0]
			api.offline = true
			await caretToEnd(page)
			await pressEnter(page)
			await page.keyboard.type('Typed without a connection.', TYPING)
			await until('"Offline – kept locally"', async () => await saveStatus(page) === 'Offline – kept locally', 15000)
			assert.ok(!JSON.stringify(doc.content.body).includes('Typed without a connection.'), 'nothing reached the server')
			await shot('offline')

			// The connection comes back and the tab is reloaded before any retry:
			// only the browser's copy holds the text now.
			api.offline = false
			await page.reload()
			await page.locator('[data-test="document-list"] li').first().click()
			await until('the typed text restored from the browser', async () => (await editor(page).innerText()).includes('Typed without a connection.'))
			await until('saved to the server', async () => JSON.stringify(doc.content.body).includes('Typed without a connection.') && await saveStatus(page) === 'Saved', 15000)
			await shot('saved-after-reload')
		},
	},
	{
		slug: 'sidebar',
		title: 'sidebar: metadata with signatories, and co-authors through the autocomplete' + SUFFIX,
		async run({ page, api, shot }) {
			await createFromTemplate(page, { title: 'Decision on parking fees', type: 'decision_proposal' })
			const doc = [...api.documents.values()][0]
			await page.locator('[data-test="toggle-sidebar"]').click()
			const sidebar = page.locator('[data-test="sidebar"]')
			await sidebar.getByLabel('Reference number').fill('KS 2026/00042')
			await sidebar.getByLabel('Decision body').fill('Kommunstyrelsen')
			await sidebar.getByLabel('Name of new signatory').fill('Anna Svensson')
			await sidebar.getByLabel('Title of new signatory').fill('Kommunstyrelsens ordförande')
			await sidebar.getByRole('button', { name: 'Add signatory' }).click()
			await sidebar.getByLabel('Name of signatory 1').waitFor()
			await until('metadata autosaved', async () => doc.content.meta.reference === 'KS 2026/00042'
				&& doc.content.meta.decisionBody === 'Kommunstyrelsen'
				&& JSON.stringify(doc.content.meta.signatories) === JSON.stringify([{ name: 'Anna Svensson', title: 'Kommunstyrelsens ordförande' }]), 15000)
			await shot('details')

			// An empty title is explained and never sent; the last valid one stays.
			const title = page.getByLabel('Title', { exact: true })
			await title.fill('')
			await page.getByText('A document needs a title.').waitFor()
			await title.fill('Decision on parking fees 2026')
			await until('the new title saved', async () => doc.content.meta.title === 'Decision on parking fees 2026', 15000)
			assert.ok(!api.log.some((entry) => entry.method === 'PUT' && entry.body?.content?.meta?.title === ''), 'no save with an empty title')

			await page.getByRole('tab', { name: 'Sharing' }).click()
			const search = sidebar.getByRole('combobox').or(sidebar.getByRole('searchbox')).first()
			await search.click()
			await page.keyboard.type('bo', TYPING)
			await page.getByRole('option', { name: 'Bob Berg' }).click()
			await until('Bob shared on the server', async () => doc.shares.some((share) => share.shareWith === 'bob' && share.type === 'user'))
			await sidebar.getByText('Bob Berg').waitFor()
			await shot('sharing')
			await sidebar.getByRole('button', { name: 'Remove co-author Bob Berg' }).click()
			await until('Bob removed on the server', async () => doc.shares.length === 0)
		},
	},
	{
		slug: 'keyboard',
		title: 'creates a document and writes in it with the keyboard alone' + SUFFIX,
		async run({ page, api, shot }) {
			const focused = () => page.evaluate(() => {
				const element = document.activeElement
				return element ? `${element.tagName} ${element.getAttribute('aria-label') ?? ''} ${element.textContent?.trim().slice(0, 40) ?? ''}` : ''
			})
			await page.getByRole('button', { name: 'New document' }).waitFor()
			// Tab from the top of the page to "New document" (the skip links come first).
			let found = false
			for (let i = 0; i < 10 && !found; i++) {
				await pressKeys(page, 'Tab')
				found = /New document/.test(await focused())
			}
			assert.ok(found, 'Tab reaches "New document"')
			await pressKeys(page, 'Enter')
			const dialog = page.getByRole('dialog', { name: 'New document' })
			await dialog.waitFor()
			await until('focus inside the dialog', () => dialog.evaluate((element) => element.contains(document.activeElement)))
			// Tab to the title field, type, and submit the form with Enter.
			for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('dir') === 'auto' && document.activeElement?.tagName === 'INPUT')); i++) {
				await pressKeys(page, 'Tab')
			}
			await page.keyboard.type('Keyboard policy', TYPING)
			await pressKeys(page, 'Enter')
			await dialog.waitFor({ state: 'detached' })
			await until('created', async () => api.documents.size === 1)
			// Reach the text by Tab and write.
			found = false
			for (let i = 0; i < 40 && !found; i++) {
				await pressKeys(page, 'Tab')
				found = await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false)
			}
			assert.ok(found, 'Tab reaches the editor')
			await pressKeys(page, 'Control+End')
			await pressEnter(page)
			await page.keyboard.type('Written without a mouse.', TYPING)
			await until('typed text saved', async () => JSON.stringify([...api.documents.values()][0].content.body).includes('Written without a mouse.'), 15000)
			await shot('keyboard')
		},
	},
	{
		slug: 'conflict-copy',
		title: 'a conflicting autosave offers both texts; "copy mine" keeps mine in a new document' + SUFFIX,
		async run({ page, api, shot }) {
			await createFromTemplate(page, { title: 'Tree policy' })
			const original = [...api.documents.values()][0]
			await api.saveBehindTheUsersBack(original.id, (content) => {
				content.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Carin\'s paragraph.' }] })
			}, { id: 'carin', displayName: 'Carin Carlsson' })
			await caretToEnd(page)
			await pressEnter(page)
			await page.keyboard.type('My paragraph.', TYPING)
			// No button pressed: the autosave meets the 409.
			await page.getByRole('button', { name: 'Copy mine to a new document' }).click({ timeout: 15000 })
			await until('a second document with my text', async () => api.documents.size === 2)
			const copy = [...api.documents.values()][1]
			assert.ok(JSON.stringify(copy.content.body).includes('My paragraph.'))
			assert.ok(copy.content.meta.title.startsWith('Tree policy'))
			assert.notEqual(copy.content.meta.title, 'Tree policy')
			assert.ok(!JSON.stringify(original.content.body).includes('My paragraph.'), 'the original keeps Carin\'s text')
			assert.ok(JSON.stringify(original.content.body).includes('Carin\'s paragraph.'))
			await until('the copy open in the editor', async () => (await editor(page).innerText()).includes('My paragraph.'))
			await until('"Saved"', async () => await saveStatus(page) === 'Saved')
			await shot('copy-open')
		},
	},
]
