/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BlockDiff, DiffSegment, DocumentDiff } from '../../../src/model/diff'
import { commonSubsequence, diffAttachments, diffDocuments, diffMeta, diffText, flattenBody, tokenize } from '../../../src/model/diff'
import { markdownToDocument } from '../../../src/model/markdown'
import type { BlockNode, DocumentMeta, InlineNode, ListItemNode, Mark, PolicyDocument, TableCellNode } from '../../../src/model/types'

/** Any node seen as a tree, for tests that walk a body by index path and edit text nodes in place. */
interface TreeNode {
	type: string
	text?: string
	content?: TreeNode[]
}

/* Small local builders in the doc(p('foo')) style. */
type Inline = InlineNode | string
const inline = (content: Inline[]): InlineNode[] => content.map((c) => typeof c === 'string' ? { type: 'text', text: c } : c)
const p = (...content: Inline[]): BlockNode => ({ type: 'paragraph', content: inline(content) })
const h = (level: 1 | 2 | 3, ...content: Inline[]): BlockNode => ({ type: 'heading', attrs: { level }, content: inline(content) })
const text = (value: string, ...marks: Mark[]): InlineNode => ({ type: 'text', text: value, marks })
const bold: Mark = { type: 'bold' }
const li = (...content: BlockNode[]): ListItemNode => ({ type: 'listItem', content })
const ul = (...items: ListItemNode[]): BlockNode => ({ type: 'bulletList', content: items })
const ol = (...items: ListItemNode[]): BlockNode => ({ type: 'orderedList', attrs: { start: 1 }, content: items })
const td = (...content: BlockNode[]): TableCellNode => ({ type: 'tableCell', content })
const th = (...content: BlockNode[]): TableCellNode => ({ type: 'tableHeader', content })
const table = (...rows: TableCellNode[][]): BlockNode => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells })) })
const quote = (...content: BlockNode[]): BlockNode => ({ type: 'blockquote', content })
const baseMeta: DocumentMeta = { title: 'Policy', type: 'policy', language: 'sv' }
const doc = (...content: BlockNode[]): PolicyDocument => ({ schemaVersion: 1, meta: { ...baseMeta }, attachments: [], body: { type: 'doc', content } })

const changed = (diff: DocumentDiff): BlockDiff[] => diff.blocks.filter((b) => b.kind !== 'equal')
const ops = (segments: DiffSegment[]) => segments.map((s) => [s.op, s.text])
const oldSide = (segments: DiffSegment[]) => segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')
const newSide = (segments: DiffSegment[]) => segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')

describe('commonSubsequence (Myers, linear space)', () => {
	function lcsLength(a: number[], b: number[]): number {
		const row = new Array(b.length + 1).fill(0)
		for (let i = 1; i <= a.length; i++) {
			let diagonal = 0
			for (let j = 1; j <= b.length; j++) {
				const up = row[j]
				row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1])
				diagonal = up
			}
		}
		return row[b.length]
	}

	// A fixed-seed generator so a failure is reproducible.
	function random(seed: number) {
		let state = seed
		return () => {
			state = (state * 1103515245 + 12345) & 0x7fffffff
			return state / 0x7fffffff
		}
	}

	it('finds a longest common subsequence for 400 random pairs', () => {
		const rand = random(42)
		for (let round = 0; round < 400; round++) {
			const alphabet = 1 + Math.floor(rand() * 5)
			const a = Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * alphabet))
			const b = Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * alphabet))
			const pairs = commonSubsequence(a, b)
			let lastI = -1
			let lastJ = -1
			for (const [i, j] of pairs) {
				expect(a[i]).toBe(b[j])
				expect(i).toBeGreaterThan(lastI)
				expect(j).toBeGreaterThan(lastJ)
				lastI = i
				lastJ = j
			}
			expect(pairs.length, `a=${a} b=${b}`).toBe(lcsLength(a, b))
		}
	})

	it('handles empty and identical inputs', () => {
		expect(commonSubsequence([], [])).toEqual([])
		expect(commonSubsequence([1, 2], [])).toEqual([])
		expect(commonSubsequence([], [1])).toEqual([])
		expect(commonSubsequence([1, 2, 3], [1, 2, 3])).toEqual([[0, 0], [1, 1], [2, 2]])
	})
})

