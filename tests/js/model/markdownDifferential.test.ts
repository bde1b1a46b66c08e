/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Differential tests of the Markdown import: markdownToDocument must give
 * the same document, the same warnings in the same order, and the same
 * throw/no-throw behaviour as the markdown-it reference reader
 * (reference/markdownItImport.ts) on every CommonMark spec example, every
 * corpus file, generated benchmark documents and seeded fuzz documents.
 * A failure names the first differing path. For a summary of all
 * differences run tests/js/model/reference/report.mjs. The few fuzz
 * documents it knowingly reads otherwise are listed, with reasons, in
 * reference/known.ts.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MarkdownImportError, markdownToDocument } from '../../../src/model/markdown'
import type { MarkdownImportOptions } from '../../../src/model/markdown'
import { casesOf, CORPUS_DIR, corpusCases, differences, FUZZ_COUNT, reference, SOURCES } from './reference/cases'
import type { Candidate, DifferentialCase } from './reference/cases'
import { ABSENT, compareOutcomes, describeDifferences, firstDifference, minimize, runImport, show } from './reference/compare'
import type { Difference } from './reference/compare'
import { edgeDocuments, FRAGMENT_KINDS, fuzzDocument, fuzzDocuments } from './reference/fuzz'
import { KNOWN_DIVERGENCES } from './reference/known'
import type { KnownDivergence } from './reference/known'

const candidate: Candidate = { markdownToDocument, MarkdownImportError }

function expectSame(testCase: DifferentialCase): void {
	const found = differences(candidate, testCase.markdown, testCase.options)
	if (found.length > 0) {
		const options = testCase.options === undefined ? [] : [`options: ${show(testCase.options)}`]
		expect.fail([`${testCase.name} differs from the reference`, `input: ${show(testCase.markdown, 600)}`, ...options, ...describeDifferences(found, '  ')].join('\n'))
	}
}

const knownSeeds = new Map(KNOWN_DIVERGENCES.map((known) => [known.seed, known]))

function knownDivergence(testCase: DifferentialCase): KnownDivergence | undefined {
	const seed = /^fuzz #\d+ seed (\d+) /.exec(testCase.name)
	return seed === null ? undefined : knownSeeds.get(Number(seed[1]))
}

for (const source of SOURCES) {
	describe(`markdownToDocument agrees with the reference reader: ${source}`, () => {
		it.each(casesOf(source).filter((testCase) => knownDivergence(testCase) === undefined))('$name', expectSame)
	})
}

describe('known divergences from the reference reader (reference/known.ts)', () => {
	const known = casesOf('fuzz').filter((testCase) => knownDivergence(testCase) !== undefined)

	it('names only seeds of the fuzz documents', () => {
		expect(known.length).toBe(KNOWN_DIVERGENCES.length)
	})

	it.each(known)('$name still differs', (testCase) => {
		expect(differences(candidate, testCase.markdown, testCase.options).length).toBeGreaterThan(0)
	})

	it.each(KNOWN_DIVERGENCES)('the reduced input of seed $seed differs', (divergence) => {
		expect(differences(candidate, divergence.reduced).length).toBeGreaterThan(0)
	})
})

