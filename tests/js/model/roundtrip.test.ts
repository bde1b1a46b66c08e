/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Round trips and seeded random documents: JSON and canonical JSON are
 * stable, cleaning a valid document changes nothing, and every path the
 * validator reports points at the node that was broken.
 */
import { describe, expect, it } from 'vitest'
import {
	blockquote, bold, br, code, dd, dl, doc, dt, fn, h, italic, li, link, ol, p, policyDocument, strike, table, td, th, tr, ul, underline,
} from '../../../src/model/builders'
import type { BlockInput, InlineInput } from '../../../src/model/builders'
import { canonicalJson, documentHash } from '../../../src/model/canonical'
import { markdownToDocument } from '../../../src/model/markdown'
import { normalizeEditorJson, sanitizeDocument } from '../../../src/model/sanitize'
import { schemaData } from '../../../src/model/schema'
import type { BlockNode, DocumentMeta, InlineNode, ListItemNode, PolicyDocument } from '../../../src/model/types'
import { formatErrors, validateDocument } from '../../../src/model/validate'
import { prng } from '../../fixtures/prng.mjs'

const WORDS = ['policy', 'Västerås', 'ąćęłńóśźż', 'ëç', 'Ελληνικά', 'العربية', '„cytat”', '”citat”', '😀', '𝔸𝕓', 'a\u2028b', 'tab\there', '"quoted"', 'back\\slash', '<script>', '&amp;', ' ', '  ']

class RandomDocuments {

	constructor(private readonly random: () => number) {}

	int(max: number): number {
		return Math.floor(this.random() * max)
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)] as T
	}

	words(): string {
		return Array.from({ length: 1 + this.int(4) }, () => this.pick(WORDS)).join(' ')
	}

	inline(allowFootnote = true): InlineInput[] {
		return Array.from({ length: this.int(6) }, (): InlineInput => {
			switch (this.int(allowFootnote ? 10 : 9)) {
			case 0: return bold(this.words())
			case 1: return italic(bold(this.words()))
			case 2: return underline(this.words())
			case 3: return strike(this.words())
			case 4: return code(this.words())
			case 5: return link(this.pick(['https://vasteras.se', 'mailto:a@b.se', '../checklistor/', '#mal', 'tel:+4621']), this.words())
			case 6: return br()
			case 9: return fn(this.words(), br(), ...(bold(this.words()) as InlineNode[]).filter((node) => node.type === 'text'))
			default: return this.words()
			}
		})
	}

	item(depth: number): ListItemNode {
		return li(p(...this.inline()), ...this.blocks(depth + 2, this.int(2)))
	}

	block(depth: number): BlockNode {
		// Containers only while there is room left under maxDepth (40).
		const kind = depth > 30 ? this.int(2) : this.int(9)
		switch (kind) {
		case 0: return p(...this.inline())
		case 1: return h(this.pick([1, 2, 3] as const), ...this.inline())
		case 2: return blockquote(...this.blocks(depth + 1, 1 + this.int(3)))
		case 3: return ul(...Array.from({ length: 1 + this.int(3) }, () => this.item(depth + 1)))
		case 4: return ol(1 + this.int(20), ...Array.from({ length: 1 + this.int(3) }, () => this.item(depth + 1)))
		case 5: {
			const columns = 1 + this.int(4)
			const row = (header: boolean) => tr(...Array.from({ length: columns }, () => (header ? th : td)(p(...this.inline()))))
			return table(row(true), ...Array.from({ length: this.int(4) }, () => row(false)))
		}
		case 6: return dl(dt(...this.inline()), dd(...this.blocks(depth + 2, 1)), dd(p(this.words())))
		default: return p(...this.inline())
		}
	}

	blocks(depth: number, count: number): BlockInput[] {
		return Array.from({ length: count }, () => this.block(depth))
	}

	document(): PolicyDocument {
		const meta: DocumentMeta = {
			title: this.words().trim() || 'T',
			type: this.pick(['policy', 'declaration', 'decision_proposal'] as const),
			language: this.pick(['sv', 'pl', 'sq-AL', 'de-DE', 'en']),
		}
		if (this.int(2) === 0) {
			meta.signatories = [{ name: this.words().trim() || 'N', title: this.words() }]
			meta.reference = 'KS 2005/00123'
		}
		const attachments = Array.from({ length: this.int(3) }, (_, i) => ({ fileId: i + 1, name: `Bilaga ${i + 1}.pdf` }))
		return policyDocument(meta, doc(...this.blocks(2, 1 + this.int(8))), attachments)
	}

}

/** The same value with object keys in a shuffled order at every level. */
function shuffleKeys(value: unknown, random: () => number): unknown {
	if (Array.isArray(value)) {
		return value.map((item) => shuffleKeys(item, random))
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).sort(() => random() - 0.5)
		return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, random)]))
	}
	return value
}

