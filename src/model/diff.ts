/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What changed between two versions of a PolicyDocument, by block and by
 * word, in a shape the review UI renders as insertions and deletions in the
 * running text (never as raw JSON).
 *
 * 1. Each body is flattened to its text blocks (headings, paragraphs,
 *    definition terms), each with the path of indexes that reaches it and the
 *    containers it sits in (list, quote, table cell…).
 * 2. Blocks are interned to integers by a key of type, level, containers and
 *    text with marks, so block equality is one integer comparison, and the two
 *    sequences are aligned with Myers' O(ND) diff in linear space (Myers 1986,
 *    "An O(ND) Difference Algorithm and Its Variations", section 4b).
 * 3. Between two aligned blocks, removed and added blocks that resemble each
 *    other are paired as "changed" and diffed word by word with the same
 *    algorithm; the rest stay "deleted" or "inserted".
 *
 * Pure TypeScript with no Vue or Nextcloud import, so it runs in Vitest, the
 * CLI and benchmarks alike.
 */

import type {
	Attachment,
	BlockNode,
	DocumentMeta,
	InlineNode,
	Mark,
	PolicyDocument,
	Signatory,
} from './types'

/* ------------------------------------------------------------------ */
/* Flattening                                                          */
/* ------------------------------------------------------------------ */

/** A container a text block sits in, outermost first. */
export type BlockContainer =
	| { type: 'bulletList', item: number }
	| { type: 'orderedList', item: number, start: number }
	| { type: 'blockquote' }
	| { type: 'table', row: number, column: number, header: boolean }
	| { type: 'definitionDescription' }

export type TextBlockType = 'paragraph' | 'heading' | 'definitionTerm'

/** A run of inline text with the same marks. A hard break is a run with text "\n". */
export interface TextRun {
	text: string
	marks?: Mark[]
	/** The run is part of a footnote anchored at this point of the text. */
	footnote?: true
}

export interface FlatBlock {
	type: TextBlockType
	level?: number
	/** Indexes from body.content down to this block: [3, 1, 0] = body.content[3].content[1].content[0]. */
	path: number[]
	containers: BlockContainer[]
	runs: TextRun[]
	/** Plain text: the runs' text joined; comment anchors count UTF-16 offsets into it. */
	text: string
}

function inlineRuns(content: InlineNode[] | undefined, footnote: boolean, out: TextRun[]): void {
	for (const node of content ?? []) {
		let run: TextRun | null = null
		if (node.type === 'text') {
			run = { text: node.text }
			if (node.marks && node.marks.length > 0) {
				run.marks = node.marks
			}
		} else if (node.type === 'hardBreak') {
			run = { text: '\n' }
		} else if (node.type === 'footnote') {
			inlineRuns(node.content, true, out)
			continue
		}
		if (run !== null) {
			if (footnote) {
				run.footnote = true
			}
			out.push(run)
		}
	}
}

function textBlock(type: TextBlockType, content: InlineNode[] | undefined, path: number[], containers: BlockContainer[], level?: number): FlatBlock {
	const runs: TextRun[] = []
	inlineRuns(content, false, runs)
	const block: FlatBlock = { type, path, containers, runs, text: runs.map((run) => run.text).join('') }
	if (level !== undefined) {
		block.level = level
	}
	return block
}

