/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Comparison of two Markdown imports for the differential tests: runs the
 * reference and the candidate reader on one input and describes how their
 * results differ: whether they throw, the first differing path inside the
 * document, and the warnings (missing, extra, or only in another order).
 */
import type { MarkdownImportOptions } from '../../../../src/model/markdown'

/** What one reader did with one input. */
export type Outcome =
	| { status: 'ok', document: unknown, warnings: string[] }
	/** The reader's own import error (too large to store). */
	| { status: 'import-error', message: string }
	/** Any other exception: a bug in that reader. */
	| { status: 'crash', name: string, message: string }

export type Importer = (markdown: string, options?: MarkdownImportOptions) => { document: unknown, warnings: string[] }

/** Run one reader; `importError` is its MarkdownImportError class. */
export function runImport(importer: Importer, importError: abstract new (...args: never[]) => Error, markdown: string, options?: MarkdownImportOptions): Outcome {
	try {
		const { document, warnings } = importer(markdown, options)
		return { status: 'ok', document, warnings }
	} catch (error) {
		if (error instanceof importError) {
			return { status: 'import-error', message: error.message }
		}
		const name = error instanceof Error ? error.name : typeof error
		const message = error instanceof Error ? error.message : String(error)
		return { status: 'crash', name, message }
	}
}

/** The value at a path where it is missing on one side. */
export const ABSENT = Symbol('absent')

export interface PathDifference {
	/** e.g. `body.content[2].content[0].marks[1].attrs.href`; '' for the root. */
	path: string
	reference: unknown
	candidate: unknown
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

function childPath(path: string, key: string | number): string {
	if (typeof key === 'number') {
		return `${path}[${key}]`
	}
	const part = IDENTIFIER.test(key) ? key : JSON.stringify(key)
	if (path === '') {
		return IDENTIFIER.test(key) ? part : `[${part}]`
	}
	return IDENTIFIER.test(key) ? `${path}.${part}` : `${path}[${part}]`
}

function kindOf(value: unknown): string {
	if (value === null) {
		return 'null'
	}
	if (Array.isArray(value)) {
		return 'array'
	}
	return typeof value
}

/**
 * The first place, in document order, where two JSON-like values differ.
 * Arrays compare element by element (a missing element is ABSENT), objects
 * key by key in the reference's key order, then keys only the candidate has.
 * As in Vitest's toEqual, a property holding `undefined` counts as absent,
 * as it does once a document is stored as JSON; key order does not count.
 */
export function firstDifference(reference: unknown, candidate: unknown, path = ''): PathDifference | null {
	if (Object.is(reference, candidate)) {
		return null
	}
	const kind = kindOf(reference)
	if (kind !== kindOf(candidate) || (kind !== 'array' && kind !== 'object')) {
		return { path, reference, candidate }
	}
	if (kind === 'array') {
		const a = reference as unknown[]
		const b = candidate as unknown[]
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			if (i >= a.length || i >= b.length) {
				return { path: childPath(path, i), reference: i < a.length ? a[i] : ABSENT, candidate: i < b.length ? b[i] : ABSENT }
			}
			const found = firstDifference(a[i], b[i], childPath(path, i))
			if (found !== null) {
				return found
			}
		}
		return null
	}
	const a = reference as Record<string, unknown>
	const b = candidate as Record<string, unknown>
	const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !Object.prototype.hasOwnProperty.call(a, key))]
	for (const key of keys) {
		const left = a[key]
		const right = b[key]
		if (left === undefined || right === undefined) {
			if (left !== right) {
				return { path: childPath(path, key), reference: left === undefined ? ABSENT : left, candidate: right === undefined ? ABSENT : right }
			}
			continue
		}
		const found = firstDifference(left, right, childPath(path, key))
		if (found !== null) {
			return found
		}
	}
	return null
}

/** Items of `a` not matched one for one in `b`, in `a`'s order. */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
	const counts = new Map<string, number>()
	for (const item of b) {
		counts.set(item, (counts.get(item) ?? 0) + 1)
	}
	const rest: string[] = []
	for (const item of a) {
		const count = counts.get(item) ?? 0
		if (count > 0) {
			counts.set(item, count - 1)
		} else {
			rest.push(item)
		}
	}
	return rest
}

export type Difference =
	/** One reader threw and the other did not, or they threw differently. */
	| { kind: 'throw', reference: Outcome, candidate: Outcome }
	/** Both threw their import error, with different messages. */
	| { kind: 'error-message', reference: string, candidate: string }
	| { kind: 'document', at: PathDifference }
	/** Warnings one reader gave and the other did not (counting repeats). */
	| { kind: 'warnings', missing: string[], extra: string[], reference: string[], candidate: string[] }
	/** The same warnings in another order. */
	| { kind: 'warnings-order', reference: string[], candidate: string[] }

export type DifferenceKind = Difference['kind']

