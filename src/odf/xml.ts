/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Character level XML output: dropping what XML 1.0 cannot carry, escaping,
 * and ODF's own white-space encoding.
 */

/**
 * XML 1.0 Char production (§2.2): #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the u flag a lone surrogate is
 * one code point in D800–DFFF, so it is matched and dropped too.
 */
const FORBIDDEN_TEST = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const FORBIDDEN_ALL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Removes every character XML 1.0 forbids; all others survive unchanged. */
export function stripForbidden(s: string): string {
	return FORBIDDEN_TEST.test(s) ? s.replace(FORBIDDEN_ALL, '') : s
}

/**
 * Characters beyond the BMP are written as character references. They are
 * legal XML, but Xerces (inside jing, which validates ODF) fails with
 * "Invalid byte 2 of 4-byte UTF-8 sequence" when a 4-byte UTF-8 sequence
 * straddles its read buffer, so a valid package could fail validation by
 * chance. A reference is the same character to every XML reader.
 */
export function astralReference(high: number, low: number): string {
	return `&#x${(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000).toString(16).toUpperCase()};`
}

const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu

function referenceAstral(s: string): string {
	return s.replace(ASTRAL, (c) => astralReference(c.charCodeAt(0), c.charCodeAt(1)))
}

const ATTR_SPECIAL = /[&<>"\t\n\r]/g
const ATTR_ENTITY: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	// Attribute value normalisation (XML 1.0 §3.3.3) would turn raw tabs and
	// newlines into spaces; character references keep them.
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;',
}

/** What escapeAttr changes: controls (tab and line ends too), XML specials, surrogates, U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const ATTR_WORK = /[\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/

/** A string ready to sit between double quotes in an attribute. */
export function escapeAttr(s: string): string {
	// Most values (link addresses, style names) need nothing: one scan says so.
	if (!ATTR_WORK.test(s)) return s
	const clean = stripForbidden(s)
	return referenceAstral(clean.replace(ATTR_SPECIAL, (c) => ATTR_ENTITY[c] as string))
}

const TEXT_SPECIAL = /[&<>]/g
const TEXT_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Element content where white space does not matter (meta.xml, manifest). */
export function escapeText(s: string): string {
	return referenceAstral(stripForbidden(s).replace(TEXT_SPECIAL, (c) => TEXT_ENTITY[c] as string))
}

/**
 * What paragraphText must change: XML specials, tabs, line ends and other
 * control characters, surrogates (astral characters or lone ones), U+FFFE,
 * U+FFFF, and a space after a space.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const TEXT_WORK = /[\u0000-\u001F&<>\uD800-\uDFFF\uFFFE\uFFFF]| {2}/

/** Where a paragraph's text run starts: a space now would be collapsed. */
export interface SpaceState {
	/** True at paragraph start and after a space, tab or line break. */
	space: boolean
}

/**
 * Paragraph text as ODF needs it. ODF 1.3 part 3 §6.1.2 collapses runs of
 * spaces and drops leading ones, so every space that follows another (or
 * starts the paragraph) becomes text:s; tabs become text:tab and line feeds
 * text:line-break (§6.1.4–6.1.5). This runs on every text of a document,
 * so it avoids regular expressions and builds the output from slices of the
 * input; the rare text holding a character XML forbids is cleaned first and
 * written again, so "\r<forbidden>\n" is one line end as it is once cleaned.
 */
export function paragraphText(s: string, state: SpaceState): string {
	// Most texts hold nothing to escape, no space run and no forbidden or
	// astral character: one native regular expression scan finds that,
	// where the loop below would step through them in JavaScript.
	if (!TEXT_WORK.test(s) && !(state.space && s.charCodeAt(0) === 32)) {
		if (s.length > 0) state.space = s.charCodeAt(s.length - 1) === 32
		return s
	}
	const startSpace = state.space
	const n = s.length
	let out = ''
	let from = 0
	let space = state.space
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i)
		if (c > 62 && c < 0xd800) {
			space = false
			continue
		}
		let rep: string
		if (c === 32) {
			if (!space) {
				space = true
				continue
			}
			let j = i + 1
			while (j < n && s.charCodeAt(j) === 32) j++
			out += s.slice(from, i) + (j - i === 1 ? '<text:s/>' : `<text:s text:c="${j - i}"/>`)
			from = j
			i = j - 1
			continue
		} else if (c >= 0xd800) {
			if (c <= 0xdbff) {
				const next = i + 1 < n ? s.charCodeAt(i + 1) : 0
				if (next >= 0xdc00 && next <= 0xdfff) {
					// A valid surrogate pair: one astral character, kept, as a
					// reference (see astralReference).
					out += s.slice(from, i) + astralReference(c, next)
					from = i + 2
					i++
					space = false
					continue
				}
				return cleanAndWrite(s, state, startSpace)
			} else if (c <= 0xdfff || c >= 0xfffe) {
				return cleanAndWrite(s, state, startSpace)
			} else {
				space = false
				continue
			}
		} else if (c === 38) rep = '&amp;'
		else if (c === 60) rep = '&lt;'
		else if (c === 62) rep = '&gt;'
		else if (c === 9) rep = '<text:tab/>'
		else if (c === 10) rep = '<text:line-break/>'
		else if (c === 13) rep = s.charCodeAt(i + 1) === 10 ? '' : '<text:line-break/>'
		else if (c < 32) return cleanAndWrite(s, state, startSpace)
		else {
			space = false
			continue
		}
		out += s.slice(from, i) + rep
		from = i + 1
		space = c === 9 || c === 10 || c === 13
	}
	state.space = space
	return from === 0 ? s : out + s.slice(from)
}

function cleanAndWrite(s: string, state: SpaceState, startSpace: boolean): string {
	state.space = startSpace
	return paragraphText(stripForbidden(s), state)
}
