/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { ContentExpressionError, compileContentExpression, contentMatcher, groupMembers, schemaData } from '../../../src/model/schema'
import type { NodeSpec } from '../../../src/model/schema'

const nodes: Record<string, NodeSpec> = {
	a: { group: 'g' },
	b: { group: 'g h' },
	c: {},
}

const accepts = (expression: string, children: string[]): boolean => compileContentExpression(expression, nodes).match(children).ok

describe('compileContentExpression', () => {
	it.each([
		['a', [], false],
		['a', ['a'], true],
		['a', ['a', 'a'], false],
		['a*', [], true],
		['a*', ['a', 'a', 'a'], true],
		['a+', [], false],
		['a+', ['a', 'a'], true],
		['a?', [], true],
		['a?', ['a', 'a'], false],
		['a b', ['a', 'b'], true],
		['a b', ['b', 'a'], false],
		['a | b', ['b'], true],
		['a | b', ['c'], false],
		['(a | b)+', ['a', 'b', 'b', 'a'], true],
		['(a | b)+', ['a', 'c'], false],
		['g*', ['a', 'b', 'a'], true],
		['g*', ['c'], false],
		['h+', ['b'], true],
		['h+', ['a'], false],
		['c g*', ['c'], true],
		['c g*', ['a'], false],
		['(c a+)+', ['c', 'a', 'c', 'a', 'a'], true],
		['(c a+)+', ['c', 'a', 'c'], false],
		['(c a+)+', ['c', 'c', 'a'], false],
		['a{2}', ['a'], false],
		['a{2}', ['a', 'a'], true],
		['a{2}', ['a', 'a', 'a'], false],
		['a{1,2}', ['a', 'a'], true],
		['a{1,2}', ['a', 'a', 'a'], false],
		['a{2,}', ['a', 'a', 'a', 'a'], true],
		['a{2,}', ['a'], false],
		['(a b?)* c', ['a', 'a', 'b', 'c'], true],
		['(a b?)* c', ['b', 'c'], false],
		['', [], true],
		['', ['a'], false],
	] as Array<[string, string[], boolean]>)('"%s" on %j → %s', (expression, children, expected) => {
		expect(accepts(expression, children)).toBe(expected)
	})

	it('reports where a sequence breaks and what was expected', () => {
		const matcher = compileContentExpression('c g*', nodes)
		expect(matcher.match(['c', 'a', 'c'])).toEqual({ ok: false, index: 2, expected: ['a', 'b'] })
		expect(matcher.match([])).toEqual({ ok: false, index: 0, expected: ['c'] })
	})

	it.each(['(a', 'a)', 'a |', 'unknown', '*', 'a{2,1}', 'a{x}'])('rejects the broken expression "%s"', (expression) => {
		expect(() => compileContentExpression(expression, nodes)).toThrow(ContentExpressionError)
	})
})

describe('the shipped schema', () => {
	it('compiles every content expression', () => {
		for (const [name, spec] of Object.entries(schemaData.nodes)) {
			if (spec.content !== undefined) {
				expect(contentMatcher(name), name).not.toBeNull()
			}
		}
		expect(contentMatcher('text')).toBeNull()
	})

	it('groups the block and inline nodes', () => {
		expect(groupMembers('block').sort()).toEqual(['blockquote', 'bulletList', 'definitionList', 'heading', 'orderedList', 'paragraph', 'table'])
		expect(groupMembers('inline').sort()).toEqual(['footnote', 'hardBreak', 'text'])
	})

	it('applies the rules the model relies on', () => {
		expect(contentMatcher('listItem')?.match(['paragraph', 'bulletList']).ok).toBe(true)
		expect(contentMatcher('listItem')?.match(['bulletList']).ok).toBe(false)
		expect(contentMatcher('tableRow')?.match(['tableHeader', 'tableCell']).ok).toBe(true)
		expect(contentMatcher('definitionList')?.match(['definitionTerm', 'definitionDescription', 'definitionDescription']).ok).toBe(true)
		expect(contentMatcher('definitionList')?.match(['definitionTerm', 'definitionTerm']).ok).toBe(false)
		expect(contentMatcher('footnote')?.match(['text', 'hardBreak', 'text']).ok).toBe(true)
		expect(contentMatcher('footnote')?.match(['footnote']).ok).toBe(false)
		expect(contentMatcher('doc')?.match([]).ok).toBe(false)
	})
})