function flattenBlocks(blocks: BlockNode[], path: number[], containers: BlockContainer[], out: FlatBlock[]): void {
	blocks.forEach((block, index) => {
		const here = [...path, index]
		switch (block.type) {
		case 'paragraph':
			out.push(textBlock('paragraph', block.content, here, containers))
			break
		case 'heading':
			out.push(textBlock('heading', block.content, here, containers, block.attrs.level))
			break
		case 'blockquote':
			flattenBlocks(block.content, here, [...containers, { type: 'blockquote' }], out)
			break
		case 'bulletList':
			block.content.forEach((item, i) => {
				flattenBlocks(item.content, [...here, i], [...containers, { type: 'bulletList', item: i }], out)
			})
			break
		case 'orderedList': {
			const start = block.attrs?.start ?? 1
			block.content.forEach((item, i) => {
				flattenBlocks(item.content, [...here, i], [...containers, { type: 'orderedList', item: i, start }], out)
			})
			break
		}
		case 'table':
			block.content.forEach((row, r) => {
				row.content.forEach((cell, c) => {
					const frame: BlockContainer = { type: 'table', row: r, column: c, header: cell.type === 'tableHeader' }
					flattenBlocks(cell.content, [...here, r, c], [...containers, frame], out)
				})
			})
			break
		case 'definitionList':
			block.content.forEach((child, i) => {
				if (child.type === 'definitionTerm') {
					out.push(textBlock('definitionTerm', child.content, [...here, i], containers))
				} else {
					flattenBlocks(child.content, [...here, i], [...containers, { type: 'definitionDescription' }], out)
				}
			})
			break
		}
	})
}

/** The text blocks of a body in reading order. */
export function flattenBody(body: PolicyDocument['body']): FlatBlock[] {
	const out: FlatBlock[] = []
	flattenBlocks(body.content, [], [], out)
	return out
}

/* ------------------------------------------------------------------ */
/* Myers' diff in linear space                                         */
/* ------------------------------------------------------------------ */

/**
 * Pairs [i, j] with a[i] === b[j] forming a longest common subsequence of two
 * integer sequences, in increasing order. Time O((N+M)·D), memory O(N+M).
 */
export function commonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>): Array<[number, number]> {
	const out: Array<[number, number]> = []
	const size = a.length + b.length + 3
	// Scratch arrays for the forward and backward furthest-reaching paths,
	// allocated once and indexed around an offset (diagonals k ∈ [-D, D]).
	const forward = new Int32Array(2 * size + 1)
	const backward = new Int32Array(2 * size + 1)
	lcs(a, 0, a.length, b, 0, b.length, forward, backward, size, out)
	return out
}

function lcs(
	a: ArrayLike<number>, aLo: number, aHi: number,
	b: ArrayLike<number>, bLo: number, bHi: number,
	vf: Int32Array, vb: Int32Array, offset: number,
	out: Array<[number, number]>,
): void {
	while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
		out.push([aLo++, bLo++])
	}
	let suffix = 0
	while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
		aHi--
		bHi--
		suffix++
	}
	if (aLo < aHi && bLo < bHi) {
		// After trimming, the first and last elements differ, so D ≥ 2 and the
		// middle snake splits the box into two strictly smaller ones.
		const [x, y, u, v] = middleSnake(a, aLo, aHi, b, bLo, bHi, vf, vb, offset)
		lcs(a, aLo, x, b, bLo, y, vf, vb, offset, out)
		for (let k = 0; k < u - x; k++) {
			out.push([x + k, y + k])
		}
		lcs(a, u, aHi, b, v, bHi, vf, vb, offset, out)
	}
	for (let k = 0; k < suffix; k++) {
		out.push([aHi + k, bHi + k])
	}
}

