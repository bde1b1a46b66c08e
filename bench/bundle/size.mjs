/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Bundle-size benchmark (issue 2, "Speed"): the production JavaScript a browser
 * loads on first open, gzipped, against the 350 KB target; and, for
 * information, what opening a document in the editor adds.
 *
 *   npm run build && node bench/bundle/size.mjs
 *
 * "Loaded on first open" is js/policydesk-main.mjs plus every chunk it
 * imports statically, transitively. Chunks reached only through import() load
 * later (dialogs, sidebar, editor, ODT engine) and are reported separately.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dir = join(import.meta.dirname, '..', '..', 'js')
const entry = 'policydesk-main.mjs'
const TARGET_KB = 350

// Minified static imports: import{a as b}from"./x.chunk.mjs" or import"./x.chunk.mjs".
const STATIC_IMPORT = /\bimport\s*(?:\{[^}]*\}\s*from\s*|[\w$*\s,]+from\s*)?"\.\/([^"]+\.mjs)"/g

/**
 * @param {string[]} roots file names in js/
 * @return {Set<string>} the roots and every chunk they import statically
 */
function staticClosure(roots) {
	const seen = new Set()
	const queue = [...roots]
	while (queue.length > 0) {
		const name = queue.pop()
		if (seen.has(name)) continue
		seen.add(name)
		for (const match of readFileSync(join(dir, name), 'utf8').matchAll(STATIC_IMPORT)) {
			queue.push(match[1])
		}
	}
	return seen
}

/**
 * @param {Iterable<string>} names file names in js/
 * @return {number} summed gzip size in bytes (level 9, as servers precompress)
 */
function gzipped(names) {
	let total = 0
	for (const name of names) total += gzipSync(readFileSync(join(dir, name)), { level: 9 }).length
	return total
}

if (!existsSync(join(dir, entry))) {
	throw new Error(`js/${entry} is missing: run \`npm run build\` first`)
}
const print = (line) => process.stdout.write(line + '\n')

const first = staticClosure([entry])
const firstKb = gzipped(first) / 1024
const editorChunk = readFileSync(join(dir, entry), 'utf8').match(/js\/(PolicyEditor-[\w-]+\.chunk\.mjs)/)?.[1]
const withEditor = editorChunk ? staticClosure([entry, editorChunk]) : first
const editorKb = gzipped(withEditor) / 1024

print('| measure | files | gzipped | target | |')
print('| --- | --- | --- | --- | --- |')
print(`| JavaScript on first open | ${first.size} | ${firstKb.toFixed(1)} KB | < ${TARGET_KB} KB | ${firstKb < TARGET_KB ? 'PASS' : 'MISS'} |`)
print(`| ... plus the editor (open a document) | ${withEditor.size} | ${editorKb.toFixed(1)} KB | (information) | |`)
process.exitCode = firstKb < TARGET_KB ? 0 : 1
