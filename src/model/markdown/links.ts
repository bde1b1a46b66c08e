/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Link addresses in Markdown: destinations and titles (CommonMark §6.3),
 * link reference definitions (§4.7), addresses written into the document
 * (percent-encoded, international host names in their ASCII form), and
 * bare web and e-mail addresses in running text (GFM's autolinks).
 */
import type { LinkReference } from './blocks'
import { normalizeLabel } from './blocks'
import { unescapeString } from './text'

/** Characters an address keeps as they are; everything else is percent-encoded as UTF-8. */
const URL_SAFE = /^[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]*$/
const HEX = '0123456789ABCDEF'

function percentByte(byte: number): string {
	return `%${HEX[byte >> 4]}${HEX[byte & 15]}`
}

/** Percent-encode what an address may not hold as is, keeping existing `%XX` escapes. */
export function encodeUrl(url: string): string {
	if (URL_SAFE.test(url) && !url.includes('%')) {
		return url
	}
	let out = ''
	let start = 0
	for (let i = 0; i < url.length; i++) {
		const code = url.charCodeAt(i)
		if (code < 0x80) {
			if (code === 0x25) {
				if (/^[0-9a-fA-F]{2}$/.test(url.slice(i + 1, i + 3))) {
					i += 2
					continue
				}
			} else if (URL_SAFE.test(url[i] as string)) {
				continue
			}
			out += url.slice(start, i) + percentByte(code)
			start = i + 1
			continue
		}
		let point = code
		let width = 1
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < url.length) {
			const low = url.charCodeAt(i + 1)
			if (low >= 0xdc00 && low <= 0xdfff) {
				point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
				width = 2
			}
		}
		if (point >= 0xd800 && point <= 0xdfff) {
			point = 0xfffd
		}
		let bytes = ''
		if (point < 0x800) {
			bytes = percentByte(0xc0 | (point >> 6)) + percentByte(0x80 | (point & 63))
		} else if (point < 0x10000) {
			bytes = percentByte(0xe0 | (point >> 12)) + percentByte(0x80 | ((point >> 6) & 63)) + percentByte(0x80 | (point & 63))
		} else {
			bytes = percentByte(0xf0 | (point >> 18)) + percentByte(0x80 | ((point >> 12) & 63)) + percentByte(0x80 | ((point >> 6) & 63)) + percentByte(0x80 | (point & 63))
		}
		out += url.slice(start, i) + bytes
		i += width - 1
		start = i + 1
	}
	return out + url.slice(start)
}

const BASE = 36
const T_MIN = 1
const T_MAX = 26

function adapt(delta: number, points: number, first: boolean): number {
	delta = first ? Math.floor(delta / 700) : delta >> 1
	delta += Math.floor(delta / points)
	let k = 0
	while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
		delta = Math.floor(delta / (BASE - T_MIN))
		k += BASE
	}
	return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + 38))
}

function digit(d: number): string {
	return String.fromCharCode(d + 22 + 75 * (d < 26 ? 1 : 0))
}

/** One host name label in Punycode (RFC 3492), as IDNA writes non-ASCII labels. */
function punycodeLabel(label: string): string {
	const points = Array.from(label, (ch) => ch.codePointAt(0) as number)
	let output = points.filter((p) => p < 0x80).map((p) => String.fromCharCode(p)).join('')
	const basic = output.length
	let handled = basic
	if (basic > 0) {
		output += '-'
	}
	let n = 0x80
	let delta = 0
	let bias = 72
	while (handled < points.length) {
		let m = Infinity
		for (const p of points) {
			if (p >= n && p < m) {
				m = p
			}
		}
		delta += (m - n) * (handled + 1)
		n = m
		for (const p of points) {
			if (p < n) {
				delta++
			}
			if (p === n) {
				let q = delta
				for (let k = BASE; ; k += BASE) {
					const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
					if (q < t) {
						break
					}
					output += digit(t + ((q - t) % (BASE - t)))
					q = Math.floor((q - t) / (BASE - t))
				}
				output += digit(q)
				bias = adapt(delta, handled + 1, handled === basic)
				delta = 0
				handled++
			}
		}
		delta++
		n++
	}
	return `xn--${output}`
}