/** Myers' middle snake: [x, y, u, v], the snake from (x, y) to (u, v) in absolute indexes. */
function middleSnake(
	a: ArrayLike<number>, aLo: number, aHi: number,
	b: ArrayLike<number>, bLo: number, bHi: number,
	vf: Int32Array, vb: Int32Array, offset: number,
): [number, number, number, number] {
	const n = aHi - aLo
	const m = bHi - bLo
	const delta = n - m
	const odd = (delta & 1) !== 0
	const max = Math.ceil((n + m) / 2)
	vf[offset + 1] = 0
	vb[offset + 1] = 0
	for (let d = 0; d <= max; d++) {
		for (let k = -d; k <= d; k += 2) {
			let x = (k === -d || (k !== d && vf[offset + k - 1]! < vf[offset + k + 1]!))
				? vf[offset + k + 1]!
				: vf[offset + k - 1]! + 1
			let y = x - k
			const x0 = x
			const y0 = y
			while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
				x++
				y++
			}
			vf[offset + k] = x
			const kb = delta - k
			if (odd && kb >= -(d - 1) && kb <= d - 1 && x + vb[offset + kb]! >= n) {
				return [aLo + x0, bLo + y0, aLo + x, bLo + y]
			}
		}
		for (let k = -d; k <= d; k += 2) {
			// Backward paths count x and y from the ends of both sequences.
			let x = (k === -d || (k !== d && vb[offset + k - 1]! < vb[offset + k + 1]!))
				? vb[offset + k + 1]!
				: vb[offset + k - 1]! + 1
			let y = x - k
			const x0 = x
			const y0 = y
			while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
				x++
				y++
			}
			vb[offset + k] = x
			const kf = delta - k
			if (!odd && kf >= -d && kf <= d && x + vf[offset + kf]! >= n) {
				return [aLo + n - x, bLo + m - y, aLo + n - x0, bLo + m - y0]
			}
		}
	}
	// Unreachable: the paths always meet by d = ⌈(N+M)/2⌉.
	throw new Error('diff: paths did not meet')
}

/** Maps strings to small integers so sequences compare by integer equality. */
class Interner {

	private readonly ids = new Map<string, number>()

	id(key: string): number {
		let id = this.ids.get(key)
		if (id === undefined) {
			id = this.ids.size
			this.ids.set(key, id)
		}
		return id
	}

}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

export type SegmentOp = 'equal' | 'insert' | 'delete'

export interface DiffSegment {
	op: SegmentOp
	text: string
	marks?: Mark[]
	footnote?: true
}

/**
 * Word tokens: letters, digits and combining marks (so decomposed "å" and
 * Arabic vowel signs stay inside their word), joined by an inner apostrophe;
 * each Han/Kana/Thai character alone (those scripts do not separate words
 * with spaces); whitespace runs; every other character alone.
 */
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|\s+|[^]/gu
const WORD = /[\p{L}\p{N}]/u

export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? []
}

interface Token {
	text: string
	run: TextRun
	/** Text plus formatting: a word that became bold or a link target that changed differ. */
	key: string
}

function markKey(run: TextRun): string {
	const marks = (run.marks ?? []).map((mark) => mark.type === 'link'
		? `link:${mark.attrs.href}:${mark.attrs.title ?? ''}`
		: mark.type)
	marks.sort()
	return (run.footnote ? 'fn|' : '') + marks.join(',')
}

function tokensOf(block: FlatBlock): Token[] {
	const tokens: Token[] = []
	for (const run of block.runs) {
		const marks = markKey(run)
		for (const text of tokenize(run.text)) {
			tokens.push({ text, run, key: `${marks}\u0000${text}` })
		}
	}
	return tokens
}

function sameFormatting(x: TextRun, y: TextRun): boolean {
	return x === y || markKey(x) === markKey(y)
}

function pushSegment(out: DiffSegment[], op: SegmentOp, token: Token): void {
	const last = out[out.length - 1]
	if (last && last.op === op && sameFormatting({ text: '', marks: last.marks, footnote: last.footnote }, token.run)) {
		last.text += token.text
		return
	}
	const segment: DiffSegment = { op, text: token.text }
	if (token.run.marks) {
		segment.marks = token.run.marks
	}
	if (token.run.footnote) {
		segment.footnote = true
	}
	out.push(segment)
}

interface WordDiff {
	segments: DiffSegment[]
	wordsInserted: number
	wordsDeleted: number
}

function isWord(text: string): boolean {
	return WORD.test(text)
}

/**
 * Word diff of two token lists. Whitespace that merely separates two changes
 * is folded into them, so "a b c" → "x y z" reads as one deletion and one
 * insertion rather than three interleaved pairs.
 */
