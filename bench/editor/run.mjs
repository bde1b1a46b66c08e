/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Editor benchmark (issue 2, "Speed"): opens a generated ~250-page document
 * in PolicyEditor (production build) in Chromium and measures
 *   1. navigation start → editor interactive (text painted and editable), target < 1 s;
 *   2. typing latency in the middle of the document: per keystroke, from the
 *      keydown event's time stamp to the task after the next painted frame,
 *      target p95 < 16 ms.
 * Prints one row per run and the median of the runs.
 *
 *   node bench/editor/run.mjs [--runs 5] [--words 90000] [--chars 200] [--delay 60]
 *
 * Chromium: /usr/bin/chromium (or $CHROMIUM), driven by playwright-core.
 */
/* eslint-disable no-console -- a command-line tool whose output is the report */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { cpus, loadavg, tmpdir } from 'node:os'
import { buildPage, launchChromium, serve } from './page.mjs'
const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		words: { type: 'string', default: '90000' },
		chars: { type: 'string', default: '200' },
		delay: { type: 'string', default: '60' },
		out: { type: 'string', default: join(tmpdir(), 'policydesk-bench-editor') },
		// Unminified build + CPU profile of the typing phase; prints the top self-time functions.
		profile: { type: 'boolean', default: false },
	},
})
const runs = Number(args.runs)
const outDir = resolve(args.out)

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b)
	if (sorted.length === 0) {
		return NaN
	}
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const median = (values) => percentile(values, 50)

/**
 * Self time per function (name + location) of a CPU profile, top 25.
 */
