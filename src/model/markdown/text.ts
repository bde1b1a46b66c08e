/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Character-level Markdown: backslash escapes (CommonMark §2.4) and entity
 * and numeric character references (§2.5).
 */
import { NAMED_REFERENCES } from './namedReferences'

/** ASCII punctuation, the characters a backslash escapes. */
export const ESCAPABLE = /[!-/:-@[-`{-~]/

/** A named, decimal or hexadecimal character reference. */
export const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y

/**
 * Code points a numeric reference may not produce, which become U+FFFD:
 * surrogates, noncharacters, and control characters other than tab, line
 * feed, form feed and carriage return.
 */
function validCodePoint(c: number): boolean {
	return !((c >= 0xd800 && c <= 0xdfff)
		|| (c >= 0xfdd0 && c <= 0xfdef)
		|| (c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe
		|| c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f)
		|| (c >= 0x7f && c <= 0x9f) || c > 0x10ffff)
}

/** HTML5's named references, read from NAMED_REFERENCES when a document first has one. */
let named: Record<string, string> | undefined

/** The text a reference stands for, or null when `reference` (with `&` and `;`) is not one. */
export function decodeEntity(reference: string): string | null {
	if (reference.charCodeAt(1) === 0x23) {
		const hex = reference.charCodeAt(2) === 0x78 || reference.charCodeAt(2) === 0x58
		const code = parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
		return String.fromCodePoint(validCodePoint(code) ? code : 0xfffd)
	}
	named ??= JSON.parse(NAMED_REFERENCES) as Record<string, string>
	const name = reference.slice(1, -1)
	return Object.hasOwn(named, name) ? named[name] as string : null
}

const ESCAPE_OR_ENTITY = /\\[!-/:-@[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g

/** Backslash escapes and references resolved, as in link destinations, titles and code info. */
export function unescapeString(value: string): string {
	if (!value.includes('\\') && !value.includes('&')) {
		return value
	}
	return value.replace(ESCAPE_OR_ENTITY, (match) => (match.charCodeAt(0) === 0x5c ? match.slice(1) : decodeEntity(match) ?? match))
}
