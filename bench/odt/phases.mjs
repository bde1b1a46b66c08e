/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Where one CLI-like process spends its time: loading the engine bundle,
 * reading the file, Markdown import, ODT export, writing. Run as its own
 * process by run.mjs so every figure is a cold start, as in the CLI.
 * Prints one JSON line.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { crc32, deflateRawSync } from 'node:zlib'

// As bin/policydesk.mjs does (see there).
setFlagsFromString('--semi-space-growth-factor=1')
setFlagsFromString('--interrupt-budget=1000000')

// The zip codec bin/policydesk.mjs passes: Node's native zlib.
const zipCodec = { deflateRaw: (data, level) => deflateRawSync(data, { level }), crc32: (data) => crc32(data) }

const [bundle, input, output] = process.argv.slice(2)
const t0 = performance.now()
const engine = await import(bundle)
const t1 = performance.now()
const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(input))
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