function diffTokens(oldTokens: Token[], newTokens: Token[], interner: Interner): WordDiff {
	const a = Int32Array.from(oldTokens, (token) => interner.id(token.key))
	const b = Int32Array.from(newTokens, (token) => interner.id(token.key))
	const pairs = commonSubsequence(a, b)

	// Raw script: per token, equal/delete/insert, with deletions before insertions in each gap.
	const script: Array<{ op: SegmentOp, token: Token, other?: Token }> = []
	let i = 0
	let j = 0
	for (const [pi, pj] of [...pairs, [oldTokens.length, newTokens.length] as [number, number]]) {
		while (i < pi) {
			script.push({ op: 'delete', token: oldTokens[i++]! })
		}
		while (j < pj) {
			script.push({ op: 'insert', token: newTokens[j++]! })
		}
		if (pi < oldTokens.length) {
			script.push({ op: 'equal', token: newTokens[pj]!, other: oldTokens[pi]! })
			i++
			j++
		}
	}

	// Fold lone whitespace between two changes into the change on both sides.
	for (let k = 1; k < script.length - 1; k++) {
		const entry = script[k]!
		if (entry.op === 'equal' && entry.token.text.trim() === '' && script[k - 1]!.op !== 'equal' && script[k + 1]!.op !== 'equal') {
			script.splice(k, 1, { op: 'delete', token: entry.other! }, { op: 'insert', token: entry.token })
			k++
		}
	}

	const segments: DiffSegment[] = []
	let wordsInserted = 0
	let wordsDeleted = 0
	let k = 0
	while (k < script.length) {
		if (script[k]!.op === 'equal') {
			pushSegment(segments, 'equal', script[k]!.token)
			k++
			continue
		}
		// A run of changes: all deletions first, then all insertions.
		let end = k
		while (end < script.length && script[end]!.op !== 'equal') {
			end++
		}
		for (const op of ['delete', 'insert'] as const) {
			for (let x = k; x < end; x++) {
				const entry = script[x]!
				if (entry.op === op) {
					pushSegment(segments, op, entry.token)
					if (isWord(entry.token.text)) {
						if (op === 'insert') {
							wordsInserted++
						} else {
							wordsDeleted++
						}
					}
				}
			}
		}
		k = end
	}
	return { segments, wordsInserted, wordsDeleted }
}

