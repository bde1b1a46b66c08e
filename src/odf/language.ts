/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Document language and text direction as ODF expresses them.
 */

import { escapeAttr } from './xml'

/** Languages written right to left; their text is "complex" (CTL) in ODF. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'])

/**
 * fo:language / fo:script / fo:country attributes for a BCP 47 tag
 * (ODF 1.3 part 3 §20.223, §20.229, §20.211). The country is written only
 * when the tag names a region: inventing one ("sv" → "SE") would be a guess.
 * Tags these three cannot express (variants, extensions) also go into
 * style:rfc-language-tag (§20.366), which ODF 1.2+ readers prefer.
 * With `complex` set the same language is given for complex-script text,
 * which is how LibreOffice spell-checks Arabic or Hebrew.
 */
export function languageAttributes(tag: string): string {
	const parts = tag.split('-')
	const language = (parts[0] ?? '').toLowerCase()
	if (!/^[a-z]{2,8}$/.test(language)) return ''
	let script = ''
	let region = ''
	let extra = false
	for (let i = 1; i < parts.length; i++) {
		const p = parts[i] as string
		if (i === 1 && /^[A-Za-z]{4}$/.test(p)) script = p
		else if (region === '' && (/^[A-Za-z]{2}$/.test(p) || /^[0-9]{3}$/.test(p))) region = p.toUpperCase()
		else extra = true
	}
	let attrs = ` fo:language="${language}"`
	if (script !== '') attrs += ` fo:script="${script}"`
	if (region !== '') attrs += ` fo:country="${region}"`
	if (extra) attrs += ` style:rfc-language-tag="${escapeAttr(tag)}"`
	if (RTL_LANGUAGES.has(language)) {
		attrs += ` style:language-complex="${language}"`
		if (region !== '') attrs += ` style:country-complex="${region}"`
	}
	return attrs
}

/** Any letter, made on first use, as a pattern of Unicode properties is slow to make. */
let letter: RegExp | undefined
/** Where the first of the scripts rtlLetterPattern matches begins: Hebrew, U+0590. */
const FIRST_RTL = 0x0590
let rtlLetter: RegExp | undefined

/**
 * Letters of scripts written right to left (Unicode bidi classes R and AL),
 * made on first use: building its Unicode sets took about 0.6 ms, a third
 * of the export engine's start, and most documents never need it.
 */
function rtlLetterPattern(): RegExp {
	rtlLetter ??= /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Avestan}]/u
	return rtlLetter
}

/**
 * Direction of a text by its first strong character, the rule of the
 * Unicode bidi algorithm (UAX #9, P2–P3) for a paragraph's base direction.
 * Returns null when the text has no letter at all.
 */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
	// Most paragraphs start with a Latin letter within a few characters;
	// only text without one needs the Unicode-aware search.
	for (let i = 0; i < text.length && i < 16; i++) {
		const code = text.charCodeAt(i)
		const c = code | 0x20
		if (c >= 0x61 && c <= 0x7a) return 'ltr'
		// Every character from U+00C0 to U+024F (Latin-1's letters, Latin
		// Extended-A and -B) is a letter, but for × and ÷.
		if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return 'ltr'
		if (code >= 0x80) break
	}
	const m = (letter ??= /\p{L}/u).exec(text)
	if (m === null) return null
	if (m[0].charCodeAt(0) < FIRST_RTL) return 'ltr'
	return rtlLetterPattern().test(m[0]) ? 'rtl' : 'ltr'
}
