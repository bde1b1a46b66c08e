/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Keyboard-only checks of PolicyEditor in real Chromium, for what happy-dom
 * cannot show (caret placement, focus movement, native key events):
 * footnote typing, leaving a list with Escape+Tab, Alt+F10 to the toolbar
 * and arrow keys in it, the link dialog refusing javascript:.
 * Exits non-zero on the first failed check.
 *
 *   node bench/editor/keyboard.mjs
 */
/* eslint-disable no-console -- a command-line check whose output is the report */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { buildPage, launchChromium, serve } from './page.mjs'

const outDir = join(tmpdir(), 'policydesk-bench-editor-keyboard')
await buildPage({ outDir, words: 500 })
const server = await serve(outDir)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } })
const errors = []
page.on('pageerror', (error) => errors.push(error.message))

const text = (value, marks) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const p = (...content) => ({ type: 'paragraph', content })
const li = (...content) => ({ type: 'listItem', content })

/** Replace the document and put the caret at `pos`. */
async function start(content, pos) {
	await page.evaluate(([body, at]) => {
		const editor = window.policydeskBench.editor
		editor.commands.setContent(body)
		editor.commands.focus()
		editor.commands.setTextSelection(at)
	}, [{ type: 'doc', content }, pos])
}
const body = () => page.evaluate(() => window.policydeskBench.editor.getJSON())
const focused = () => page.evaluate(() => {
	const element = document.activeElement
	return element?.closest('[role="toolbar"]') ? `toolbar:${element.getAttribute('aria-label')}` : element?.classList.contains('ProseMirror') ? 'text' : element?.tagName
})

let passed = 0
async function check(name, run) {
	await run()
	passed++
	console.log(`ok ${passed} - ${name}`)
}

try {
	await page.goto(server.url)
	await page.waitForFunction(() => window.policydeskBench?.marks.interactive)

	await check('Ctrl+Alt+F writes a footnote; Shift+Enter breaks its line; Enter leaves it', async () => {
		await start([p(text('Sentence'))], 9)
		await page.keyboard.press('Control+Alt+f')
		await page.keyboard.type('See annex')
		await page.keyboard.press('Shift+Enter')
		await page.keyboard.type('line 2')
		await page.keyboard.press('Enter')
		await page.keyboard.type(' Next.')
		assert.deepEqual((await body()).content, [p(
			text('Sentence'),
			{ type: 'footnote', content: [text('See annex'), { type: 'hardBreak' }, text('line 2')] },
			text(' Next.'),
		)])
	})

	await check('Tab indents in a list; Escape then Tab leaves the text; Shift+Tab comes back', async () => {
		await start([{ type: 'bulletList', content: [li(p(text('one'))), li(p(text('two')))] }], 10)
		await page.keyboard.press('Tab')
		assert.equal((await body()).content[0].content[0].content[1].type, 'bulletList')
		assert.equal(await focused(), 'text')
		await page.keyboard.press('Escape')
		await page.keyboard.press('Tab')
		assert.notEqual(await focused(), 'text')
		await page.keyboard.press('Shift+Tab')
		assert.equal(await focused(), 'text')
	})

	await check('Alt+F10 reaches the toolbar, arrow keys move in it, Enter runs a button', async () => {
		await start([p(text('make me bold'))], 1)
		await page.evaluate(() => window.policydeskBench.editor.commands.setTextSelection({ from: 1, to: 5 }))
		await page.keyboard.press('Alt+F10')
		assert.match(await focused(), /^toolbar:/)
		await page.keyboard.press('Home')
		await page.keyboard.press('ArrowRight')
		assert.equal(await focused(), 'toolbar:Bold')
		await page.keyboard.press('Enter')
		assert.deepEqual((await body()).content[0].content[0], text('make', [{ type: 'bold' }]))
	})

	await check('Ctrl+K refuses javascript: and links www. addresses with https://', async () => {
		await start([p(text('link me'))], 1)
		await page.evaluate(() => window.policydeskBench.editor.commands.setTextSelection({ from: 1, to: 5 }))
		await page.keyboard.press('Control+k')
		// The dialog moves focus into its first field once it has opened.
		await page.waitForFunction(() => document.activeElement?.matches('[role="dialog"] input'))
		await page.keyboard.type('javascript:alert(1)')
		await page.keyboard.press('Enter')
		await page.getByText('Use an address starting with').waitFor({ timeout: 5000 })
		assert.ok(await page.locator('[role="dialog"] input').first().isVisible(), 'the dialog stays open')
		await page.keyboard.press('Control+a')
		await page.keyboard.type('www.example.org')
		await page.keyboard.press('Enter')
		await page.waitForSelector('[role="dialog"] input', { state: 'detached' })
		assert.deepEqual((await body()).content[0].content[0].marks, [{ type: 'link', attrs: { href: 'https://www.example.org', title: null } }])
		assert.equal(await focused(), 'text')
	})

	await check('typed markup stays text', async () => {
		await start([p(text('x'))], 2)
		await page.keyboard.type('<script>window.pwned=1</script>')
		assert.deepEqual((await body()).content, [p(text('x<script>window.pwned=1</script>'))])
		assert.equal(await page.evaluate(() => window.pwned), undefined)
	})

	assert.deepEqual(errors, [])
	console.log(`all ${passed} keyboard checks passed`)
} finally {
	await browser.close()
	server.close()
}
