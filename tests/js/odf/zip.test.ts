/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { doc, fn, h, li, link, p, policyDocument, ul } from '../../../src/model/builders'
import { defaultLabels, exportOdt } from '../../../src/odf/index'
import { packageOdt } from '../../../src/odf/package'
import { contentXml } from '../../../src/odf/writer'
import { defaultCodec } from '../../../src/odf/codec'
import { crc32, zip, type ZipCodec } from '../../../src/odf/zip'

const nodeCodec: ZipCodec = { deflateRaw: (data, level) => deflateRawSync(data, { level }), crc32: (data) => zlibCrc32(data) }
const encoder = new TextEncoder()
const NOW = new Date(2026, 4, 4, 13, 37, 22)

/** Info-ZIP's own reading of a file: `unzip -tv` checks every entry's CRC. */
function unzipTest(bytes: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'policydesk-zip-'))
	try {
		const path = join(dir, 'test.zip')
		writeFileSync(path, bytes)
		return execFileSync('unzip', ['-tv', path], { encoding: 'utf8' })
	} finally {
		rmSync(dir, { recursive: true, force: true })
	}
}

describe('crc32', () => {
	it('gives the check value of CRC-32/ISO-HDLC and agrees with zlib', () => {
		expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926)
		expect(crc32(new Uint8Array())).toBe(0)
		const data = encoder.encode('Ärende 😀 '.repeat(1000))
		expect(crc32(data)).toBe(zlibCrc32(data))
	})
})

describe('zip', () => {
	const entries = [
		{ path: 'mimetype', data: encoder.encode('application/vnd.oasis.opendocument.text'), level: 0 },
		{ path: 'content.xml', data: encoder.encode('<a>Text & mer text, åäö 😀</a>'.repeat(500)), level: 1 },
		{ path: 'META-INF/manifest.xml', data: encoder.encode('<m/>'), level: 6 },
		{ path: 'empty.xml', data: new Uint8Array(), level: 1 },
	]

	it.each([['fflate', defaultCodec], ['Node zlib', nodeCodec]] as const)('writes entries in order that fflate and Info-ZIP read back (%s)', (_, codec) => {
		const bytes = zip(entries, NOW, codec)
		const files = unzipSync(bytes)
		expect(Object.keys(files)).toEqual(entries.map((entry) => entry.path))
		for (const entry of entries) expect(files[entry.path]).toEqual(entry.data)
		const listing = unzipTest(bytes)
		expect(listing).toContain('No errors detected')
		for (const entry of entries) expect(listing).toContain(`testing: ${entry.path}`)
	})

	it('stores level 0 entries with their data right after the name, and deflates the others', () => {
		const bytes = zip(entries, NOW, defaultCodec)
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		expect(view.getUint32(0, true)).toBe(0x04034b50)
		expect(view.getUint16(8, true)).toBe(0)
		expect(view.getUint16(28, true)).toBe(0)
		expect(new TextDecoder().decode(bytes.subarray(38, 38 + 39))).toBe('application/vnd.oasis.opendocument.text')
		const second = 38 + 39
		expect(view.getUint32(second, true)).toBe(0x04034b50)
		expect(view.getUint16(second + 8, true)).toBe(8)
	})

	it('writes the local date and time in MS-DOS form', () => {
		const view = new DataView(zip(entries, NOW, defaultCodec).buffer)
		expect(view.getUint16(10, true)).toBe((13 << 11) | (37 << 5) | 11)
		expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (5 << 5) | 4)
	})
})

describe('exportOdt with a zip codec', () => {
	it('packs the same parts with Node zlib as with the default', () => {
		const document = policyDocument({ title: 'Policy', type: 'policy', language: 'sv' }, doc(h(1, 'Policy'), p('Text', fn('Not')), ul(li(p(...link('https://example.org', 'länk'))))))
		const plain = unzipSync(exportOdt(document, { now: NOW }).bytes)
		const native = unzipSync(exportOdt(document, { now: NOW, zipCodec: nodeCodec }).bytes)
		expect(Object.keys(native)).toEqual(Object.keys(plain))
		for (const name of Object.keys(plain)) expect(native[name]).toEqual(plain[name])
	})
})

describe('packageOdt with encoded XML', () => {
	it('stores UTF-8 parts as given and encodes text parts', () => {
		const bytes = encoder.encode('<a>äö 😀</a>')
		const files = unzipSync(packageOdt([
			{ path: 'content.xml', mediaType: 'text/xml', data: bytes },
			{ path: 'styles.xml', mediaType: 'text/xml', data: '<b>Ärende</b>' },
		], NOW, 1, defaultCodec))
		expect(files['content.xml']).toEqual(bytes)
		expect(files['styles.xml']).toEqual(encoder.encode('<b>Ärende</b>'))
	})

	it('gives the same content.xml as the joined writer output', () => {
		const document = policyDocument({ title: 'Policy', type: 'policy', language: 'sv' }, doc(p('Text äö 😀 <&>', fn('Not'))))
		const files = unzipSync(exportOdt(document, { now: NOW }).bytes)
		expect(new TextDecoder().decode(files['content.xml'])).toBe(contentXml(document, { ...defaultLabels }).xml)
	})

	it('writes a document far longer than one encoded batch whole and in order', () => {
		const count = 4000
		const paragraphs = Array.from({ length: count }, (_, i) => p(`Stycke ${i} zażółć 😀 <&>`))
		const files = unzipSync(exportOdt(policyDocument({ title: 'Lång', type: 'policy', language: 'sv' }, doc(...paragraphs)), { now: NOW, zipCodec: nodeCodec }).bytes)
		const xml = new TextDecoder('utf-8', { fatal: true }).decode(files['content.xml'])
		expect(xml.length).toBeGreaterThan(4 * (1 << 16))
		const found = [...xml.matchAll(/<text:p text:style-name="Text_20_body">Stycke (\d+) zażółć &#x1F600; &lt;&amp;&gt;<\/text:p>/g)].map((m) => Number(m[1]))
		expect(found).toEqual(Array.from({ length: count }, (_, i) => i))
		expect(xml.endsWith('</office:text></office:body></office:document-content>')).toBe(true)
	})
})
