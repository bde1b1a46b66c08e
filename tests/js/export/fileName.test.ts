/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { exportFileName, fileStem, MAX_NAME_BYTES, numberedName } from '../../../src/export/fileName'

const bytes = (text: string) => new TextEncoder().encode(text).length
const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment)

describe('exportFileName', () => {
	it.each([
		['Miljöpolicy för Västerås', 3, 'Miljöpolicy för Västerås (v3).odt'],
		['Zarządzenie w sprawie polityki klimatycznej', 1, 'Zarządzenie w sprawie polityki klimatycznej (v1).odt'],
		['Politika e Shqipërisë për mjedisin', 12, 'Politika e Shqipërisë për mjedisin (v12).odt'],
		['Πολιτική για το κλίμα', 2, 'Πολιτική για το κλίμα (v2).odt'],
		['سياسة المناخ للمدينة', 4, 'سياسة المناخ للمدينة (v4).odt'],
		['מדיניות אקלים', 1, 'מדיניות אקלים (v1).odt'],
		['Budget 2026/2027', 1, 'Budget 2026-2027 (v1).odt'],
		['Policy\\draft', 1, 'Policy-draft (v1).odt'],
		['Parking: zones "A" | "B"?*<>', 2, 'Parking- zones -A- - -B----- (v2).odt'],
		['  ..Hidden policy..  ', 1, 'Hidden policy (v1).odt'],
		['Line\nbreak\tand\r\ntab', 1, 'Line break and tab (v1).odt'],
		['Bell\u0007 and \u007fdelete\u0085next', 1, 'Bell and delete next (v1).odt'],
		['Emoji 🌍 policy', 5, 'Emoji 🌍 policy (v5).odt'],
		['Version without number', undefined, 'Version without number.odt'],
		['CON', undefined, 'CON_.odt'],
		['con', 1, 'con_ (v1).odt'],
		['', 1, 'Document (v1).odt'],
		['   ', 1, 'Document (v1).odt'],
		['...', 1, 'Document (v1).odt'],
		['///', 1, '--- (v1).odt'],
	])('%j (v%s) → %j', (title, version, expected) => {
		expect(exportFileName(title, version, 'Document')).toBe(expected)
	})

	it('composes decomposed letters (NFD ą, ë) into one code point each', () => {
		expect(exportFileName('Zarza\u0328dzenie Shqipe\u0308ri', 1, 'Document')).toBe('Zarządzenie Shqipëri (v1).odt')
	})

	it('drops lone surrogates but keeps astral characters whole', () => {
		expect(exportFileName('a\ud800b\udc00c 𝔸', 1, 'Document')).toBe('abc 𝔸 (v1).odt')
	})

	it.each([
		['Latin', 'Policy '.repeat(100)],
		['å (2 bytes each)', 'å'.repeat(300)],
		['Arabic with vowel marks', 'بِسْمِ اللَّهِ '.repeat(40)],
		['astral', '𝔸'.repeat(200)],
		['emoji sequences', '👩🏽‍💻'.repeat(60)],
	])('cuts a very long title (%s) at a whole character and keeps the version', (_label, title) => {
		const name = exportFileName(title, 12345, 'Document')
		expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES)
		expect(name.endsWith(' (v12345).odt')).toBe(true)
		const stem = name.slice(0, -' (v12345).odt'.length)
		expect(stem).not.toMatch(/^\s|[\s.]$/)
		// The stem is a prefix of the title made of whole grapheme clusters.
		const titleParts = graphemes(title.normalize('NFC'))
		const stemParts = graphemes(stem)
		expect(stemParts).toEqual(titleParts.slice(0, stemParts.length))
		expect(stemParts.length).toBeGreaterThan(10)
		// Room for the numbered variants.
		expect(bytes(numberedName(name, 999))).toBeLessThanOrEqual(MAX_NAME_BYTES + 8)
	})

	it('uses the fallback stem when the title has nothing usable', () => {
		expect(fileStem('\u0001\u0002', 'Dokument')).toBe('Dokument')
	})
})

describe('numberedName', () => {
	it.each([
		['Policy (v3).odt', 1, 'Policy (v3).odt'],
		['Policy (v3).odt', 2, 'Policy (v3) (2).odt'],
		['Policy (v3).odt', 20, 'Policy (v3) (20).odt'],
		['سياسة (v1).odt', 3, 'سياسة (v1) (3).odt'],
	])('%j attempt %i → %j', (name, attempt, expected) => {
		expect(numberedName(name, attempt)).toBe(expected)
	})
})