describe('tokenize', () => {
	it('keeps letters with diacritics inside words in many scripts', () => {
		expect(tokenize('Västerås stad')).toEqual(['Västerås', ' ', 'stad'])
		expect(tokenize('Są miasta')).toEqual(['Są', ' ', 'miasta'])
		expect(tokenize('të drejtat')).toEqual(['të', ' ', 'drejtat'])
		expect(tokenize('Η πόλη')).toEqual(['Η', ' ', 'πόλη'])
		expect(tokenize('المدينة الرقمية')).toEqual(['المدينة', ' ', 'الرقمية'])
	})

	it('keeps a decomposed å (a + combining ring) in one word', () => {
		expect(tokenize('Va\u0308stera\u030as')).toEqual(['Va\u0308stera\u030as'])
	})

	it('splits punctuation and keeps whitespace runs', () => {
		expect(tokenize('„Miasta”, 2024.  OK')).toEqual(['„', 'Miasta', '”', ',', ' ', '2024', '.', '  ', 'OK'])
		expect(tokenize("don't stop")).toEqual(["don't", ' ', 'stop'])
	})

	it('gives each Han character its own token', () => {
		expect(tokenize('数字城市')).toEqual(['数', '字', '城', '市'])
	})

	it('keeps astral characters whole', () => {
		expect(tokenize('a 😀 b')).toEqual(['a', ' ', '😀', ' ', 'b'])
	})
})

describe('flattenBody', () => {
	it('gives each text block its path and containers', () => {
		const body = doc(
			h(1, 'Title'),
			ul(li(p('one')), li(p('two'), ul(li(p('nested'))))),
			table([th(p('A')), th(p('B'))], [td(p('1')), td(p('2'))]),
			quote(p('quoted')),
		).body
		const flat = flattenBody(body)
		expect(flat.map((b) => [b.type, b.text, b.path])).toEqual([
			['heading', 'Title', [0]],
			['paragraph', 'one', [1, 0, 0]],
			['paragraph', 'two', [1, 1, 0]],
			['paragraph', 'nested', [1, 1, 1, 0, 0]],
			['paragraph', 'A', [2, 0, 0, 0]],
			['paragraph', 'B', [2, 0, 1, 0]],
			['paragraph', '1', [2, 1, 0, 0]],
			['paragraph', '2', [2, 1, 1, 0]],
			['paragraph', 'quoted', [3, 0]],
		])
		expect(flat[3]!.containers).toEqual([{ type: 'bulletList', item: 1 }, { type: 'bulletList', item: 0 }])
		expect(flat[6]!.containers).toEqual([{ type: 'table', row: 1, column: 0, header: false }])
	})

	it('writes hard breaks as newlines and keeps footnote text, marked', () => {
		const [block] = flattenBody(doc(p('a', { type: 'hardBreak' }, 'b', { type: 'footnote', content: [{ type: 'text', text: 'note' }] })).body)
		expect(block!.text).toBe('a\nbnote')
		expect(block!.runs[3]).toEqual({ text: 'note', footnote: true })
	})
})