/** Word diff of two plain strings (metadata fields). */
export function diffText(oldText: string, newText: string): DiffSegment[] {
	const interner = new Interner()
	const toTokens = (text: string): Token[] => {
		const run: TextRun = { text }
		return tokenize(text).map((t) => ({ text: t, run, key: t }))
	}
	return diffTokens(toTokens(oldText), toTokens(newText), interner).segments
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */
/* ------------------------------------------------------------------ */

export type BlockChangeKind = 'equal' | 'inserted' | 'deleted' | 'changed'

export interface BlockDiff {
	kind: BlockChangeKind
	/** Type, level and containers of the new block (of the old one for "deleted"). */
	type: TextBlockType
	level?: number
	containers: BlockContainer[]
	/** Path in the new body (null for "deleted"). */
	path: number[] | null
	/** Path in the old body (null for "inserted"). */
	oldPath: number[] | null
	/** For "changed": what the block was, when its type, level or containers differ. */
	previous?: { type: TextBlockType, level?: number, containers: BlockContainer[] }
	segments: DiffSegment[]
}

export type MetaTextField = 'title' | 'type' | 'language' | 'reference' | 'unit' | 'decisionBody' | 'place'

export type MetaChange =
	| { field: MetaTextField, old: string | null, new: string | null, segments: DiffSegment[] }
	| { field: 'keywords', added: string[], removed: string[] }
	| { field: 'signatories', added: Signatory[], removed: Signatory[] }

export interface AttachmentChanges {
	added: Attachment[]
	removed: Attachment[]
	renamed: Array<{ fileId: number, oldName: string, newName: string }>
	/** Same files in another order: their "Attachment n" numbers changed. */
	reordered: boolean
}

export interface DiffStats {
	blocksEqual: number
	blocksInserted: number
	blocksDeleted: number
	blocksChanged: number
	wordsInserted: number
	wordsDeleted: number
}

export interface DocumentDiff {
	blocks: BlockDiff[]
	meta: MetaChange[]
	attachments: AttachmentChanges
	stats: DiffStats
	/** True when nothing differs at all (body, metadata, attachments). */
	identical: boolean
}

function containersKey(containers: BlockContainer[]): string {
	// Item, row and column numbers are left out: inserting a list item or a
	// table row must not make every following item look changed.
	return containers.map((c) => c.type === 'table' ? (c.header ? 'th' : 'td') : c.type).join('/')
}

function blockKey(block: FlatBlock): string {
	const runs = block.runs.map((run) => `${markKey(run)}\u0001${run.text}`).join('\u0002')
	return `${block.type}|${block.level ?? ''}|${containersKey(block.containers)}|${runs}`
}

function wordSet(tokens: Token[]): Set<string> {
	const words = new Set<string>()
	for (const token of tokens) {
		if (isWord(token.text)) {
			words.add(token.text.toLowerCase())
		}
	}
	return words
}

/** Dice coefficient of the two blocks' word sets; 1 for two empty blocks. */
function similarity(x: Set<string>, y: Set<string>): number {
	if (x.size === 0 && y.size === 0) {
		return 1
	}
	let shared = 0
	const [small, large] = x.size <= y.size ? [x, y] : [y, x]
	for (const word of small) {
		if (large.has(word)) {
			shared++
		}
	}
	return (2 * shared) / (x.size + y.size)
}

/** Blocks that share less than this share of their words are a deletion plus an insertion, not an edit. */
const PAIRING_THRESHOLD = 0.35
/** Above this many old×new candidates in one gap, pair in order instead of by best similarity. */
const PAIRING_CELLS = 40000

/** One block of one side; tokens and word set are computed only for blocks in a gap. */
class Side {

	readonly block: FlatBlock
	private tokenCache: Token[] | null = null
	private wordCache: Set<string> | null = null

	constructor(block: FlatBlock) {
		this.block = block
	}

	get tokens(): Token[] {
		this.tokenCache ??= tokensOf(this.block)
		return this.tokenCache
	}

	get words(): Set<string> {
		this.wordCache ??= wordSet(this.tokens)
		return this.wordCache
	}

}

/**
 * Pairs removed with added blocks inside one gap between aligned blocks:
 * an order-preserving matching that maximises total similarity (a weighted
 * LCS by dynamic programming), or, for huge gaps, a greedy pass in order.
 */
function pairGap(olds: Side[], news: Side[]): Array<[number, number]> {
	const n = olds.length
	const m = news.length
	if (n === 0 || m === 0) {
		return []
	}
	const score = (i: number, j: number): number => {
		const s = similarity(olds[i]!.words, news[j]!.words)
		const sameType = olds[i]!.block.type === news[j]!.block.type
		return s >= PAIRING_THRESHOLD || (sameType && n === 1 && m === 1 && s > 0) ? s + (sameType ? 0.01 : 0) : 0
	}
	if (n * m > PAIRING_CELLS) {
		const pairs: Array<[number, number]> = []
		let j = 0
		for (let i = 0; i < n && j < m; i++) {
			for (let look = j; look < Math.min(m, j + 8); look++) {
				if (score(i, look) > 0) {
					pairs.push([i, look])
					j = look + 1
					break
				}
			}
		}
		return pairs
	}
	const best = new Float64Array((n + 1) * (m + 1))
	const at = (i: number, j: number) => i * (m + 1) + j
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			const s = score(i, j)
			best[at(i, j)] = Math.max(best[at(i + 1, j)]!, best[at(i, j + 1)]!, s > 0 ? s + best[at(i + 1, j + 1)]! : 0)
		}
	}
	const pairs: Array<[number, number]> = []
	let i = 0
	let j = 0
	while (i < n && j < m) {
		const s = score(i, j)
		if (s > 0 && best[at(i, j)] === s + best[at(i + 1, j + 1)]!) {
			pairs.push([i++, j++])
		} else if (best[at(i, j)] === best[at(i + 1, j)]) {
			i++
		} else {
			j++
		}
	}
	return pairs
}

