/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { doc, p, policyDocument } from '../../../src/model/builders'
import type { PolicyDocument } from '../../../src/model/types'
import { exportOdt } from '../../../src/odf/index'
import { firstStrongDirection, languageAttributes } from '../../../src/odf/language'
import { isoSeconds } from '../../../src/odf/meta'
import { escapeAttr } from '../../../src/odf/xml'
import { MEDIA_TYPE } from '../../../src/odf/package'
import { jing, ODF_SCHEMA, unpack, validatePackages } from './odfTestUtils'

const NOW = new Date('2026-05-04T09:30:00Z')
const document: PolicyDocument = policyDocument({
	title: 'Internationell policy',
	type: 'decision_proposal',
	language: 'sv',
	reference: 'KS 2026/00123',
	decisionBody: 'Kommunstyrelsen',
	unit: 'Stadsledningskontoret',
	keywords: ['internationell', 'EU & <samarbete>'],
}, doc(p('Text')))

describe('package', () => {
	const bytes = exportOdt(document, { now: NOW, creator: 'Anna Andersson', versionHash: 'ab'.repeat(32), versionNumber: 7 }).bytes
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

	it('starts with an uncompressed mimetype entry without extra field (ODF 1.3 part 2 §3.3)', () => {
		expect(view.getUint32(0, true)).toBe(0x04034b50)
		expect(view.getUint16(8, true)).toBe(0) // method: stored
		expect(view.getUint16(26, true)).toBe(8) // name length
		expect(view.getUint16(28, true)).toBe(0) // extra field length
		expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype')
		expect(new TextDecoder().decode(bytes.subarray(38, 38 + MEDIA_TYPE.length))).toBe(MEDIA_TYPE)
	})

	it('lists every part in the manifest', () => {
		const files = unpack(bytes)
		expect(Object.keys(files)).toEqual(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml'])
		const manifest = files['META-INF/manifest.xml'] as string
		for (const name of ['content.xml', 'styles.xml', 'meta.xml']) expect(manifest).toContain(`manifest:full-path="${name}" manifest:media-type="text/xml"`)
		expect(manifest).toContain(`manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MEDIA_TYPE}"`)
	})

	it('is byte-for-byte the same for the same input and time', () => {
		const again = exportOdt(document, { now: NOW, creator: 'Anna Andersson', versionHash: 'ab'.repeat(32), versionNumber: 7 }).bytes
		expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
	})

	it('writes the metadata into meta.xml', () => {
		const meta = unpack(bytes)['meta.xml'] as string
		for (const part of [
			'<dc:title>Internationell policy</dc:title>',
			'<dc:language>sv</dc:language>',
			'<meta:initial-creator>Anna Andersson</meta:initial-creator>',
			'<dc:creator>Anna Andersson</dc:creator>',
			'<meta:creation-date>2026-05-04T09:30:00Z</meta:creation-date>',
			'<dc:date>2026-05-04T09:30:00Z</dc:date>',
			'<meta:keyword>internationell</meta:keyword>',
			'<meta:keyword>EU &amp; &lt;samarbete&gt;</meta:keyword>',
			'<meta:user-defined meta:name="Reference number" meta:value-type="string">KS 2026/00123</meta:user-defined>',
			`<meta:user-defined meta:name="Version hash" meta:value-type="string">${'ab'.repeat(32)}</meta:user-defined>`,
			'<meta:user-defined meta:name="Version number" meta:value-type="float">7</meta:user-defined>',
			'<meta:user-defined meta:name="Document type" meta:value-type="string">decision_proposal</meta:user-defined>',
			'<meta:user-defined meta:name="Decision body" meta:value-type="string">Kommunstyrelsen</meta:user-defined>',
			'<meta:user-defined meta:name="Responsible unit" meta:value-type="string">Stadsledningskontoret</meta:user-defined>',
		]) expect(meta).toContain(part)
	})

	it('puts a localised draft mark and page fields into the page header and footer', () => {
		const labels = { draft: 'Utkast', page: 'Sida %n av %m' }
		const draft = unpack(exportOdt(document, { now: NOW, labels }).bytes)['styles.xml'] as string
		expect(draft).toContain('<style:header><text:p text:style-name="Header">Internationell policy<text:tab/><text:span text:style-name="Draft_20_Mark">Utkast</text:span></text:p></style:header>')
		expect(draft).toContain('<style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>')
		const final = unpack(exportOdt(document, { now: NOW, labels, final: true }).bytes)['styles.xml'] as string
		expect(final).not.toContain('Utkast')
		expect(final).toContain('<style:header><text:p text:style-name="Header">Internationell policy</text:p></style:header>')
	})

	it('declares named styles a LibreOffice user can restyle, with display names', () => {
		const styles = unpack(bytes)['styles.xml'] as string
		for (const [name, display] of [['Heading_20_1', 'Heading 1'], ['Heading_20_3', 'Heading 3'], ['Text_20_body', 'Text body'], ['Table_20_Heading', 'Table Heading'], ['Strong_20_Emphasis', 'Strong Emphasis']]) {
			expect(styles).toContain(`style:name="${name}" style:display-name="${display}"`)
		}
		for (const name of ['Standard', 'Title', 'Subtitle', 'Quotations', 'List', 'Footnote', 'Signature']) expect(styles).toContain(`style:name="${name}"`)
		expect(styles).toContain('<text:outline-style style:name="Outline">')
	})

	it('validates strictly against the ODF 1.3 schemas', () => {
		expect(validatePackages([unpack(bytes)])).toEqual([])
	}, 60_000)

	it('has a validator that does reject invalid ODF', () => {
		const errors = jing([{ name: 'content.xml', xml: (unpack(bytes)['content.xml'] as string).replace('<text:p ', '<text:paragraph ').replace('</text:p>', '</text:paragraph>') }], ODF_SCHEMA)
		expect(errors.length).toBeGreaterThan(0)
	}, 60_000)
})

describe('attribute values', () => {
	const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' }

	it('escapes each BMP character as XML needs, and drops what XML forbids', () => {
		for (let code = 0; code <= 0xffff; code++) {
			const char = String.fromCharCode(code)
			const forbidden = (code < 0x20 && !(char in entities)) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff
			expect([code, escapeAttr(`a${char}b`)]).toEqual([code, `a${forbidden ? '' : entities[char] ?? char}b`])
		}
	})

	it('writes astral characters as references, also among other work', () => {
		expect(escapeAttr('https://example.org/😀')).toBe('https://example.org/&#x1F600;')
		expect(escapeAttr('a&b\u0001𝄞"')).toBe('a&amp;b&#x1D11E;&quot;')
		expect(escapeAttr('https://example.org/a?b=1;c=ä')).toBe('https://example.org/a?b=1;c=ä')
	})
})

describe('dates in meta.xml', () => {
	it.each([
		[new Date(Date.UTC(2026, 4, 4, 9, 30, 0, 0)), '2026-05-04T09:30:00Z'],
		[new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)), '2026-12-31T23:59:59Z'],
		[new Date(Date.UTC(1980, 0, 1)), '1980-01-01T00:00:00Z'],
		[new Date(Date.UTC(10000, 0, 1, 0, 0, 0, 5)), '+010000-01-01T00:00:00Z'],
	])('%s', (date, text) => {
		expect(isoSeconds(date)).toBe(text)
	})

	it('agrees with toISOString, less the milliseconds, from year -271821 to 275760', () => {
		const edges = [-8.64e15, 8.64e15, -62198755200001, -62198755200000, 0, 253402300799999, 253402300800000]
		let seed = 12345
		const random = (): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648
			return seed / 2147483648
		}
		const times = [...edges, ...Array.from({ length: 2000 }, () => Math.round((random() * 2 - 1) * 8.64e15))]
		for (const time of times) {
			const date = new Date(time)
			expect([time, isoSeconds(date)]).toEqual([time, date.toISOString().replace(/\.\d{3}Z$/, 'Z')])
		}
		expect(() => isoSeconds(new Date(NaN))).toThrow(RangeError)
	})
})

