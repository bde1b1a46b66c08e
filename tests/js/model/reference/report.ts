/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Differential report of the Markdown import: runs the inputs of
 * markdownDifferential.test.ts through the app's reader and the reference
 * reader and prints case and difference counts per source, differences per
 * section, and for the first N differing cases the input, the first
 * differing document path or the warnings diff, and a reduced input.
 *
 * Run from the repository root: node tests/js/model/reference/report.mjs
 * Environment:
 *   ONLY=spec|corpus|generated|fuzz  sources, comma-separated (default all)
 *   N=20                             differing cases shown in detail
 *   SECTION=text                     only sections containing text (any case);
 *                                    for fuzz, a fragment kind, or "edge"
 *   EXAMPLE=12 | 12,15 | 10-20       only these spec example numbers / fuzz indexes
 *   FUZZ=600                         number of fuzz documents (more seeds, same first ones)
 *   MINIMIZE=0                       do not reduce differing inputs
 *   CANDIDATE=path/to/module.ts      reader to compare (default src/model/markdown.ts);
 *                                    must export markdownToDocument and MarkdownImportError
 * The exit code is 1 when any case differs.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { casesOf, differences, FUZZ_COUNT, reference, SOURCES } from './cases'
import type { Candidate, DifferentialCase, Source } from './cases'
import { describeDifferences, minimize, show } from './compare'
import type { Difference, DifferenceKind, Importer } from './compare'

const KINDS: DifferenceKind[] = ['throw', 'error-message', 'document', 'warnings', 'warnings-order']

function selectedSources(): Source[] {
	const only = (process.env.ONLY ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '')
	for (const name of only) {
		if (!(SOURCES as readonly string[]).includes(name)) {
			throw new Error(`ONLY=${name}: expected one of ${SOURCES.join(', ')}`)
		}
	}
	return only.length === 0 ? [...SOURCES] : only as Source[]
}

function exampleFilter(): ((example: number | undefined) => boolean) {
	const spec = (process.env.EXAMPLE ?? '').trim()
	if (spec === '') {
		return () => true
	}
	const ranges = spec.split(',').map((part) => {
		const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part)
		if (match === null) {
			throw new Error(`EXAMPLE=${spec}: expected numbers or ranges like 12,15,20-30`)
		}
		return [Number(match[1]), Number(match[2] ?? match[1])] as const
	})
	return (example) => example !== undefined && ranges.some(([from, to]) => example >= from && example <= to)
}

function sectionFilter(): (testCase: DifferentialCase) => boolean {
	const wanted = (process.env.SECTION ?? '').trim().toLowerCase()
	if (wanted === '') {
		return () => true
	}
	return (testCase) => testCase.section.toLowerCase().includes(wanted) || (testCase.kinds ?? []).some((kind) => kind.toLowerCase() === wanted)
}

function print(line: string): void {
	process.stdout.write(`${line}\n`)
}

async function loadCandidate(): Promise<{ label: string, candidate: Candidate }> {
	const path = process.env.CANDIDATE ?? 'src/model/markdown.ts'
	const module = await import(/* @vite-ignore */ pathToFileURL(resolve(path)).href) as Partial<Candidate>
	if (typeof module.markdownToDocument !== 'function' || typeof module.MarkdownImportError !== 'function') {
		throw new Error(`${path} must export markdownToDocument and MarkdownImportError`)
	}
	return { label: path, candidate: { markdownToDocument: module.markdownToDocument, MarkdownImportError: module.MarkdownImportError } }
}

/** An importer that adds its run time to `time.ms`. */
function timed(importer: Importer, time: { ms: number }): Importer {
	return (markdown, options) => {
		const start = performance.now()
		try {
			return importer(markdown, options)
		} finally {
			time.ms += performance.now() - start
		}
	}
}

interface Result {
	testCase: DifferentialCase
	found: Difference[]
}

function pad(value: string | number, width: number): string {
	const text = String(value)
	return typeof value === 'number' ? text.padStart(width) : text.padEnd(width)
}

/** A difference without its particulars, to count alike differences together. */
function signature(difference: Difference): string {
	switch (difference.kind) {
	case 'throw':
		return `throw/no-throw: reference ${difference.reference.status}, candidate ${difference.candidate.status}`
	case 'error-message':
		return 'import error message'
	case 'document':
		return `document at ${difference.at.path.replace(/\[\d+\]/g, '[]') || '(root)'}`
	case 'warnings':
		return `warnings: ${[...difference.missing.map((warning) => `-${show(warning, 70)}`), ...difference.extra.map((warning) => `+${show(warning, 70)}`)].join(' ')}`
	case 'warnings-order':
		return 'warnings in another order'
	}
}