const HOST_OF = /^((?:https?|mailto):(?:\/\/)?(?:[^@/?#\s]*@)?)([^/?#:\s]+)/i

/** The address as written into a document: host name in ASCII, then percent-encoded. */
const NON_ASCII = /[\u0080-\uffff]/

export function normalizeLink(url: string): string {
	if (NON_ASCII.test(url)) {
		const host = HOST_OF.exec(url)
		if (host !== null && NON_ASCII.test(host[2] as string)) {
			const ascii = (host[2] as string).split('.').map((label) => (NON_ASCII.test(label) ? punycodeLabel(label.toLowerCase()) : label)).join('.')
			url = (host[1] as string) + ascii + url.slice(host[0].length)
		}
	}
	return encodeUrl(url)
}

/** Schemes whose links are never made (script and local content). */
export function isAllowedLink(url: string): boolean {
	const lower = url.trim().toLowerCase()
	if (/^(?:vbscript|javascript|file):/.test(lower)) {
		return false
	}
	if (lower.startsWith('data:')) {
		return /^data:image\/(?:gif|png|jpeg|webp);/.test(lower)
	}
	return true
}

/** A run of what a link destination holds besides controls, spaces, parentheses and backslashes. */
// eslint-disable-next-line no-control-regex -- controls end a destination
const ORDINARY_RUN = /[^\u0000-\u0020\u007f()\\]*/y

/** A link destination at `pos` (§6.3): [end, destination] or null. */
export function parseDestination(text: string, pos: number): [number, string] | null {
	if (text.charCodeAt(pos) === 0x3c) {
		for (let i = pos + 1; i < text.length; i++) {
			const ch = text.charCodeAt(i)
			if (ch === 0x0a || ch === 0x3c) {
				return null
			}
			if (ch === 0x3e) {
				return [i + 1, unescapeString(text.slice(pos + 1, i))]
			}
			if (ch === 0x5c) {
				i++
			}
		}
		return null
	}
	let depth = 0
	// Characters the loop below would only step over, skipped in one scan.
	ORDINARY_RUN.lastIndex = pos
	ORDINARY_RUN.test(text)
	let i = ORDINARY_RUN.lastIndex
	for (; i < text.length; i++) {
		const ch = text.charCodeAt(i)
		if (ch === 0x5c && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] as string)) {
			i++
			continue
		}
		if (ch <= 0x20 || ch === 0x7f) {
			break
		}
		if (ch === 0x28) {
			depth++
			if (depth > 32) {
				return null
			}
		} else if (ch === 0x29) {
			if (depth === 0) {
				break
			}
			depth--
		}
	}
	if (i === pos || depth !== 0) {
		return null
	}
	return [i, unescapeString(text.slice(pos, i))]
}

/** A link title at `pos`: [end, title] or null. */
export function parseTitle(text: string, pos: number): [number, string] | null {
	const open = text.charCodeAt(pos)
	const close = open === 0x28 ? 0x29 : open
	if (open !== 0x22 && open !== 0x27 && open !== 0x28) {
		return null
	}
	for (let i = pos + 1; i < text.length; i++) {
		const ch = text.charCodeAt(i)
		if (ch === 0x5c) {
			i++
		} else if (ch === close) {
			return [i + 1, unescapeString(text.slice(pos + 1, i))]
		} else if (ch === 0x28 && open === 0x28) {
			return null
		}
	}
	return null
}

/** Skip spaces and tabs, with at most one line ending. */
export function skipSpace(text: string, pos: number): number {
	let newline = false
	for (; pos < text.length; pos++) {
		const ch = text.charCodeAt(pos)
		if (ch === 0x0a) {
			if (newline) {
				break
			}
			newline = true
		} else if (ch !== 0x20 && ch !== 0x09) {
			break
		}
	}
	return pos
}

/** A link label `[...]` at `pos` (§6.3): [end, raw label] or null. */
export function parseLabel(text: string, pos: number): [number, string] | null {
	if (text.charCodeAt(pos) !== 0x5b) {
		return null
	}
	for (let i = pos + 1; i < text.length && i - pos <= 1000; i++) {
		const ch = text.charCodeAt(i)
		if (ch === 0x5c) {
			i++
		} else if (ch === 0x5b) {
			return null
		} else if (ch === 0x5d) {
			const label = text.slice(pos + 1, i)
			return label.trim() === '' ? null : [i + 1, label]
		}
	}
	return null
}

/**
 * A link reference definition at the start of `text` (a paragraph's raw
 * content): [characters used, normalised label, reference], or null.
 */
export function readDefinition(text: string): [number, string, LinkReference] | null {
	const label = parseLabel(text, 0)
	if (label === null || text.charCodeAt(label[0]) !== 0x3a) {
		return null
	}
	let pos = skipSpace(text, label[0] + 1)
	const destination = parseDestination(text, pos)
	if (destination === null || (destination[1] === '' && text.charCodeAt(pos) !== 0x3c)) {
		return null
	}
	pos = destination[0]
	const beforeTitle = pos
	const afterSpace = skipSpace(text, pos)
	let title: string | null = null
	let end = pos
	if (afterSpace !== pos) {
		const parsed = parseTitle(text, afterSpace)
		if (parsed !== null) {
			title = parsed[1]
			end = parsed[0]
		}
	}
	// Only spaces may follow on the line; a title followed by more text is not a title.
	let lineEnd = /^[ \t]*(?:\n|$)/.exec(text.slice(end))
	if (lineEnd === null && title !== null) {
		title = null
		end = beforeTitle
		lineEnd = /^[ \t]*(?:\n|$)/.exec(text.slice(end))
	}
	if (lineEnd === null) {
		return null
	}
	const key = normalizeLabel(label[1])
	if (key === '') {
		return null
	}
	return [end + lineEnd[0].length, key, { href: destination[1], title }]
}

/** Top-level domains a bare address may end in (besides any two-letter country code). */
const TLDS = new Set('biz com edu gov net org pro web xxx aero asia coop info museum name shop рф'.split(' '))

function knownTld(host: string): boolean {
	const dot = host.lastIndexOf('.')
	if (dot < 0) {
		return false
	}
	const tld = host.slice(dot + 1).toLowerCase()
	return /^[a-z]{2}$/.test(tld) || TLDS.has(tld) || /^xn--[a-z0-9-]{1,59}$/.test(tld)
}

/** What a host name label holds, made on first use (a Unicode property pattern is slow to make). */
let hostChar: RegExp | undefined

/** End of a host name (letters, digits, hyphens, dots between labels) from `pos`. */
function hostEnd(text: string, pos: number): number {
	let i = pos
	let last = pos
	const label = (hostChar ??= /[\p{L}\p{N}-]/u)
	while (i < text.length) {
		const cp = text.codePointAt(i) as number
		const ch = String.fromCodePoint(cp)
		if (label.test(ch) || ch === '_') {
			i += ch.length
			last = i
		} else if (ch === '.' && i > pos && label.test(text[i + 1] ?? '')) {
			i++
		} else {
			break
		}
	}
	return last
}

/**
 * The end of an address's path, query and fragment from `pos`: brackets
 * and quotes count when they pair up without a space inside, and
 * punctuation counts only when more of the address follows it.
 */
function pathEnd(text: string, pos: number): number {
	let i = pos
	const length = text.length
	const stop = (at: number): boolean => at >= length || isSpaceOrControl(text.charCodeAt(at))
	while (i < length) {
		const ch = text.charCodeAt(i)
		if (isSpaceOrControl(ch) || ch === 0x3c || ch === 0x3e || ch === 0xff5c) {
			break
		}
		switch (ch) {
		case 0x28:
		case 0x5b:
		case 0x7b:
		case 0x22: {
			const close = ch === 0x28 ? ')' : ch === 0x5b ? ']' : ch === 0x7b ? '}' : '"'
			let j = i + 1
			while (j < length && !isSpaceOrControl(text.charCodeAt(j)) && text[j] !== close) {
				j++
			}
			if (text[j] !== close) {
				return i
			}
			i = j + 1
			continue
		}
		case 0x29:
		case 0x5d:
		case 0x7d:
			return i
		case 0x27:
			if (/[\p{L}\p{N}-]/u.test(text[i + 1] ?? '')) {
				i++
				continue
			}
			return i
		case 0x2e: {
			let dots = i
			while (text.charCodeAt(dots) === 0x2e) {
				dots++
			}
			if (dots - i >= 2 ? /[a-zA-Z0-9%/&]/.test(text[dots] ?? '') : !stop(i + 1)) {
				i = dots
				continue
			}
			return i
		}
		case 0x2c:
		case 0x3b:
			if (stop(i + 1)) {
				return i
			}
			i++
			continue
		case 0x21:
		case 0x3f: {
			let run = i
			while (text.charCodeAt(run) === ch) {
				run++
			}
			if (stop(run)) {
				return i
			}
			i = run
			continue
		}
		case 0x2d:
			if (text.startsWith('---', i) && text.charCodeAt(i + 3) !== 0x2d) {
				return i
			}
			i++
			continue
		default:
			i++
		}
	}
	return i
}

function isSpaceOrControl(code: number): boolean {
	return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xa0 || code === 0x1680
		|| (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
}

/** Unicode punctuation, made on first use (a Unicode property pattern is slow to make). */
let punctuationChar: RegExp | undefined

/**
 * Whether a host name may end at `pos`: at the end, at white space or
 * punctuation, or at `<`, `>` or `｜`; not at `-`, `_`, a port, or a dot
 * that goes on.
 */
function hostTerminated(text: string, pos: number): boolean {
	if (pos >= text.length) {
		return true
	}
	const ch = text[pos] as string
	const punctuation = (punctuationChar ??= /\p{P}/u)
	if (ch === '-' || ch === '_' || /^:\d/.test(text.slice(pos, pos + 2)) || text.startsWith('.-', pos)) {
		return false
	}
	if (ch === '.') {
		return pos + 1 >= text.length || isSpaceOrControl(text.charCodeAt(pos + 1)) || punctuation.test(text[pos + 1] as string)
	}
	return isSpaceOrControl(text.charCodeAt(pos)) || ch === '<' || ch === '>' || ch === '｜' || punctuation.test(ch)
}

/**
 * An address's length from `start`, its host name ending at `host`: an
 * optional port, then path, query and fragment; 0 when the host name may
 * not end there.
 */
function afterHost(text: string, host: number, start: number): number {
	let i = host
	const port = /^:\d{1,5}/.exec(text.slice(i, i + 6))
	if (port !== null) {
		i += port[0].length
	}
	if (!hostTerminated(text, i)) {
		return 0
	}
	const next = text.charCodeAt(i)
	if (next === 0x2f || next === 0x3f || next === 0x23) {
		i = pathEnd(text, i)
	}
	return i - start
}

/** Length of a web address with a scheme (`http://`, `https://`, `ftp://`) at `pos`, or 0. */
export function schemeUrlLength(text: string, pos: number): number {
	const scheme = /^(?:https?|ftp):\/\//i.exec(text.slice(pos, pos + 8))
	if (scheme === null) {
		return 0
	}
	let i = pos + scheme[0].length
	const auth = /^[^\s@/?#<>]+@/.exec(text.slice(i, i + 256))
	if (auth !== null && !/[()[\]{}"]/.test(auth[0])) {
		i += auth[0].length
	}
	const host = hostEnd(text, i)
	if (host === i) {
		return 0
	}
	return afterHost(text, host, pos)
}

/** Bare `www.` address at `pos`: its length, or 0. */
export function wwwLength(text: string, pos: number): number {
	if (!/^www\./i.test(text.slice(pos, pos + 4))) {
		return 0
	}
	const host = hostEnd(text, pos)
	if (host <= pos + 4 || !knownTld(text.slice(pos, host))) {
		return 0
	}
	return afterHost(text, host, pos)
}

const EMAIL_LOCAL = /[A-Za-z0-9._+\-;:&=$,]+$/
const EMAIL_HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/

/** A bare e-mail address around the `@` at `at`: [start, end] or null. */
export function emailAround(text: string, at: number, from: number): [number, number] | null {
	const local = EMAIL_LOCAL.exec(text.slice(Math.max(from, at - 128), at))
	if (local === null) {
		return null
	}
	let start = at - local[0].length
	// The local part may not start with punctuation other than letters, digits, dot, underscore and hyphen.
	while (start < at && /[;:&=$,+]/.test(text[start] as string)) {
		start++
	}
	if (start === at) {
		return null
	}
	const before = text[start - 1]
	if (before !== undefined && !/[\s<>("]|｜/.test(before)) {
		return null
	}
	const host = EMAIL_HOST.exec(text.slice(at + 1, at + 256))
	if (host === null || !knownTld(host[0]) || !hostTerminated(text, at + 1 + host[0].length)) {
		return null
	}
	return [start, at + 1 + host[0].length]
}