/** Every way the candidate's outcome differs from the reference's; empty when they agree. */
export function compareOutcomes(reference: Outcome, candidate: Outcome): Difference[] {
	if (reference.status !== candidate.status) {
		return [{ kind: 'throw', reference, candidate }]
	}
	if (reference.status === 'import-error' && candidate.status === 'import-error') {
		return reference.message === candidate.message ? [] : [{ kind: 'error-message', reference: reference.message, candidate: candidate.message }]
	}
	if (reference.status === 'crash' && candidate.status === 'crash') {
		return reference.name === candidate.name && reference.message === candidate.message ? [] : [{ kind: 'throw', reference, candidate }]
	}
	if (reference.status !== 'ok' || candidate.status !== 'ok') {
		return []
	}
	const differences: Difference[] = []
	const at = firstDifference(reference.document, candidate.document)
	if (at !== null) {
		differences.push({ kind: 'document', at })
	}
	const a = reference.warnings
	const b = candidate.warnings
	const sameOrder = a.length === b.length && a.every((warning, index) => warning === b[index])
	if (!sameOrder) {
		const missing = multisetMinus(a, b)
		const extra = multisetMinus(b, a)
		differences.push(missing.length === 0 && extra.length === 0
			? { kind: 'warnings-order', reference: a, candidate: b }
			: { kind: 'warnings', missing, extra, reference: a, candidate: b })
	}
	return differences
}

/** C1 controls, soft hyphen, zero-width and direction marks, separators, BOM, specials. */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]/g

/** A value for a report line: JSON (strings escaped), cut to `max` characters. */
export function show(value: unknown, max = 200): string {
	if (value === ABSENT) {
		return '(absent)'
	}
	if (value === undefined) {
		return 'undefined'
	}
	let text: string
	try {
		text = JSON.stringify(value) ?? String(value)
	} catch {
		text = String(value)
	}
	// JSON escapes C0 controls and lone surrogates; escape the other invisible characters too.
	text = text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
	if (text.length <= max) {
		return text
	}
	// Not between the two halves of a surrogate pair.
	const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max
	return `${text.slice(0, end)}… (${text.length} characters)`
}

function showOutcome(outcome: Outcome): string {
	switch (outcome.status) {
	case 'ok':
		return `returned a document (${outcome.warnings.length} warnings)`
	case 'import-error':
		return `threw MarkdownImportError ${show(outcome.message)}`
	case 'crash':
		return `crashed with ${outcome.name} ${show(outcome.message)}`
	}
}

function showList(items: readonly string[]): string {
	return items.length === 0 ? '(none)' : items.map((item) => show(item, 160)).join(', ')
}

/** Report lines for differences, each starting with `indent`. */
export function describeDifferences(differences: readonly Difference[], indent = ''): string[] {
	const lines: string[] = []
	for (const difference of differences) {
		switch (difference.kind) {
		case 'throw':
			lines.push(`${indent}throw/no-throw: reference ${showOutcome(difference.reference)}; candidate ${showOutcome(difference.candidate)}`)
			break
		case 'error-message':
			lines.push(`${indent}import error message: reference ${show(difference.reference)}; candidate ${show(difference.candidate)}`)
			break
		case 'document':
			lines.push(`${indent}document differs at ${difference.at.path === '' ? '(root)' : difference.at.path}:`)
			lines.push(`${indent}  reference: ${show(difference.at.reference)}`)
			lines.push(`${indent}  candidate: ${show(difference.at.candidate)}`)
			break
		case 'warnings':
			lines.push(`${indent}warnings differ:`)
			lines.push(`${indent}  only reference: ${showList(difference.missing)}`)
			lines.push(`${indent}  only candidate: ${showList(difference.extra)}`)
			break
		case 'warnings-order':
			lines.push(`${indent}warnings in another order (same warnings):`)
			lines.push(`${indent}  reference: ${showList(difference.reference)}`)
			lines.push(`${indent}  candidate: ${showList(difference.candidate)}`)
			break
		}
	}
	return lines
}

/**
 * Remove runs of `parts` (halves, quarters, … single parts) while `differs`
 * stays true for the joined rest; `calls` counts calls of `differs`.
 */
function reduceParts(parts: string[], differs: (markdown: string) => boolean, calls: { left: number }): string[] {
	let kept = parts
	for (let chunk = Math.ceil(kept.length / 2); chunk >= 1 && calls.left > 0; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
		for (let start = 0; start < kept.length && calls.left > 0;) {
			const trial = [...kept.slice(0, start), ...kept.slice(start + chunk)]
			calls.left--
			if (trial.length > 0 && differs(trial.join(''))) {
				kept = trial
			} else {
				start += chunk
			}
		}
	}
	return kept
}

/**
 * A smaller input that still shows a difference: first whole lines, then
 * words and the spaces between them are removed while `differs` stays true,
 * within `budget` calls. The result need not show the same difference as
 * the original input, only some difference.
 */
export function minimize(markdown: string, differs: (markdown: string) => boolean, budget = 400): string {
	const calls = { left: budget }
	const lines = reduceParts(markdown.split(/(?<=\n)/), differs, calls).join('')
	return reduceParts(lines.split(/(?<=\s)(?=\S)|(?<=\S)(?=\s)/), differs, calls).join('')
}