async function main(): Promise<number> {
	const sources = selectedSources()
	const limit = Number(process.env.N ?? 20)
	const reduce = process.env.MINIMIZE !== '0'
	const fuzzCount = Number(process.env.FUZZ ?? FUZZ_COUNT)
	const matchesExample = exampleFilter()
	const matchesSection = sectionFilter()
	const { label, candidate } = await loadCandidate()
	const referenceTime = { ms: 0 }
	const candidateTime = { ms: 0 }
	// The reference runs inside differences(); time both sides on the same calls.
	const timedCandidate: Candidate = { ...candidate, markdownToDocument: timed(candidate.markdownToDocument, candidateTime) }
	const original = reference.markdownToDocument
	reference.markdownToDocument = timed(original, referenceTime)

	print('Markdown import differential report')
	print(`candidate: ${label}; reference: tests/js/model/reference/markdownItImport.ts`)
	const filters = ['ONLY', 'SECTION', 'EXAMPLE', 'FUZZ'].filter((name) => (process.env[name] ?? '') !== '').map((name) => `${name}=${process.env[name]}`)
	if (filters.length > 0) {
		print(`filters: ${filters.join(' ')}`)
	}
	print('')
	print(`${pad('source', 10)} ${pad('cases', 6)} ${pad('differ', 6)} ${KINDS.map((kind) => pad(kind, kind.length)).join(' ')}  ${pad('reference ms', 12)} ${pad('candidate ms', 12)}`)

	const results: Result[] = []
	for (const source of sources) {
		const cases = casesOf(source, fuzzCount).filter((testCase) => matchesSection(testCase) && ((process.env.EXAMPLE ?? '') === '' || matchesExample(testCase.example)))
		referenceTime.ms = 0
		candidateTime.ms = 0
		const own: Result[] = cases.map((testCase) => ({ testCase, found: differences(timedCandidate, testCase.markdown, testCase.options) }))
		const differing = own.filter((result) => result.found.length > 0)
		const byKind = KINDS.map((kind) => pad(differing.filter((result) => result.found.some((difference) => difference.kind === kind)).length, kind.length))
		print(`${pad(source, 10)} ${pad(cases.length, 6)} ${pad(differing.length, 6)} ${byKind.join(' ')}  ${pad(Math.round(referenceTime.ms), 12)} ${pad(Math.round(candidateTime.ms), 12)}`)
		results.push(...own)
	}
	reference.markdownToDocument = original

	const differing = results.filter((result) => result.found.length > 0)
	print('')
	print(`${results.length} cases, ${differing.length} differ (${differing.filter((result) => result.found.every((difference) => difference.kind === 'warnings-order')).length} only in warning order)`)
	if (differing.length === 0) {
		return 0
	}

	// Differences per section: spec sections, corpus files, generator settings, fuzz fragment kinds.
	const groups = new Map<string, { total: number, differing: number }>()
	for (const { testCase, found } of results) {
		const keys = testCase.source === 'fuzz' ? (testCase.kinds ?? []).map((kind) => `fuzz, contains ${kind}`) : [`${testCase.source}: ${testCase.section}`]
		for (const key of keys) {
			const group = groups.get(key) ?? { total: 0, differing: 0 }
			group.total++
			group.differing += found.length > 0 ? 1 : 0
			groups.set(key, group)
		}
	}
	print('')
	print('Differing cases by section:')
	const sorted = [...groups].filter(([, group]) => group.differing > 0).sort((a, b) => b[1].differing - a[1].differing || a[0].localeCompare(b[0]))
	for (const [key, group] of sorted) {
		print(`  ${pad(group.differing, 5)} of ${pad(group.total, 4)}  ${key}`)
	}

	// Differences by what differs: document paths without their indexes, warnings, throws.
	const signatures = new Map<string, number>()
	for (const { found } of differing) {
		for (const key of new Set(found.map(signature))) {
			signatures.set(key, (signatures.get(key) ?? 0) + 1)
		}
	}
	print('')
	print('Differing cases by what differs:')
	for (const [key, count] of [...signatures].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
		print(`  ${pad(count, 5)}  ${key}`)
	}

	print('')
	print(`First ${Math.min(limit, differing.length)} of ${differing.length} differing cases:`)
	differing.slice(0, limit).forEach(({ testCase, found }, index) => {
		print('')
		print(`[${index + 1}] ${testCase.name}`)
		print(`    input: ${show(testCase.markdown, 400)}`)
		if (testCase.options !== undefined) {
			print(`    options: ${show(testCase.options)}`)
		}
		for (const line of describeDifferences(found, '    ')) {
			print(line)
		}
		if (reduce) {
			const smaller = minimize(testCase.markdown, (markdown) => differences(candidate, markdown, testCase.options).length > 0)
			if (smaller.length < testCase.markdown.length) {
				print(`    reduced input: ${show(smaller, 400)}`)
				for (const line of describeDifferences(differences(candidate, smaller, testCase.options), '      ')) {
					print(line)
				}
			}
		}
	})
	return 1
}

process.exitCode = await main()