describe('diffDocuments: blocks and words', () => {
	it('reports identical documents as identical', () => {
		const a = doc(h(1, 'Policy'), p('Text here.'))
		const diff = diffDocuments(a, structuredClone(a))
		expect(diff.identical).toBe(true)
		expect(diff.blocks.map((b) => b.kind)).toEqual(['equal', 'equal'])
		expect(diff.stats).toEqual({ blocksEqual: 2, blocksInserted: 0, blocksDeleted: 0, blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 })
	})

	it('marks a replaced word inside a paragraph', () => {
		const diff = diffDocuments(doc(p('The city adopts the policy.')), doc(p('The city rejects the policy.')))
		expect(diff.identical).toBe(false)
		const [block] = diff.blocks
		expect(block!.kind).toBe('changed')
		expect(ops(block!.segments)).toEqual([
			['equal', 'The city '],
			['delete', 'adopts'],
			['insert', 'rejects'],
			['equal', ' the policy.'],
		])
		expect(diff.stats.wordsInserted).toBe(1)
		expect(diff.stats.wordsDeleted).toBe(1)
	})

	it('works word by word in Swedish, Polish, Albanian, Greek and Arabic', () => {
		const cases: Array<[string, string, string, string]> = [
			['Västerås stad antar policyn', 'Västerås kommun antar policyn', 'stad', 'kommun'],
			['Miasta są otwarte', 'Miasta będą otwarte', 'są', 'będą'],
			['Bashkia e Tiranës miraton', 'Bashkia e Durrësit miraton', 'Tiranës', 'Durrësit'],
			['Η πόλη αποφασίζει', 'Η περιφέρεια αποφασίζει', 'πόλη', 'περιφέρεια'],
			['المدينة الرقمية المفتوحة', 'المدينة الذكية المفتوحة', 'الرقمية', 'الذكية'],
		]
		for (const [before, after, removed, added] of cases) {
			const [block] = diffDocuments(doc(p(before)), doc(p(after))).blocks
			expect(block!.segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual([removed])
			expect(block!.segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual([added])
		}
	})

	it('folds separating whitespace so a rewritten phrase reads as one change', () => {
		const [block] = diffDocuments(doc(p('keep a b c keep')), doc(p('keep x y z keep'))).blocks
		expect(ops(block!.segments)).toEqual([
			['equal', 'keep '],
			['delete', 'a b c'],
			['insert', 'x y z'],
			['equal', ' keep'],
		])
	})

	it('shows an inserted paragraph without disturbing its neighbours', () => {
		const diff = diffDocuments(
			doc(h(2, 'Goals'), p('First.'), p('Third.')),
			doc(h(2, 'Goals'), p('First.'), p('Second, new.'), p('Third.')),
		)
		expect(diff.blocks.map((b) => b.kind)).toEqual(['equal', 'equal', 'inserted', 'equal'])
		expect(diff.blocks[2]!.path).toEqual([2])
		expect(diff.blocks[2]!.oldPath).toBeNull()
		expect(ops(diff.blocks[2]!.segments)).toEqual([['insert', 'Second, new.']])
		expect(diff.stats.wordsInserted).toBe(2)
	})

	it('shows a deleted paragraph with its old path', () => {
		const diff = diffDocuments(doc(p('One.'), p('Gone entirely.'), p('Three.')), doc(p('One.'), p('Three.')))
		expect(diff.blocks.map((b) => b.kind)).toEqual(['equal', 'deleted', 'equal'])
		expect(diff.blocks[1]!.oldPath).toEqual([1])
		expect(diff.blocks[1]!.path).toBeNull()
		expect(diff.stats.wordsDeleted).toBe(2)
	})

	it('keeps unrelated replacements as a deletion and an insertion, not an edit', () => {
		const diff = diffDocuments(
			doc(p('Keep'), p('The council meets monthly in the town hall.'), p('End')),
			doc(p('Keep'), p('Budget figures follow below this line.'), p('End')),
		)
		expect(changed(diff).map((b) => b.kind)).toEqual(['deleted', 'inserted'])
	})

	it('inserts a list item without marking later items as changed', () => {
		const diff = diffDocuments(
			doc(ol(li(p('alpha')), li(p('gamma')), li(p('delta')))),
			doc(ol(li(p('alpha')), li(p('beta')), li(p('gamma')), li(p('delta')))),
		)
		expect(diff.blocks.map((b) => b.kind)).toEqual(['equal', 'inserted', 'equal', 'equal'])
		expect(diff.blocks[1]!.containers).toEqual([{ type: 'orderedList', item: 1, start: 1 }])
		expect(diff.blocks[3]!.path).toEqual([0, 3, 0])
		expect(diff.blocks[3]!.oldPath).toEqual([0, 2, 0])
	})

	it('diffs a table cell in place', () => {
		const diff = diffDocuments(
			doc(table([th(p('Name')), th(p('Link'))], [td(p('Repo one')), td(p('github.com/a'))])),
			doc(table([th(p('Name')), th(p('Link'))], [td(p('Repo one')), td(p('github.com/b'))])),
		)
		const [cell] = changed(diff)
		expect(cell!.path).toEqual([0, 1, 1, 0])
		expect(cell!.containers).toEqual([{ type: 'table', row: 1, column: 1, header: false }])
		expect(ops(cell!.segments)).toEqual([['equal', 'github.com/'], ['delete', 'a'], ['insert', 'b']])
	})

	it('reports formatting changes with the marks of each side', () => {
		const [block] = diffDocuments(doc(p('Read this now')), doc(p('Read ', text('this', bold), ' now'))).blocks
		expect(block!.kind).toBe('changed')
		expect(block!.segments).toEqual([
			{ op: 'equal', text: 'Read ' },
			{ op: 'delete', text: 'this' },
			{ op: 'insert', text: 'this', marks: [bold] },
			{ op: 'equal', text: ' now' },
		])
	})

	it('reports a changed link target', () => {
		const link = (href: string): Mark => ({ type: 'link', attrs: { href } })
		const [block] = diffDocuments(doc(p(text('site', link('https://a.example')))), doc(p(text('site', link('https://b.example'))))).blocks
		expect(block!.segments.map((s) => [s.op, s.text, s.marks])).toEqual([
			['delete', 'site', [link('https://a.example')]],
			['insert', 'site', [link('https://b.example')]],
		])
	})

	it('says what a block was when only its type or level changed', () => {
		const [block] = diffDocuments(doc(h(2, 'Goals')), doc(h(3, 'Goals'))).blocks
		expect(block!.kind).toBe('changed')
		expect(block!.level).toBe(3)
		expect(block!.previous).toEqual({ type: 'heading', level: 2, containers: [] })
		expect(ops(block!.segments)).toEqual([['equal', 'Goals']])
	})

	it('marks a paragraph that moved into a quote as changed, with its old containers', () => {
		const diff = diffDocuments(doc(p('Quoted words here')), doc(quote(p('Quoted words here'))))
		expect(diff.blocks).toHaveLength(1)
		expect(diff.blocks[0]!.kind).toBe('changed')
		expect(diff.blocks[0]!.previous).toEqual({ type: 'paragraph', containers: [] })
	})

	it('diffs hard breaks and footnotes as text', () => {
		const note = (t: string): InlineNode => ({ type: 'footnote', content: [{ type: 'text', text: t }] })
		const [block] = diffDocuments(doc(p('Line', { type: 'hardBreak' }, 'two', note('old source'))), doc(p('Line', { type: 'hardBreak' }, 'two', note('new source')))).blocks
		expect(block!.segments).toEqual([
			{ op: 'equal', text: 'Line\ntwo' },
			{ op: 'delete', text: 'old', footnote: true },
			{ op: 'insert', text: 'new', footnote: true },
			{ op: 'equal', text: ' source', footnote: true },
		])
	})

	it('rebuilds both texts from the segments of every block', () => {
		const before = doc(h(1, 'Internationell policy'), p('Staden ska arbeta med EU-frågor.'), ul(li(p('Mål ett')), li(p('Mål två'))), p('Slut.'))
		const after = doc(h(1, 'Internationell policy 2024'), p('Kommunen ska arbeta aktivt med EU-frågor!'), ul(li(p('Mål ett')), li(p('Mål tre')), li(p('Mål fyra'))), p('Slut.'))
		const diff = diffDocuments(before, after)
		const oldTexts = diff.blocks.filter((b) => b.kind !== 'inserted').map((b) => oldSide(b.segments))
		const newTexts = diff.blocks.filter((b) => b.kind !== 'deleted').map((b) => newSide(b.segments))
		expect(oldTexts).toEqual(flattenBody(before.body).map((b) => b.text))
		expect(newTexts).toEqual(flattenBody(after.body).map((b) => b.text))
	})
})

describe('diffDocuments: metadata and attachments', () => {
	it('reports changed text fields word by word', () => {
		const changes = diffMeta({ ...baseMeta, reference: 'KS 2005/00123' }, { ...baseMeta, title: 'Revised policy', reference: undefined, unit: 'Stadsledningskontoret' })
		expect(changes).toEqual([
			{ field: 'title', old: 'Policy', new: 'Revised policy', segments: [{ op: 'delete', text: 'Policy' }, { op: 'insert', text: 'Revised policy' }] },
			{ field: 'reference', old: 'KS 2005/00123', new: null, segments: [{ op: 'delete', text: 'KS 2005/00123' }] },
			{ field: 'unit', old: null, new: 'Stadsledningskontoret', segments: [{ op: 'insert', text: 'Stadsledningskontoret' }] },
		])
		expect(newSide(diffText('Policy', 'Revised policy'))).toBe('Revised policy')
		expect(oldSide(diffText('Policy', 'Revised policy'))).toBe('Policy')
	})

	it('reports signatories and keywords added and removed', () => {
		const changes = diffMeta(
			{ ...baseMeta, keywords: ['EU', 'city'], signatories: [{ name: 'Anna', title: 'Mayor' }, { name: 'Bo' }] },
			{ ...baseMeta, keywords: ['city', 'digital'], signatories: [{ name: 'Anna', title: 'Chair' }, { name: 'Bo' }] },
		)
		expect(changes).toEqual([
			{ field: 'keywords', added: ['digital'], removed: ['EU'] },
			{ field: 'signatories', added: [{ name: 'Anna', title: 'Chair' }], removed: [{ name: 'Anna', title: 'Mayor' }] },
		])
	})

	it('reports attachments added, removed, renamed and reordered', () => {
		const result = diffAttachments(
			[{ fileId: 1, name: 'a.pdf' }, { fileId: 2, name: 'b.pdf' }, { fileId: 3, name: 'c.pdf' }],
			[{ fileId: 3, name: 'c.pdf' }, { fileId: 2, name: 'b-v2.pdf' }, { fileId: 4, name: 'd.pdf' }],
		)
		expect(result).toEqual({
			added: [{ fileId: 4, name: 'd.pdf' }],
			removed: [{ fileId: 1, name: 'a.pdf' }],
			renamed: [{ fileId: 2, oldName: 'b.pdf', newName: 'b-v2.pdf' }],
			reordered: true,
		})
		expect(diffAttachments([{ fileId: 1, name: 'a' }], [{ fileId: 1, name: 'a' }])).toEqual({ added: [], removed: [], renamed: [], reordered: false })
	})

	it('counts a metadata-only change as not identical', () => {
		const after = doc(p('x'))
		after.meta.title = 'Other'
		const diff = diffDocuments(doc(p('x')), after)
		expect(diff.identical).toBe(false)
		expect(diff.blocks.map((b) => b.kind)).toEqual(['equal'])
	})
})

/* Corpus: real policy texts, imported with the Markdown importer (tables, lists, quotes, definition lists). */
const corpusDir = join('..', 'shared', 'corpus')
const corpusFiles = readdirSync(corpusDir).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()

function corpusDocument(name: string): PolicyDocument {
	return markdownToDocument(readFileSync(join(corpusDir, name), 'utf8')).document
}

describe('diffDocuments on the corpus', () => {
	it('finds the corpus', () => {
		expect(corpusFiles.length).toBeGreaterThanOrEqual(7)
	})

	it.each(corpusFiles)('%s: replacing one word shows exactly that word', (name) => {
		const before = corpusDocument(name)
		const after = structuredClone(before)
		const flat = flattenBody(after.body)
		// In the longest paragraph, the fifth word of its longest text node becomes a marker word.
		const target = flat.filter((b) => b.type === 'paragraph').sort((x, y) => y.text.length - x.text.length)[0]!
		const node = target.path.reduce<TreeNode>((n, i) => n.content![i]!, after.body)
		const textNode = node.content!.filter((n): n is TreeNode & { text: string } => n.type === 'text').sort((x, y) => y.text.length - x.text.length)[0]!
		const tokens = tokenize(textNode.text)
		const wordIndexes = tokens.flatMap((token, i) => /\p{L}/u.test(token) ? [i] : [])
		const at = wordIndexes[Math.min(4, wordIndexes.length - 1)]!
		const victim = tokens[at]!
		tokens[at] = 'ÄNDRAD'
		textNode.text = tokens.join('')

		const diff = diffDocuments(before, after)
		const edits = changed(diff)
		expect(edits).toHaveLength(1)
		expect(edits[0]!.kind).toBe('changed')
		expect(edits[0]!.path).toEqual(target.path)
		expect(edits[0]!.segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual([victim])
		expect(edits[0]!.segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['ÄNDRAD'])
		expect(diff.stats.blocksEqual).toBe(flat.length - 1)
	})

	it.each(corpusFiles)('%s: deleting a block and inserting a new one are reported where they happened', (name) => {
		const before = corpusDocument(name)
		const after = structuredClone(before)
		const count = after.body.content.length
		const removed = after.body.content.splice(Math.floor(count / 3), 1)[0]!
		after.body.content.splice(Math.floor((2 * count) / 3), 0, p('Ett helt nytt stycke om öppen källkod och öppna data.'))
		const diff = diffDocuments(before, after)
		const edits = changed(diff)
		// A corpus line may repeat (e.g. an empty-looking list item); then the
		// deleted copy may be reported at either repeated position, so compare text.
		const removedTexts = flattenBody({ type: 'doc', content: [removed] }).map((b) => b.text)
		expect(edits.map((b) => b.kind)).toEqual([...removedTexts.map(() => 'deleted'), 'inserted'])
		expect(edits.slice(0, -1).map((b) => oldSide(b.segments))).toEqual(removedTexts)
		expect(newSide(edits.at(-1)!.segments)).toBe('Ett helt nytt stycke om öppen källkod och öppna data.')
	})
})

describe('diffDocuments on the corpus: both texts survive many edits', () => {
	/** Every text node of a body, in order. */
	function textNodes(node: TreeNode, out: Array<{ text: string }> = []): Array<{ text: string }> {
		if (node.type === 'text' && node.text !== undefined) {
			out.push(node as { text: string })
		}
		for (const child of node.content ?? []) {
			textNodes(child, out)
		}
		return out
	}

	it.each(corpusFiles)('%s: segments rebuild the old and the new text of every block', (name) => {
		const before = corpusDocument(name)
		const after = structuredClone(before)
		const nodes = textNodes(after.body)
		// Deterministic edits spread over the document: replace, delete and insert words.
		for (let k = 0; k < 12; k++) {
			const node = nodes[Math.floor((k * nodes.length) / 12)]!
			const tokens = tokenize(node.text)
			const i = Math.floor(tokens.length / 2)
			if (k % 3 === 0) {
				tokens[i] = 'ersatt'
			} else if (k % 3 === 1) {
				tokens.splice(i, 1)
			} else {
				tokens.splice(i, 0, 'nytt ord ')
			}
			node.text = tokens.join('') || 'x'
		}
		after.body.content.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: 'Infogat stycke.' }] })
		const diff = diffDocuments(before, after)
		expect(diff.identical).toBe(false)
		expect(diff.blocks.filter((b) => b.kind !== 'inserted').map((b) => oldSide(b.segments))).toEqual(flattenBody(before.body).map((b) => b.text))
		expect(diff.blocks.filter((b) => b.kind !== 'deleted').map((b) => newSide(b.segments))).toEqual(flattenBody(after.body).map((b) => b.text))
		expect(diffDocuments(before, structuredClone(before)).identical).toBe(true)
	})
})