function printProfile(profile) {
	const self = new Map()
	const byId = new Map(profile.nodes.map((node) => [node.id, node]))
	const deltas = profile.timeDeltas
	profile.samples.forEach((id, index) => {
		const frame = byId.get(id).callFrame
		const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
		self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000)
	})
	const total = [...self.values()].reduce((a, b) => a + b, 0)
	console.log(`CPU profile of the typing phase, self time (total ${total.toFixed(0)} ms):`)
	for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
		console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`)
	}
}

async function measure(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
	const page = await context.newPage()
	await page.goto(url)
	await page.waitForFunction(() => window.policydeskBench?.marks.interactive !== undefined, null, { timeout: 60000 })
	const open = await page.evaluate(() => ({
		...window.policydeskBench.marks,
		interactiveOk: window.policydeskBench.interactive,
		domNodes: document.querySelector('.ProseMirror').getElementsByTagName('*').length,
	}))

	// Caret into the middle of the document, at the end of a paragraph, on screen.
	await page.evaluate(() => {
		const editor = window.policydeskBench.editor
		const doc = editor.state.doc
		let target = null
		doc.descendants((node, pos) => {
			if (target === null && pos > doc.content.size / 2 && node.type.name === 'paragraph' && node.textContent.length > 40) {
				target = pos + node.nodeSize - 1
			}
			return target === null
		})
		editor.chain().focus().setTextSelection(target).scrollIntoView().run()
	})
	await page.waitForTimeout(300)
	await page.evaluate(() => {
		window.policydeskBench.keyLatencies.length = 0
		window.policydeskBench.keyProcessing.length = 0
		window.policydeskBench.slowEvents.length = 0
	})
	const sample = ' The committee reviews the action plan every year and reports to the council.'
	const text = sample.repeat(Math.ceil(Number(args.chars) / sample.length)).slice(0, Number(args.chars))
	const cdp = args.profile ? await context.newCDPSession(page) : null
	if (cdp) {
		await cdp.send('Profiler.enable')
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
		await cdp.send('Profiler.start')
	}
	await page.keyboard.type(text, { delay: Number(args.delay) })
	if (cdp) {
		const { profile } = await cdp.send('Profiler.stop')
		printProfile(profile)
	}
	await page.waitForTimeout(1500)
	const typing = await page.evaluate((typed) => {
		const bench = window.policydeskBench
		return {
			latencies: bench.keyLatencies,
			processing: bench.keyProcessing,
			slowKeyEvents: bench.slowEvents.filter((event) => /^key|input/.test(event.name)).length,
			emits: bench.emits,
			changes: bench.changes,
			typedArrived: bench.editor.state.doc.textContent.includes(typed.trim().slice(0, 40)),
			serialize: [bench.serialize(), bench.serialize(), bench.serialize()].sort((a, b) => a - b)[1],
		}
	}, text)
	await context.close()
	return { open, typing }
}

const built = await buildPage({ outDir, words: Number(args.words), minify: !args.profile })
const server = await serve(outDir)
const url = server.url
const browser = await launchChromium()

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(1).padStart(8) : '     n/a')
console.log(`Document: ${built.stats.words} words (≈${Math.round(built.stats.words / 360)} pages), ${built.stats.blocks} top-level blocks, `
	+ `${built.stats.headings} headings, ${built.stats.listItems} list items, ${built.stats.tables} tables, ${built.stats.footnotes} footnotes, `
	+ `${built.stats.links} links; JSON ${(built.jsonBytes / 1024).toFixed(0)} KiB`)
console.log(`Bench page assets (JS+CSS, gzip): ${(built.assetsGzip / 1024).toFixed(1)} KiB`)
// Shared machines skew latency; print the load so the figures can be read in context.
const loadAtStart = loadavg()[0]
console.log(`Machine: ${cpus().length} cores, 1-minute load average ${loadAtStart.toFixed(1)} at start`)
console.log('')
console.log('run  loaded(ms) mounted(ms) interactive(ms)  keys  key p50(ms) key p95(ms) key max(ms) proc p95(ms) >16ms events  getDocument(ms) emits')
const rows = []
try {
	for (let run = 1; run <= runs; run++) {
		const { open, typing } = await measure(browser, url)
		if (!open.interactiveOk || !typing.typedArrived) {
			throw new Error(`run ${run}: editor not editable or typed text missing`)
		}
		const row = {
			loaded: open.documentLoaded,
			mounted: open.mounted,
			interactive: open.interactive,
			keys: typing.latencies.length,
			p50: percentile(typing.latencies, 50),
			p95: percentile(typing.latencies, 95),
			max: percentile(typing.latencies, 100),
			proc95: percentile(typing.processing, 95),
			slow: typing.slowKeyEvents,
			serialize: typing.serialize,
			emits: typing.emits,
		}
		rows.push(row)
		console.log(`${String(run).padStart(3)} ${fmt(row.loaded)}    ${fmt(row.mounted)}    ${fmt(row.interactive)}    ${String(row.keys).padStart(5)}  ${fmt(row.p50)}    ${fmt(row.p95)}    ${fmt(row.max)}    ${fmt(row.proc95)}    ${String(row.slow).padStart(5)}     ${fmt(row.serialize)}   ${String(row.emits).padStart(4)}`)
	}
} finally {
	await browser.close()
	server.close()
}
const col = (key) => median(rows.map((row) => row[key]))
console.log(`med ${fmt(col('loaded'))}    ${fmt(col('mounted'))}    ${fmt(col('interactive'))}    ${String(col('keys')).padStart(5)}  ${fmt(col('p50'))}    ${fmt(col('p95'))}    ${fmt(col('max'))}    ${fmt(col('proc95'))}    ${String(col('slow')).padStart(5)}     ${fmt(col('serialize'))}   ${String(col('emits')).padStart(4)}`)
console.log(`1-minute load average ${loadavg()[0].toFixed(1)} at end`)
console.log('')
console.log(`Targets: navigation→interactive < 1000 ms: ${col('interactive') < 1000 ? 'met' : 'NOT met'}; `
	+ `keystroke p95 < 16 ms: ${col('p95') < 16 ? 'met' : 'NOT met'}`)
await mkdir(outDir, { recursive: true })
await writeFile(join(outDir, 'results.json'), JSON.stringify({ built, rows }, null, '\t'))