describe('differential inputs', () => {
	it('has every CommonMark spec example', () => {
		const spec = casesOf('spec')
		expect(spec.length).toBe(652)
		expect(new Set(spec.map((testCase) => testCase.name)).size).toBe(spec.length)
	})

	it('has every Markdown file of the corpus', () => {
		const names = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.md')).sort()
		expect(names.length).toBeGreaterThan(0)
		expect(corpusCases().map((testCase) => testCase.section)).toEqual(names)
	})

	it('builds the same fuzz documents from the same seeds, each with its own seed', () => {
		expect(fuzzDocuments(20, 7)).toEqual(fuzzDocuments(20, 7))
		expect(fuzzDocuments(3, 100)[2]).toEqual(fuzzDocument(102))
		expect(fuzzDocument(1).markdown).not.toBe(fuzzDocument(2).markdown)
	})

	it('has at least 600 distinct fuzz documents that cover every fragment kind', () => {
		const fuzz = casesOf('fuzz')
		expect(fuzz.length).toBe(FUZZ_COUNT + edgeDocuments().length)
		expect(FUZZ_COUNT).toBeGreaterThanOrEqual(600)
		expect(new Set(fuzz.map((testCase) => testCase.markdown)).size).toBe(fuzz.length)
		const covered = new Set(fuzz.flatMap((testCase) => testCase.kinds ?? []))
		for (const kind of FRAGMENT_KINDS) {
			expect(covered.has(kind), kind).toBe(true)
		}
		const all = fuzz.map((testCase) => testCase.markdown).join('\n')
		for (const feature of ['\r\n', '\t', '\u0000', '[^', '^[', '|', '~~~', '```', '<!--', '&#', ': ', '~ ', '> ', '😀', 'العربية', '0.', ')']) {
			expect(all.includes(feature), JSON.stringify(feature)).toBe(true)
		}
	})

	it('has edge inputs on which the reference throws its import error', () => {
		const throwing = edgeDocuments().filter((document) => runImport(reference.markdownToDocument, reference.MarkdownImportError, document.markdown).status === 'import-error')
		expect(throwing.map((document) => document.name)).toEqual(['text over the length limit', 'markdown over the byte limit', 'footnote copied past the byte limit'])
	})
})

/** The reference reader with its result changed by `alter` (a reader that differs on purpose). */
function altered(alter: (result: { document: unknown, warnings: string[] }, markdown: string, options?: MarkdownImportOptions) => { document: unknown, warnings: string[] }): Candidate {
	return {
		markdownToDocument: (markdown, options) => alter(reference.markdownToDocument(markdown, options), markdown, options),
		MarkdownImportError: reference.MarkdownImportError,
	}
}

/** Follows `path` (property names and indexes) inside a value. */
function at(value: unknown, ...path: Array<string | number>): Record<string, unknown> {
	let current = value
	for (const key of path) {
		current = (current as Record<string | number, unknown>)[key]
	}
	return current as Record<string, unknown>
}

const LINK_DOCUMENT = '# Title\n\nText [a](https://a.org) and ***[b](https://b.org "t")*** end.\n\n- one\n- two\n'

