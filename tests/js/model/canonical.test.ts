/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CanonicalJsonError, canonicalJson, compareCodePoints, documentHash, sha256Hex } from '../../../src/model/canonical'

const fixtureDir = join('tests', 'fixtures', 'canonical')
const fixtures = readdirSync(fixtureDir)
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.slice(0, -'.json'.length))
	.sort()

describe('canonical fixtures shared with PHP', () => {
	it('has at least six cases', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(6)
	})

	it.each(fixtures)('%s: canonical bytes and hash match', async (name) => {
		const input = JSON.parse(readFileSync(join(fixtureDir, `${name}.json`), 'utf8'))
		const expected = readFileSync(join(fixtureDir, `${name}.canonical`), 'utf8')
		const expectedHash = readFileSync(join(fixtureDir, `${name}.sha256`), 'utf8')
		const canonical = canonicalJson(input)
		expect(canonical).toBe(expected)
		expect(expectedHash).toMatch(/^[0-9a-f]{64}$/)
		expect(await documentHash(input)).toBe(expectedHash)
		// Node's own SHA-256 over the UTF-8 bytes, as a second opinion on Web Crypto use.
		expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(expectedHash)
	})
})

describe('canonicalJson', () => {
	it('sorts keys recursively and drops whitespace', () => {
		expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: { y: true, x: null } }))
			.toBe('{"a":{"x":null,"y":true},"b":[{"a":2,"z":1}]}')
	})

	it('orders uppercase before lowercase and ASCII before other letters', () => {
		expect(canonicalJson({ å: 1, a: 2, B: 3, Ä: 4, b: 5 })).toBe('{"B":3,"a":2,"b":5,"Ä":4,"å":1}')
	})

	it('orders astral keys after U+E000–U+FFFF (code point order, not UTF-16)', () => {
		expect(canonicalJson({ '😀': 1, '\uFFFD': 2, '\uE000': 3 })).toBe('{"\uE000":3,"\uFFFD":2,"😀":1}')
		expect(compareCodePoints('😀', '\uFFFD')).toBeGreaterThan(0)
		expect(compareCodePoints('a', 'ab')).toBeLessThan(0)
		expect(compareCodePoints('same', 'same')).toBe(0)
	})

	it('escapes like JSON.stringify and leaves non-ASCII, slashes and U+2028 alone', () => {
		expect(canonicalJson('"\\/\u0001\n\u2028ą')).toBe('"\\"\\\\/\\u0001\\n\u2028ą"')
	})

	it('keeps {} and [] apart and drops undefined members', () => {
		expect(canonicalJson({ a: {}, b: [], c: undefined })).toBe('{"a":{},"b":[]}')
	})

	it('refuses floats and non-JSON values with a path', () => {
		expect(() => canonicalJson({ a: [1, 1.5] })).toThrow(CanonicalJsonError)
		expect(() => canonicalJson({ a: [1, 1.5] })).toThrow('a[1]')
		expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalJsonError)
		expect(() => canonicalJson(Number.NaN)).toThrow(CanonicalJsonError)
	})
})

describe('sha256Hex', () => {
	it('hashes the empty string and UTF-8 text like the reference values', async () => {
		expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
		expect(await sha256Hex('å')).toBe(createHash('sha256').update('å', 'utf8').digest('hex'))
	})
})
