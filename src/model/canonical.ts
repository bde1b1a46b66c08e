/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Canonical JSON and the document hash. The server computes the same bytes
 * in PHP (json_encode with JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES |
 * JSON_UNESCAPED_LINE_TERMINATORS over objects sorted with strcmp), and
 * tests/fixtures/canonical proves both sides agree. A reviewer signs this
 * hash, so any drift between the two implementations is a correctness bug.
 */

/** Thrown for values canonical JSON cannot represent (non-integers, undefined, functions…). */
export class CanonicalJsonError extends TypeError {

	constructor(message: string, public readonly path: string) {
		super(`${message} at ${path}`)
		this.name = 'CanonicalJsonError'
	}

}

/**
 * Compare two strings by Unicode code point. `Array.prototype.sort()` compares
 * UTF-16 code units, which puts U+10000… before U+E000…U+FFFF; PHP's strcmp
 * compares UTF-8 bytes, whose order is code point order. We follow PHP.
 */
export function compareCodePoints(a: string, b: string): number {
	const length = Math.min(a.length, b.length)
	for (let i = 0; i < length; i++) {
		const x = a.charCodeAt(i)
		const y = b.charCodeAt(i)
		if (x === y) {
			continue
		}
		// A surrogate (D800–DFFF) encodes a code point ≥ U+10000, above every
		// BMP code unit including E000–FFFF; otherwise code unit order holds.
		const xs = x >= 0xd800 && x <= 0xdfff
		const ys = y >= 0xd800 && y <= 0xdfff
		if (xs !== ys) {
			return xs ? 1 : -1
		}
		return x - y
	}
	return a.length - b.length
}

/** Path of the value being written, kept as parts and only joined for an error message. */
type PathParts = Array<string | number>

function pathString(parts: PathParts): string {
	return parts.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
}

/** Keys with a code unit at or above U+D800 may sort differently by code point than by code unit. */
const NEEDS_CODE_POINT_ORDER = /[\uD800-\uFFFF]/

function sortedKeys(record: Record<string, unknown>): string[] {
	const keys = Object.keys(record)
	// The default sort (UTF-16 code units) is native and fast, and agrees with
	// code point order unless a key holds a surrogate or a character ≥ U+D800.
	return keys.some((key) => NEEDS_CODE_POINT_ORDER.test(key)) ? keys.sort(compareCodePoints) : keys.sort()
}

function write(value: unknown, path: PathParts): string {
	if (value === null) {
		return 'null'
	}
	switch (typeof value) {
	case 'string':
		// JSON.stringify escapes exactly what PHP escapes with the flags above:
		// '"', '\\', \b \f \n \r \t and other C0 controls as \u00xx (lowercase).
		return JSON.stringify(value)
	case 'boolean':
		return value ? 'true' : 'false'
	case 'number':
		// Floats have no single spelling across languages (1.0 vs 1, 1e21), so
		// the model only stores safe integers.
		if (!Number.isSafeInteger(value)) {
			throw new CanonicalJsonError('Only safe integers are allowed', pathString(path))
		}
		// -0 is written "0" by String(), as PHP writes int 0.
		return String(value)
	case 'object': {
		if (Array.isArray(value)) {
			let out = '['
			for (let index = 0; index < value.length; index++) {
				path.push(index)
				out += (index > 0 ? ',' : '') + write(value[index], path)
				path.pop()
			}
			return out + ']'
		}
		const record = value as Record<string, unknown>
		let out = '{'
		let first = true
		for (const key of sortedKeys(record)) {
			if (record[key] === undefined) {
				// JSON.stringify drops undefined members; so do we, so that
				// {a: undefined} and {} hash the same after a JSON round trip.
				continue
			}
			path.push(key)
			out += (first ? '' : ',') + JSON.stringify(key) + ':' + write(record[key], path)
			path.pop()
			first = false
		}
		return out + '}'
	}
	default:
		throw new CanonicalJsonError(`Cannot encode a ${typeof value}`, pathString(path))
	}
}

/**
 * Canonical JSON: object keys sorted by code point at every level, no
 * whitespace, strings escaped as JSON.stringify escapes them.
 *
 * @throws CanonicalJsonError for non-integer numbers and non-JSON values
 */
export function canonicalJson(value: unknown): string {
	return write(value, [])
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes (Web Crypto: browsers and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
	const bytes = new TextEncoder().encode(text)
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The hash stored with every version and signed by reviewers: SHA-256 of the canonical JSON. */
export async function documentHash(document: unknown): Promise<string> {
	return sha256Hex(canonicalJson(document))
}
