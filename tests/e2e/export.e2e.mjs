/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Issue 3 ("In the app"): Export as ODT saves into the user's Files through
 * the file picker, never overwrites, and offers a download.
 *
 * Runs in run.mjs like drafting.e2e.mjs: a fresh page and API double whose
 * every OCS response is validated against openapi.json; alice's Files are
 * the WebDAV double of export.dav.mjs.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { FilesDouble } from './export.dav.mjs'
import { policyDocument, text } from './lib/documents.mjs'
import { until } from './lib/poll.mjs'

const SUFFIX = ' (against an in-test API double checked against openapi.json; WebDAV double for Files)'
const TITLE = 'Parkeringspolicy för Västerås: zon A/B'
const FILE = 'Parkeringspolicy för Västerås- zon A-B (v1).odt'
const CHECK_ODT = '../shared/odf/check-odt'
/** The picker lists folders and the save builds and PUTs the .odt over WebDAV: allow more than the default 10 s. */
const EXPORT_WAIT = 15000

function content() {
	return policyDocument(TITLE, 'sv', [
		{ type: 'heading', attrs: { level: 1 }, content: text('Syfte') },
		{ type: 'paragraph', content: text('Staden ska ha färre bilar i centrum.') },
		{ type: 'heading', attrs: { level: 2 }, content: text('Avgifter') },
		{ type: 'paragraph', content: text('Avgiften är 20 kr per timme.') },
	])
}

/**
 * The package as ODF 1.3 part 2 §3.3 requires it to start: a local file
 * header for "mimetype", stored (method 0), holding the media type.
 */
function assertOdtZip(bytes) {
	assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'the PUT body starts with a zip local file header')
	const method = bytes.readUInt16LE(8)
	const nameLength = bytes.readUInt16LE(26)
	const extraLength = bytes.readUInt16LE(28)
	assert.equal(bytes.subarray(30, 30 + nameLength).toString('utf8'), 'mimetype', 'the first zip entry is "mimetype"')
	assert.equal(method, 0, 'mimetype is stored, not compressed')
	const dataStart = 30 + nameLength + extraLength
	assert.equal(bytes.subarray(dataStart, dataStart + 39).toString('ascii'), 'application/vnd.oasis.opendocument.text')
	return unzipSync(new Uint8Array(bytes))
}

/** The outside oracle: schema validation and LibreOffice loading the file. */
function checkOdt(bytes) {
	if (!existsSync(CHECK_ODT)) {
		return 'check-odt not found'
	}
	const dir = mkdtempSync(join(tmpdir(), 'policydesk-e2e-'))
	try {
		const file = join(dir, 'export.odt')
		writeFileSync(file, bytes)
		const run = spawnSync(CHECK_ODT, [file], { encoding: 'utf8', timeout: 120000 })
		return run.status === 0 ? null : (run.stdout + run.stderr).trim()
	} finally {
		rmSync(dir, { recursive: true, force: true })
	}
}

async function openDocument(page) {
	await page.reload()
	await page.locator('[data-test="document-list"]').getByText(TITLE).first().click()
	await page.locator('[data-test="export-odt"]').waitFor()
}

function puts(files) {
	return files.log.filter((entry) => entry.method === 'PUT')
}