function blockShape(block: FlatBlock): Pick<BlockDiff, 'type' | 'level' | 'containers'> {
	const shape: Pick<BlockDiff, 'type' | 'level' | 'containers'> = { type: block.type, containers: block.containers }
	if (block.level !== undefined) {
		shape.level = block.level
	}
	return shape
}

function wholeBlock(op: SegmentOp, side: Side): DiffSegment[] {
	const segments: DiffSegment[] = []
	for (const run of side.block.runs) {
		pushSegment(segments, op, { text: run.text, run, key: '' })
	}
	return segments
}

function countWords(side: Side): number {
	let count = 0
	for (const token of side.tokens) {
		if (isWord(token.text)) {
			count++
		}
	}
	return count
}

function diffBody(oldBody: PolicyDocument['body'], newBody: PolicyDocument['body'], stats: DiffStats): BlockDiff[] {
	const interner = new Interner()
	const sides = (body: PolicyDocument['body']): Side[] => flattenBody(body).map((block) => new Side(block))
	const olds = sides(oldBody)
	const news = sides(newBody)
	const a = Int32Array.from(olds, (side) => interner.id(blockKey(side.block)))
	const b = Int32Array.from(news, (side) => interner.id(blockKey(side.block)))
	const anchors = commonSubsequence(a, b)

	const out: BlockDiff[] = []
	const tokenIds = new Interner()
	let i = 0
	let j = 0
	for (const [ai, bj] of [...anchors, [olds.length, news.length] as [number, number]]) {
		const gapOld = olds.slice(i, ai)
		const gapNew = news.slice(j, bj)
		const pairs = pairGap(gapOld, gapNew)
		let x = 0
		let y = 0
		for (const [px, py] of [...pairs, [gapOld.length, gapNew.length] as [number, number]]) {
			// Unpaired blocks keep reading order: deletions before insertions.
			for (; x < px; x++) {
				const side = gapOld[x]!
				out.push({ kind: 'deleted', ...blockShape(side.block), path: null, oldPath: side.block.path, segments: wholeBlock('delete', side) })
				stats.blocksDeleted++
				stats.wordsDeleted += countWords(side)
			}
			for (; y < py; y++) {
				const side = gapNew[y]!
				out.push({ kind: 'inserted', ...blockShape(side.block), path: side.block.path, oldPath: null, segments: wholeBlock('insert', side) })
				stats.blocksInserted++
				stats.wordsInserted += countWords(side)
			}
			if (px < gapOld.length) {
				const before = gapOld[px]!
				const after = gapNew[py]!
				const words = diffTokens(before.tokens, after.tokens, tokenIds)
				const entry: BlockDiff = {
					kind: 'changed',
					...blockShape(after.block),
					path: after.block.path,
					oldPath: before.block.path,
					segments: words.segments,
				}
				if (before.block.type !== after.block.type
					|| before.block.level !== after.block.level
					|| containersKey(before.block.containers) !== containersKey(after.block.containers)) {
					entry.previous = blockShape(before.block)
				}
				out.push(entry)
				stats.blocksChanged++
				stats.wordsInserted += words.wordsInserted
				stats.wordsDeleted += words.wordsDeleted
				x++
				y++
			}
		}
		if (ai < olds.length) {
			const side = news[bj]!
			out.push({ kind: 'equal', ...blockShape(side.block), path: side.block.path, oldPath: olds[ai]!.block.path, segments: wholeBlock('equal', side) })
			stats.blocksEqual++
		}
		i = ai + 1
		j = bj + 1
	}
	return out
}

