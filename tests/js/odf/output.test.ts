/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Utf8Output gives the head and then every batch, in order, as UTF-8: in a
 * growing buffer, in batches (as on an engine without resizable buffers),
 * and when it has to change from one to the other midway.
 */
import { describe, expect, it, vi } from 'vitest'
import { HEAD_ROOM, Utf8Output } from '../../../src/odf/output'

const encoder = new TextEncoder()
const ALPHABET = ['a', 'Z', ' ', '<', '&', 'å', 'ą', 'ë', 'Ω', 'ش', '中', '😀', '𝄞', '\n']

/** Deterministic pseudo-random batches, some long, some empty. */
function batches(seed: number, count: number): string[] {
	let state = seed
	const next = (n: number): number => {
		state = (state * 1103515245 + 12345) % 2147483648
		return state % n
	}
	return Array.from({ length: count }, () => Array.from({ length: next(5) === 0 ? 0 : next(9000) }, () => ALPHABET[next(ALPHABET.length)]).join(''))
}

function write(output: Utf8Output, head: string, parts: string[]): Uint8Array {
	for (const part of parts) output.add(part)
	return output.finish(encoder.encode(head))
}

describe('Utf8Output', () => {
	const head = '<?xml version="1.0" encoding="UTF-8"?><head>Ärende 😀</head>'

	it.each([
		['growing', () => new Utf8Output()],
		['in batches', () => new Utf8Output(0)],
		['changing to batches midway', () => new Utf8Output(HEAD_ROOM + 100_000)],
	])('gives the head and every batch in order, %s', (_, make) => {
		for (let seed = 1; seed <= 5; seed++) {
			const parts = batches(seed, 60)
			const bytes = write(make(), head, parts)
			expect(bytes).toEqual(encoder.encode(head + parts.join('')))
		}
	})

	it('has room for text that takes three bytes for every code unit', () => {
		const parts = ['中'.repeat(HEAD_ROOM), '中'.repeat(3 * HEAD_ROOM + 1), '中']
		expect(write(new Utf8Output(), head, parts)).toEqual(encoder.encode(head + parts.join('')))
	})

	it('keeps batches apart where TextEncoder refuses to write into a resizable buffer, as Chrome does', () => {
		const encodeInto = TextEncoder.prototype.encodeInto
		const spy = vi.spyOn(TextEncoder.prototype, 'encodeInto').mockImplementation(function(this: TextEncoder, text: string, into: Uint8Array) {
			if ((into.buffer as ArrayBuffer & { resizable?: boolean }).resizable === true) throw new TypeError('The provided Uint8Array value must not be resizable.')
			return encodeInto.call(this, text, into)
		})
		try {
			const parts = batches(7, 40)
			expect(write(new Utf8Output(), head, parts)).toEqual(encoder.encode(head + parts.join('')))
			expect(spy).toHaveBeenCalled()
		} finally {
			spy.mockRestore()
		}
	})

	it('joins a head longer than the room kept for it', () => {
		const long = 'ä'.repeat(HEAD_ROOM)
		for (const output of [new Utf8Output(), new Utf8Output(0)]) {
			expect(write(output, long, ['body', 'ą'])).toEqual(encoder.encode(`${long}bodyą`))
		}
	})

	it('gives just the head when nothing was added', () => {
		expect(write(new Utf8Output(), head, [])).toEqual(encoder.encode(head))
		expect(write(new Utf8Output(0), head, [])).toEqual(encoder.encode(head))
	})
})