export const tests = [
	{
		slug: 'export',
		title: 'exports a document as ODT into a folder chosen in the file picker, then again without overwriting, and downloads it' + SUFFIX,
		async run({ page, api, shot }) {
			const files = new FilesDouble()
			files.addFolder('/Policies')
			files.addFolder('/Photos')
			files.addFile('/Budget 2026.pdf', Buffer.from('%PDF-1.7'), 'application/pdf')
			await files.install(page)
			const doc = await api.seed(content())
			await openDocument(page)

			// 1. First export: no folder remembered, so the picker asks; choose "Policies".
			await page.locator('[data-test="export-odt"]').click()
			const picker = page.getByRole('dialog', { name: 'Choose a folder for the ODT file' })
			await picker.waitFor()
			await picker.locator('[data-testid="file-list-row"]', { hasText: 'Policies' }).click()
			await until('the picker to show the Policies folder', async () => files.log.some((entry) => entry.method === 'PROPFIND' && entry.path === '/Policies'), EXPORT_WAIT)
			await shot('picker-in-policies')
			await picker.getByRole('button', { name: 'Save here' }).click()

			const dialog = page.getByRole('dialog', { name: 'Export as ODT' })
			const link = dialog.locator('[data-test="export-open"]')
			await link.waitFor()
			const status = dialog.locator('[data-test="export-status"]')
			assert.equal(await status.getAttribute('aria-live'), 'polite')
			assert.equal((await status.innerText()).trim(), `Saved as "${FILE}" in "/Policies".`)
			await shot('saved')

			const [first] = puts(files)
			assert.equal(puts(files).length, 1)
			assert.equal(first.path, `/Policies/${FILE}`)
			assert.equal(first.status, 201)
			assert.equal(first.headers['if-none-match'], '*', 'the PUT refuses to overwrite')
			assert.equal(first.headers['content-type'], 'application/vnd.oasis.opendocument.text')
			assert.equal(first.headers.requesttoken, 'e2e-request-token', '@nextcloud/axios sent the request token')
			const entries = assertOdtZip(first.bytes)
			for (const name of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) {
				assert.ok(entries[name], `the package holds ${name}`)
			}
			const meta = strFromU8(entries['meta.xml'])
			assert.ok(meta.includes(doc.hash), 'meta.xml carries the version hash')
			assert.ok(meta.includes('Alice Andersson'), 'meta.xml names the current user as creator')
			assert.ok(meta.includes('Parkeringspolicy för Västerås: zon A/B'), 'meta.xml keeps the title unchanged')
			assert.ok(strFromU8(entries['content.xml']).includes('Avgiften är 20 kr per timme.'))
			const styles = strFromU8(entries['styles.xml'])
			assert.ok(styles.includes('<text:span text:style-name="Draft_20_Mark">Draft</text:span>'), 'a draft carries the (translated) Draft mark')
			assert.ok(/Page <text:page-number[^>]*>1<\/text:page-number> of <text:page-count>/.test(styles), 'the translated footer keeps the page fields')
			const savedId = files.nodes.get(`/Policies/${FILE}`).id
			assert.match(await link.getAttribute('href'), new RegExp(`/f/${savedId}$`), 'the link opens the saved file by its OC-FileId')
			assert.equal(await page.evaluate(() => window.localStorage.getItem('policydesk:export-folder:alice')), '/Policies')
			const problem = checkOdt(first.bytes)
			assert.equal(problem, null, `check-odt: ${problem}`)

			// 2. Download the same file.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				dialog.locator('[data-test="export-download"]').click(),
			])
			assert.equal(download.suggestedFilename(), FILE)
			const downloaded = await download.path()
			assert.ok(downloaded, 'the download finished')

			// 3. Export the same version again: the remembered folder, no picker, and no overwrite.
			await dialog.locator('[data-test="export-close"]').click()
			await dialog.waitFor({ state: 'detached' })
			await page.locator('[data-test="export-odt"]').click()
			await until('the second save', async () => (await dialog.locator('[data-test="export-open"]').count()) === 1, EXPORT_WAIT)
			assert.equal(await picker.count(), 0, 'the remembered folder is used without asking')
			const second = puts(files).slice(1)
			assert.deepEqual(second.map((entry) => [entry.path, entry.status]), [
				[`/Policies/${FILE}`, 412],
				[`/Policies/${FILE.replace('.odt', ' (2).odt')}`, 201],
			])
			assert.ok(second.every((entry) => entry.headers['if-none-match'] === '*'))
			assert.deepEqual(files.nodes.get(`/Policies/${FILE}`).bytes, first.bytes, 'the first file is untouched')
			assert.equal((await dialog.locator('[data-test="export-name"]').innerText()).trim(), FILE.replace('.odt', ' (2).odt'))
			await shot('saved-again')
		},
	},
	{
		slug: 'export-errors',
		title: 'a failed save says why, keeps the file for download, and saves into another folder' + SUFFIX,
		async run({ page, api, shot }) {
			const files = new FilesDouble()
			files.addFolder('/Archive')
			await files.install(page)
			await api.seed(content())
			// The engine's printed strings come from the app's translations (as
			// Nextcloud registers them on the page): the header mark and the footer
			// with its page fields must follow the translation.
			await page.addInitScript(() => {
				globalThis._oc_l10n_registry_translations = { policydesk: { Draft: 'Utkast', 'Page {page} of {pages}': 'Sida {page} av {pages}' } }
				globalThis._oc_l10n_registry_plural_functions = { policydesk: (n) => (n === 1 ? 0 : 1) }
			})
			// A folder remembered from an earlier session that has since been deleted.
			await page.evaluate(() => window.localStorage.setItem('policydesk:export-folder:alice', '/Old exports'))
			await openDocument(page)

			await page.locator('[data-test="export-odt"]').click()
			const dialog = page.getByRole('dialog', { name: 'Export as ODT' })
			const error = dialog.locator('[data-test="export-error"]')
			await error.waitFor()
			assert.match(await error.innerText(), /The folder "\/Old exports" no longer exists\. Choose another folder\./)
			assert.deepEqual(puts(files).map((entry) => [entry.path, entry.status]), [[`/Old exports/${FILE}`, 409]])
			await shot('folder-gone')

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				dialog.locator('[data-test="export-download"]').click(),
			])
			assert.equal(download.suggestedFilename(), FILE)

			await dialog.locator('[data-test="export-choose"]').click()
			const picker = page.getByRole('dialog', { name: 'Choose a folder for the ODT file' })
			await picker.waitFor()
			await picker.locator('[data-testid="file-list-row"]', { hasText: 'Archive' }).click()
			await until('the picker to show Archive', async () => files.log.some((entry) => entry.method === 'PROPFIND' && entry.path === '/Archive'), EXPORT_WAIT)
			await picker.getByRole('button', { name: 'Save here' }).click()
			await dialog.locator('[data-test="export-open"]').waitFor()
			assert.equal(await error.count(), 0)
			const last = puts(files).at(-1)
			assert.deepEqual([last.path, last.status], [`/Archive/${FILE}`, 201])
			const styles = strFromU8(assertOdtZip(last.bytes)['styles.xml'])
			assert.ok(styles.includes('<text:span text:style-name="Draft_20_Mark">Utkast</text:span>'), 'the Draft mark is translated')
			assert.ok(/Sida <text:page-number[^>]*>1<\/text:page-number> av <text:page-count>/.test(styles), 'the translated footer keeps the page fields')
			assert.equal(await page.evaluate(() => window.localStorage.getItem('policydesk:export-folder:alice')), '/Archive')
		},
	},
]