/** Paths of every node in a body, in the validator's notation. */
function nodePaths(node: unknown, path = 'body'): string[] {
	const content = (node as { content?: unknown[] }).content ?? []
	return [path, ...content.flatMap((child, index) => nodePaths(child, `${path}.content[${index}]`))]
}

function at(root: unknown, path: string): Record<string, unknown> {
	let node = root as Record<string, unknown>
	for (const match of path.matchAll(/\[(\d+)\]/g)) {
		node = (node.content as Array<Record<string, unknown>>)[Number(match[1])] as Record<string, unknown>
	}
	return node
}

const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i)

describe('seeded random documents', () => {
	it.each(SEEDS)('seed %i: validates, and survives JSON, canonical JSON and cleaning unchanged', async (seed) => {
		const document = new RandomDocuments(prng(seed)).document()
		const result = validateDocument(document)
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')

		const copy = JSON.parse(JSON.stringify(document))
		expect(copy).toEqual(document)
		expect(canonicalJson(copy)).toBe(canonicalJson(document))
		expect(JSON.parse(canonicalJson(document))).toEqual(document)

		const shuffled = shuffleKeys(document, prng(seed + 1))
		expect(canonicalJson(shuffled)).toBe(canonicalJson(document))
		expect(await documentHash(shuffled)).toBe(await documentHash(document))

		expect(sanitizeDocument(document)).toEqual(document)
		expect(normalizeEditorJson(copy.body)).toEqual(document.body)
	})

	it.each(SEEDS)('seed %i: an unknown attribute anywhere is reported at exactly that node', (seed) => {
		const random = prng(seed)
		const document = JSON.parse(JSON.stringify(new RandomDocuments(random).document()))
		const paths = nodePaths(document.body)
		const path = paths[Math.floor(random() * paths.length)] as string
		const node = at(document.body, path)
		const field = node.type === 'text' ? 'attrs' : 'attrs.bogus'
		if (node.type === 'text') {
			node.attrs = {}
		} else {
			node.attrs = { ...(node.attrs as object), bogus: true }
		}
		const result = validateDocument(document)
		expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([`${path}.${field}`])
	})

	it('cover every node type and mark of the schema across the seeds', () => {
		const seen = new Set<string>()
		const visit = (node: Record<string, unknown>): void => {
			seen.add(String(node.type))
			for (const mark of (node.marks as Array<{ type: string }> | undefined) ?? []) {
				seen.add(`mark:${mark.type}`)
			}
			for (const child of (node.content as Array<Record<string, unknown>> | undefined) ?? []) {
				visit(child)
			}
		}
		for (const seed of SEEDS) {
			visit(new RandomDocuments(prng(seed)).document().body as unknown as Record<string, unknown>)
		}
		const expected = [...Object.keys(schemaData.nodes), ...Object.keys(schemaData.marks).map((mark) => `mark:${mark}`)]
		expect([...seen].sort()).toEqual(expected.sort())
	})

	it('differ in hash when one character changes', async () => {
		const document = new RandomDocuments(prng(7)).document()
		const changed = JSON.parse(JSON.stringify(document))
		changed.meta.title = `${changed.meta.title}.`
		expect(await documentHash(changed)).not.toBe(await documentHash(document))
	})
})

describe('builders', () => {
	it('build every node and mark into a valid document', () => {
		const document = policyDocument(
			{ title: 'Alla noder', type: 'declaration', language: 'sv' },
			doc(
				h(1, 'Rubrik'), h(2, 'Under', bold('rubrik')), h(3),
				p('a', bold('b', italic('c')), underline('d'), strike('e'), code('f'), link('https://x.se'), br(), fn('not')),
				blockquote('citat', ul('x')),
				ul(li('a', ol(2, 'b', li(p('c'), ul('d'))))),
				table(tr(th('A'), th()), tr(td('1'), td(p('2'), p('3')))),
				dl(dt('Term'), dd('Beskrivning')),
				'a plain string becomes a paragraph',
			),
		)
		const result = validateDocument(document)
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')
	})

	it('merge neighbouring text with equal marks and sort marks by schema order', () => {
		expect(p('a', 'b', bold('c'), bold('d'), '')).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'ab' }, { type: 'text', text: 'cd', marks: [{ type: 'bold' }] }] })
		expect(italic(bold('x'))).toEqual(bold(italic('x')))
		expect(link('#a', code('x'))).toEqual([{ type: 'text', text: 'x', marks: [{ type: 'code' }, { type: 'link', attrs: { href: '#a' } }] }])
		expect(doc()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
	})
})

describe('Markdown import round trips', () => {
	it('imports the same text to the same hash twice', async () => {
		const markdown = '# Titel\n\nText med **fet** stil[^1].\n\n[^1]: Not.\n'
		const a = markdownToDocument(markdown).document
		const b = markdownToDocument(markdown).document
		expect(await documentHash(a)).toBe(await documentHash(b))
		expect(normalizeEditorJson(JSON.parse(JSON.stringify(a.body)))).toEqual(a.body)
	})
})