describe('the differential harness finds differences', () => {
	it('names the first differing path inside a document', () => {
		const expected = reference.markdownToDocument(LINK_DOCUMENT).document
		const changed = structuredClone(expected)
		const marks = at(changed, 'body', 'content', 1, 'content', 3, 'marks') as unknown as Array<{ type: string, attrs?: { href: string } }>
		expect(marks.map((mark) => mark.type)).toEqual(['bold', 'italic', 'link'])
		at(marks, 2, 'attrs').href = 'https://changed.example'
		expect(firstDifference(expected, changed)).toEqual({
			path: 'body.content[1].content[3].marks[2].attrs.href',
			reference: 'https://b.org',
			candidate: 'https://changed.example',
		})
		expect(firstDifference(expected, structuredClone(expected))).toBeNull()
	})

	it('reports missing and extra array elements and properties as absent', () => {
		const expected = reference.markdownToDocument(LINK_DOCUMENT).document
		const shorter = structuredClone(expected)
		const items = at(shorter, 'body', 'content', 2, 'content') as unknown as unknown[]
		const removed = items.pop()
		expect(firstDifference(expected, shorter)).toEqual({ path: 'body.content[2].content[1]', reference: removed, candidate: ABSENT })
		const extra = structuredClone(expected)
		at(extra, 'meta').reference = 'KS 1'
		expect(firstDifference(expected, extra)).toEqual({ path: 'meta.reference', reference: ABSENT, candidate: 'KS 1' })
		expect(firstDifference({ 'a-b': [1] }, { 'a-b': [2] })?.path).toBe('["a-b"][0]')
		expect(firstDifference([1], { 0: 1 })?.path).toBe('')
	})

	it('ignores key order and properties that hold undefined, as JSON does', () => {
		expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBeNull()
		expect(firstDifference({ a: 1, b: undefined }, { a: 1 })).toBeNull()
		expect(firstDifference({ a: 1, b: null }, { a: 1 })).toEqual({ path: 'b', reference: null, candidate: ABSENT })
	})

	it('tells warnings that differ from warnings in another order', () => {
		const ok = (warnings: string[]) => ({ status: 'ok' as const, document: {}, warnings })
		expect(compareOutcomes(ok(['a', 'b']), ok(['a', 'b']))).toEqual([])
		expect(compareOutcomes(ok(['a', 'b']), ok(['b', 'a']))).toEqual([{ kind: 'warnings-order', reference: ['a', 'b'], candidate: ['b', 'a'] }])
		expect(compareOutcomes(ok(['a', 'a', 'b']), ok(['a', 'c']))).toEqual([{ kind: 'warnings', missing: ['a', 'b'], extra: ['c'], reference: ['a', 'a', 'b'], candidate: ['a', 'c'] }])
	})

	it('finds a changed document, dropped or reordered warnings and a different throw in a reader', () => {
		const input = '# T\n\nA [^1] <br> \u0001 tail\n\n---\n\n[^1]: Note.\n'
		const warnings = reference.markdownToDocument(input).warnings
		expect(warnings.length).toBeGreaterThanOrEqual(2)

		const lastText = altered((result) => {
			const document = structuredClone(result.document)
			at(document, 'body', 'content', 1, 'content', 0).text = 'B '
			return { ...result, document }
		})
		const found = differences(lastText, input)
		expect(found).toHaveLength(1)
		expect(found[0]).toMatchObject({ kind: 'document', at: { path: 'body.content[1].content[0].text', reference: 'A ', candidate: 'B ' } })
		expect(describeDifferences(found).join('\n')).toContain('body.content[1].content[0].text')

		const dropped = altered((result) => ({ ...result, warnings: result.warnings.slice(1) }))
		expect(differences(dropped, input)).toEqual([{ kind: 'warnings', missing: [warnings[0]], extra: [], reference: warnings, candidate: warnings.slice(1) }])

		const reordered = altered((result) => ({ ...result, warnings: [...result.warnings].reverse() }))
		expect(differences(reordered, input).map((difference) => difference.kind)).toEqual(['warnings-order'])

		class OtherImportError extends Error {}
		const throwing: Candidate = {
			markdownToDocument: (markdown) => {
				if (markdown.includes('[^')) {
					throw new OtherImportError('too large')
				}
				return reference.markdownToDocument(markdown)
			},
			MarkdownImportError: OtherImportError,
		}
		const thrown = differences(throwing, input)
		expect(thrown).toMatchObject([{ kind: 'throw', reference: { status: 'ok' }, candidate: { status: 'import-error', message: 'too large' } }])
		expect(differences(throwing, 'no notes')).toEqual([])

		const big = edgeDocuments().find((document) => document.name === 'markdown over the byte limit')?.markdown ?? ''
		const crashing: Candidate = { markdownToDocument: () => { throw new TypeError('x is undefined') }, MarkdownImportError }
		expect(differences(crashing, big)).toMatchObject([{ kind: 'throw', reference: { status: 'import-error' }, candidate: { status: 'crash', name: 'TypeError' } }])
	})

	it('reduces a differing input to the lines that make the difference', () => {
		// A reader that loses the title of links.
		const untitled = altered((result) => {
			const document = JSON.parse(JSON.stringify(result.document, (key, value) => (key === 'title' && typeof value === 'string' && value === 't' ? undefined : value)))
			return { ...result, document }
		})
		const input = '# Title\n\nfirst paragraph\n\n- a\n- b [x](https://x.org "t")\n- c\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nlast\n'
		const found: Difference[] = differences(untitled, input)
		expect(found).toMatchObject([{ kind: 'document', at: { path: 'body.content[2].content[1].content[0].content[1].marks[0].attrs.title', reference: 't', candidate: ABSENT } }])
		expect(minimize(input, (markdown) => differences(untitled, markdown).length > 0)).toBe('[x](https://x.org "t")')
	})

	it('shows invisible characters escaped and cuts long values', () => {
		expect(show('a\uFFFF\u0000\u2028\uFEFF\u0085 b')).toBe('"a\\uffff\\u0000\\u2028\\ufeff\\u0085 b"')
		expect(show(ABSENT)).toBe('(absent)')
		expect(show('x'.repeat(50), 10)).toBe('"xxxxxxxxx… (52 characters)')
		expect(show('😀😀', 4)).toBe('"😀… (6 characters)')
	})
})