describe('diffDocuments performance', () => {
	// ~250 pages: 3,000 paragraphs of ~60 words.
	function bigDocument(seed: number): PolicyDocument {
		const words = ['kommunen', 'ska', 'arbeta', 'med', 'öppna', 'data', 'och', 'digitala', 'rättigheter', 'för', 'alla', 'invånare', 'miasta', 'qytetet', 'të', 'drejtat']
		let state = seed
		const next = () => {
			state = (state * 1103515245 + 12345) & 0x7fffffff
			return state
		}
		const blocks: BlockNode[] = []
		for (let i = 0; i < 3000; i++) {
			if (i % 25 === 0) {
				blocks.push(h(2, `Avsnitt ${i / 25 + 1}`))
			}
			blocks.push(p(Array.from({ length: 60 }, () => words[(next() >> 16) % words.length]).join(' ') + ` (${i}).`))
		}
		return doc(...blocks)
	}

	it('diffs a 250-page document with 60 scattered edits quickly', () => {
		const before = bigDocument(7)
		const after = structuredClone(before)
		let edited = 0
		for (let k = 0; k < 60; k++) {
			const block = after.body.content[k * 50 + 3]!
			if (block.type === 'paragraph' && block.content?.[0]?.type === 'text' && block.content[0].text.includes(' data ')) {
				block.content[0].text = block.content[0].text.replace(' data ', ' information ')
				edited++
			}
		}
		// Both away from the edited indexes (50k + 3).
		after.body.content.splice(1001, 0, p('Inserted paragraph.'))
		after.body.content.splice(2001, 2)
		const started = performance.now()
		const diff = diffDocuments(before, after)
		const elapsed = performance.now() - started
		expect(edited).toBeGreaterThan(40)
		expect(diff.stats.blocksChanged).toBe(edited)
		expect(diff.stats.wordsInserted).toBe(edited + 2)
		expect(diff.stats.blocksInserted).toBe(1)
		expect(diff.stats.blocksDeleted).toBe(2)
		// Generous for a shared 2-core machine; typical runs take well under 300 ms.
		expect(elapsed).toBeLessThan(3000)
	})

	it('diffs two unrelated 250-page documents in bounded time', () => {
		const started = performance.now()
		const diff = diffDocuments(bigDocument(1), bigDocument(2))
		const elapsed = performance.now() - started
		expect(diff.stats.blocksEqual).toBeGreaterThan(0)
		expect(elapsed).toBeLessThan(10000)
	})
})