/* ------------------------------------------------------------------ */
/* Metadata and attachments                                            */
/* ------------------------------------------------------------------ */

const META_TEXT_FIELDS: MetaTextField[] = ['title', 'type', 'language', 'reference', 'unit', 'decisionBody', 'place']

function signatoryKey(s: Signatory): string {
	return `${s.name}\u0000${s.title ?? ''}`
}

/** Items of `a` missing from `b`, counting duplicates. */
function missing<T>(a: T[], b: T[], key: (item: T) => string): T[] {
	const counts = new Map<string, number>()
	for (const item of b) {
		counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
	}
	return a.filter((item) => {
		const left = counts.get(key(item)) ?? 0
		if (left > 0) {
			counts.set(key(item), left - 1)
			return false
		}
		return true
	})
}

export function diffMeta(oldMeta: DocumentMeta, newMeta: DocumentMeta): MetaChange[] {
	const changes: MetaChange[] = []
	for (const field of META_TEXT_FIELDS) {
		const before = oldMeta[field] ?? null
		const after = newMeta[field] ?? null
		if (before !== after) {
			changes.push({ field, old: before, new: after, segments: diffText(before ?? '', after ?? '') })
		}
	}
	const id = (s: string) => s
	const oldKeywords = oldMeta.keywords ?? []
	const newKeywords = newMeta.keywords ?? []
	const keywordsAdded = missing(newKeywords, oldKeywords, id)
	const keywordsRemoved = missing(oldKeywords, newKeywords, id)
	if (keywordsAdded.length > 0 || keywordsRemoved.length > 0) {
		changes.push({ field: 'keywords', added: keywordsAdded, removed: keywordsRemoved })
	}
	const oldSignatories = oldMeta.signatories ?? []
	const newSignatories = newMeta.signatories ?? []
	const added = missing(newSignatories, oldSignatories, signatoryKey)
	const removed = missing(oldSignatories, newSignatories, signatoryKey)
	if (added.length > 0 || removed.length > 0) {
		changes.push({ field: 'signatories', added, removed })
	}
	return changes
}

export function diffAttachments(before: Attachment[], after: Attachment[]): AttachmentChanges {
	const oldById = new Map(before.map((a) => [a.fileId, a]))
	const newById = new Map(after.map((a) => [a.fileId, a]))
	const added = after.filter((a) => !oldById.has(a.fileId))
	const removed = before.filter((a) => !newById.has(a.fileId))
	const renamed: AttachmentChanges['renamed'] = []
	for (const a of after) {
		const old = oldById.get(a.fileId)
		if (old && old.name !== a.name) {
			renamed.push({ fileId: a.fileId, oldName: old.name, newName: a.name })
		}
	}
	const keptOld = before.filter((a) => newById.has(a.fileId)).map((a) => a.fileId)
	const keptNew = after.filter((a) => oldById.has(a.fileId)).map((a) => a.fileId)
	const reordered = keptOld.some((id, index) => keptNew[index] !== id)
	return { added, removed, renamed, reordered }
}

/* ------------------------------------------------------------------ */
/* Entry point                                                         */
/* ------------------------------------------------------------------ */

/** Everything that changed from `before` to `after`. */
export function diffDocuments(before: PolicyDocument, after: PolicyDocument): DocumentDiff {
	const stats: DiffStats = { blocksEqual: 0, blocksInserted: 0, blocksDeleted: 0, blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 }
	const blocks = diffBody(before.body, after.body, stats)
	const meta = diffMeta(before.meta, after.meta)
	const attachments = diffAttachments(before.attachments, after.attachments)
	const identical = stats.blocksInserted + stats.blocksDeleted + stats.blocksChanged === 0
		&& meta.length === 0
		&& attachments.added.length + attachments.removed.length + attachments.renamed.length === 0
		&& !attachments.reordered
	return { blocks, meta, attachments, stats, identical }
}