describe('document language', () => {
	it.each([
		['sv', ' fo:language="sv"'],
		['sq-AL', ' fo:language="sq" fo:country="AL"'],
		['sr-Latn-RS', ' fo:language="sr" fo:script="Latn" fo:country="RS"'],
		['de-CH-1996', ' fo:language="de" fo:country="CH" style:rfc-language-tag="de-CH-1996"'],
		['ar', ' fo:language="ar" style:language-complex="ar"'],
		['he-IL', ' fo:language="he" fo:country="IL" style:language-complex="he" style:country-complex="IL"'],
	])('%s', (tag, attributes) => {
		expect(languageAttributes(tag)).toBe(attributes)
	})

	it('sets the default paragraph language in styles.xml', () => {
		const pl = policyDocument({ title: 'T', type: 'policy', language: 'pl-PL' }, doc(p('Zażółć')))
		const styles = unpack(exportOdt(pl, { now: NOW }).bytes)['styles.xml'] as string
		expect(styles).toMatch(/<style:default-style style:family="paragraph">.*<style:text-properties[^>]* fo:language="pl" fo:country="PL"/)
	})
})

describe('text direction', () => {
	it.each([
		['Hello', 'ltr'],
		['  123 (abc)', 'ltr'],
		['مرحبا', 'rtl'],
		['123 שלום abc', 'rtl'],
		['« Ça va »', 'ltr'],
		['1234 — !', null],
		['« Ελλάδα »', 'ltr'],
		['— Ąžuolas', 'ltr'],
		['Öppenhet', 'ltr'],
		['× ÷ مرحبا', 'rtl'],
		['ª', 'ltr'],
		['ƀ', 'ltr'],
		['(漢字)', 'ltr'],
		['ܐܪܡܝܐ', 'rtl'],
		['ދިވެހި', 'rtl'],
		['ﻻ', 'rtl'],
		['1. 𞤀𞤣𞤤𞤢𞤥', 'rtl'],
	])('%s', (text, direction) => {
		expect(firstStrongDirection(text)).toBe(direction)
	})

	it('takes every letter before Hebrew as left to right, and nothing else, whatever path finds it', () => {
		for (let code = 0; code < 0x590; code++) {
			const char = String.fromCharCode(code)
			expect([code, firstStrongDirection(`${char} مرحبا`)]).toEqual([code, /\p{L}/u.test(char) ? 'ltr' : 'rtl'])
		}
	})
})
