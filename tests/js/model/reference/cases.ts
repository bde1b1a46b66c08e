/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The inputs of the differential import tests, shared by
 * tests/js/model/markdownDifferential.test.ts and reference/report.ts:
 * the CommonMark spec examples, the Markdown corpus, generated benchmark
 * documents and seeded fuzz documents; and the comparison of the app's
 * reader with the reference reader on one of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
// @ts-expect-error -- a plain ES module without declarations
import { generateMarkdown as generateUntyped } from '../../../../bench/odt/generate.mjs'
import type { MarkdownImportOptions } from '../../../../src/model/markdown'
import { compareOutcomes, runImport } from './compare'
import type { Difference, Importer } from './compare'
import { edgeDocuments, fuzzDocuments } from './fuzz'
import { ReferenceImportError, referenceMarkdownToDocument } from './markdownItImport'

export const SOURCES = ['spec', 'corpus', 'generated', 'fuzz'] as const

export type Source = typeof SOURCES[number]

export interface DifferentialCase {
	source: Source
	/** Unique, readable test name. */
	name: string
	/** Spec section; corpus file; generator settings; fuzz fragment kinds. */
	section: string
	/** Spec example number; fuzz document index. */
	example?: number
	/** Fuzz fragment kinds, for grouping differences. */
	kinds?: string[]
	markdown: string
	options?: MarkdownImportOptions
}

interface SpecExample {
	markdown: string
	section: string
	number: number
}

const generateMarkdown = generateUntyped as (targetWords: number, seed: number) => { markdown: string }

/** ../shared/corpus from the repository root (the working directory of Vitest and of the report). */
export const CORPUS_DIR = join('..', 'shared', 'corpus')

export function specCases(): DifferentialCase[] {
	const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] }
	return spec.tests.map((test) => ({
		source: 'spec',
		name: `spec ${test.section} example ${test.number}`,
		section: test.section,
		example: test.number,
		markdown: test.markdown,
	}))
}

function markdownFiles(dir: string): string[] {
	return readdirSync(dir).sort().flatMap((name) => {
		const path = join(dir, name)
		if (statSync(path).isDirectory()) {
			return markdownFiles(path)
		}
		return /\.(?:md|markdown)$/i.test(name) ? [path] : []
	})
}

export function corpusCases(dir = CORPUS_DIR): DifferentialCase[] {
	return markdownFiles(dir).map((path) => {
		const name = relative(dir, path)
		return { source: 'corpus', name: `corpus ${name}`, section: name, markdown: readFileSync(path, 'utf8') }
	})
}

/** bench/odt/generate.mjs documents: [seed, words]. */
export const GENERATED: ReadonlyArray<readonly [number, number]> = [[1, 1500], [2, 4000], [3, 4000], [42, 12000]]

export function generatedCases(): DifferentialCase[] {
	return GENERATED.map(([seed, words]) => ({
		source: 'generated',
		name: `generated seed ${seed}, ${words} words`,
		section: `seed ${seed}, ${words} words`,
		markdown: generateMarkdown(words, seed).markdown,
		...(seed === 3 ? { options: { language: 'sv', title: 'Generated' } } : {}),
	}))
}

export const FUZZ_COUNT = 600
export const FUZZ_FIRST_SEED = 20260001

export function fuzzCases(count = FUZZ_COUNT): DifferentialCase[] {
	const documents = fuzzDocuments(count, FUZZ_FIRST_SEED).map((document, index): DifferentialCase => ({
		source: 'fuzz',
		name: `fuzz #${index} seed ${document.seed} [${document.kinds.join(' ')}]`,
		section: document.kinds.join(' '),
		example: index,
		kinds: document.kinds,
		markdown: document.markdown,
		...(document.options === undefined ? {} : { options: document.options }),
	}))
	const edges = edgeDocuments().map((document, index): DifferentialCase => ({
		source: 'fuzz',
		name: `fuzz edge #${count + index} ${document.name}`,
		section: 'edge',
		example: count + index,
		kinds: ['edge'],
		markdown: document.markdown,
	}))
	return [...documents, ...edges]
}

/** The cases of one source; `fuzzCount` fuzz documents besides the fixed edge inputs. */
export function casesOf(source: Source, fuzzCount = FUZZ_COUNT): DifferentialCase[] {
	switch (source) {
	case 'spec':
		return specCases()
	case 'corpus':
		return corpusCases()
	case 'generated':
		return generatedCases()
	case 'fuzz':
		return fuzzCases(fuzzCount)
	}
}

/** The reader under test and its import error class. */
export interface Candidate {
	markdownToDocument: Importer
	MarkdownImportError: abstract new (...args: never[]) => Error
}

export const reference: Candidate = {
	markdownToDocument: referenceMarkdownToDocument,
	MarkdownImportError: ReferenceImportError,
}

/** How the candidate's import of `markdown` differs from the reference's; empty when it does not. */
export function differences(candidate: Candidate, markdown: string, options?: MarkdownImportOptions): Difference[] {
	const expected = runImport(reference.markdownToDocument, reference.MarkdownImportError, markdown, options)
	const actual = runImport(candidate.markdownToDocument, candidate.MarkdownImportError, markdown, options)
	return compareOutcomes(expected, actual)
}
