/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Where one CLI-like process spends its time: loading the engine bundle,
 * reading the file, Markdown import, ODT export, writing. Run as its own
 * process by run.mjs so every figure is a cold start, as in the CLI.
 * The engine is loaded and the file read the way bin/policydesk.mjs does
 * (the script beside the given bundle with its code cache, if built; the
 * cache is only read here, never written). Prints one JSON line.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'
import { crc32, deflateRawSync } from 'node:zlib'

// As bin/policydesk.mjs does (see there).
setFlagsFromString('--semi-space-growth-factor=1')
setFlagsFromString('--interrupt-budget=1000000')

// The zip codec bin/policydesk.mjs passes: Node's native zlib.
const zipCodec = {
	deflateRaw: (data, level) => deflateRawSync(data, { level, chunkSize: Math.max(16 * 1024, data.length) }),
	crc32: (data) => crc32(data),
}

function loadScript(path) {
	const source = readFileSync(path)
	let cachedData
	const cachePath = path.replace(/\.cjs$/, '.cache')
	if (existsSync(cachePath)) {
		const cache = readFileSync(cachePath)
		if (cache.length > 8 && cache.readUInt32LE(0) === crc32(source) && cache.readUInt32LE(4) === crc32(cache.subarray(8))) cachedData = cache.subarray(8)
	}
	const script = new Script(`(function (exports) {${source.utf8Slice()}\n})`, { filename: path, cachedData })
	const engine = {}
	script.runInThisContext()(engine)
	return engine
}

function decodeUtf8(bytes) {
	if (!isUtf8(bytes)) throw new Error('not UTF-8')
	const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
	return isAscii(text) ? text.latin1Slice() : transcode(text, 'utf8', 'utf16le').ucs2Slice()
}

const [bundle, input, output] = process.argv.slice(2)
const t0 = performance.now()
const script = bundle.replace(/\.mjs$/, '.cjs')
const engine = existsSync(script) ? loadScript(script) : await import(bundle)
const t1 = performance.now()
const text = decodeUtf8(readFileSync(input))
const t2 = performance.now()
const { document } = engine.markdownToDocument(text, { language: 'sv' })
const t3 = performance.now()
const { bytes } = engine.exportOdt(document, { now: new Date(Date.UTC(2026, 4, 4)), zipCodec })
const t4 = performance.now()
writeFileSync(output, bytes)
const t5 = performance.now()
process.stdout.write(JSON.stringify({
	startup: t0, load: t1 - t0, read: t2 - t1, markdown: t3 - t2, export: t4 - t3, write: t5 - t4, rssMiB: process.memoryUsage().rss / 1048576,
}) + '\n')
