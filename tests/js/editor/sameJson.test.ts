/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { sameJson } from '../../../src/editor/sameJson'

describe('sameJson', () => {
	it('ignores key order and absent-vs-undefined keys', () => {
		expect(sameJson({ type: 'text', text: 'a', marks: [{ type: 'bold' }] }, { marks: [{ type: 'bold' }], text: 'a', type: 'text' })).toBe(true)
		expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
	})

	it('sees differences in values, array order and length, and types', () => {
		expect(sameJson({ text: 'a' }, { text: 'b' })).toBe(false)
		expect(sameJson([1, 2], [2, 1])).toBe(false)
		expect(sameJson([1], [1, 1])).toBe(false)
		expect(sameJson({ level: 1 }, { level: '1' })).toBe(false)
		expect(sameJson([], {})).toBe(false)
		expect(sameJson(null, {})).toBe(false)
	})
})
