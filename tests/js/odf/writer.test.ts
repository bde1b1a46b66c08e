/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Golden content.xml for small documents (like pandoc's
 * test/writer.opendocument), each also validated against ODF 1.3 strict.
 * Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
	blockquote, bold, br, code, dd, dl, doc, dt, fn, h, italic, li, link, ol, p, policyDocument, strike, table, td, th, tr, ul, underline,
} from '../../../src/model/builders'
import type { DocumentMeta, PolicyDocument, TableCellNode } from '../../../src/model/types'
import { defaultLabels, exportOdt } from '../../../src/odf/index'
import { contentXml, layoutTable, linkTarget } from '../../../src/odf/writer'
import { formatXml, unpack, validatePackages } from './odfTestUtils'

const GOLDEN_DIR = join('tests', 'fixtures', 'odf')
const NOW = new Date('2026-05-04T09:30:00Z')
const meta: DocumentMeta = { title: 'Golden', type: 'policy', language: 'sv' }

const cases: Record<string, PolicyDocument> = {
	inline: policyDocument(meta, doc(
		p('Plain ', bold('bold'), ' ', italic('italic'), ' ', underline('under'), ' ', strike('struck'), ' ', code('x < y'), ' ', bold(italic('both'))),
		p('  two leading,   three inner\tand a tab & <tags> "quoted"', br(), 'after a break'),
		p(link('https://example.org/a?b=1&c=2', 'a ', bold('bold'), ' link'), ' and ', link('../rules.pdf', 'relative'), ' and ', link('https://example.org/with space', 'spaced')),
		p('Note here', fn('The ', italic('footnote'), ' text', br(), 'second line'), ' and text after.'),
		p('Arabic note', fn('حاشية')),
		p('Forbidden \u0000\u0001\u000b\u001f\ufffe\ud800 gone; astral 𝄞😀 kept.'),
	)),
	lists: policyDocument(meta, doc(
		ul('one', li('two', ul('two a', li('two b', ol('deep 1', 'deep 2')))), 'three'),
		ol(4, 'four', 'five'),
		ol(li('first', table(tr(th('H1'), th('H2')), tr(td('a'), td('b'))), 'after the table'), 'second', 'third'),
		ol('restarts at one'),
	)),
	tables: policyDocument(meta, doc(
		table(
			tr(th('Name'), th('Value'), th('Note')),
			tr(spanned(td('spans two columns'), 2, 1), td('n')),
			tr(spanned(td('spans two rows'), 1, 2), td('b'), td('c')),
			tr(td('short row')),
		),
		table(tr(th('only header'))),
	)),
	blocks: policyDocument({
		title: 'Blocks & more',
		type: 'decision_proposal',
		language: 'ar-EG',
		reference: 'KS 2026/1',
		decisionBody: 'Kommunstyrelsen',
		place: 'Västerås',
		signatories: [{ name: 'Anna Andersson', title: 'Kommundirektör' }, { name: 'Bo Berg' }],
	}, doc(
		h(1, 'Heading one'), h(2, 'Heading two'), h(3, 'Heading three'),
		p('مرحبا بالعالم، هذه فقرة عربية.'),
		p('שלום עולם'),
		p('123 — then Latin, so left to right'),
		blockquote('Quoted', blockquote('Quoted twice', blockquote('Three deep'))),
		dl(dt('Term'), dd('Description one', 'Description two'), dt('Other term'), dd('Other description')),
	), [{ fileId: 1, name: 'Bilaga & plan.pdf' }, { fileId: 2, name: 'Budget.ods' }]),
}

function spanned(cell: TableCellNode, colspan: number, rowspan: number): TableCellNode {
	return { ...cell, attrs: { colspan, rowspan } }
}

describe('content.xml golden files', () => {
	for (const [name, document] of Object.entries(cases)) {
		it(name, () => {
			const { xml, warnings } = contentXml(document, defaultLabels)
			expect(warnings).toEqual([])
			// The writer emits no newline after the declaration, so formatXml is reversible.
			expect(xml.split('\n')).toHaveLength(2)
			const path = join(GOLDEN_DIR, `${name}.content.xml`)
			if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, formatXml(xml))
			expect(formatXml(xml)).toBe(readFileSync(path, 'utf8'))
		})
	}

	it('golden documents give strictly valid packages', () => {
		const packages = Object.values(cases).map((document) => unpack(exportOdt(document, { now: NOW }).bytes))
		expect(validatePackages(packages)).toEqual([])
	}, 60_000)
})

describe('writer details', () => {
	const body = (document: PolicyDocument): string => contentXml(document, defaultLabels).xml.split('<office:text>')[1] as string

	it('drops XML-forbidden characters and keeps every other one', () => {
		const text = 'a\u0000b\u0008c\ud800d\udfffe\uffff f😀g\u200fh\u2028i'
		const xml = body(policyDocument(meta, doc(p(text))))
		expect(xml).toContain('abcde f&#x1F600;g\u200fh\u2028i')
	})

	it('writes astral-plane characters as references, which every XML reader resolves', () => {
		const xml = body(policyDocument(meta, doc(p('𝄞 😀 𠜎'))))
		expect(xml).toContain('&#x1D11E; &#x1F600; &#x2070E;')
		expect(xml).not.toMatch(/[\u{10000}-\u{10FFFF}]/u)
	})

	it('writes a document many encoding batches long whole and in order', () => {
		// About 500 KB of XML, most of it characters that take two bytes in
		// UTF-16 or UTF-8, so it is encoded in many batches.
		const paragraphs = Array.from({ length: 3000 }, (_, i) => p(`${i}: zażółć gęślą jaźń, Västerås, Ελλάδα, ${'ë'.repeat(i % 97)}.`))
		const xml = body(policyDocument(meta, doc(...paragraphs)))
		const found = [...xml.matchAll(/<text:p text:style-name="Text_20_body">(\d+): zażółć gęślą jaźń, Västerås, Ελλάδα, (ë*)\.<\/text:p>/g)]
		expect(found.map((m) => Number(m[1]))).toEqual(Array.from({ length: 3000 }, (_, i) => i))
		expect(found.every((m) => (m[2] as string).length === Number(m[1]) % 97)).toBe(true)
		expect(xml.endsWith('</office:text></office:body></office:document-content>')).toBe(true)
	})

	it('encodes runs of spaces, tabs and line feeds as ODF elements', () => {
		const xml = body(policyDocument(meta, doc(p(' a  b\tc\nd'))))
		expect(xml).toContain('<text:s/>a <text:s/>b<text:tab/>c<text:line-break/>d')
	})

	it('keeps numbering going across a table in a list item', () => {
		const xml = body(cases.lists as PolicyDocument)
		const afterTable = xml.slice(xml.indexOf('</table:table>'))
		expect(afterTable).toMatch(/^<\/table:table><text:list text:style-name="Numbering_20_123" xml:id="list(\d+)" text:continue-list="list(\d+)"><text:list-header>/)
		expect(xml).toContain('<text:list-item text:start-value="4">')
	})

	it('puts leading all-header rows into table:table-header-rows', () => {
		const xml = body(cases.tables as PolicyDocument)
		expect(xml).toMatch(/<table:table-header-rows><table:table-row>(<table:table-cell[^>]*><text:p text:style-name="Table_20_Heading">[^<]*<\/text:p><\/table:table-cell>){3}<\/table:table-row><\/table:table-header-rows>/)
		expect(xml).toContain('table:number-columns-repeated="3"')
	})

	it('lays out spans on a grid with covered cells and pads short rows', () => {
		const c = (colspan = 1, rowspan = 1): TableCellNode => ({ type: 'tableCell', attrs: { colspan, rowspan }, content: [p('x')] })
		const grid = layoutTable([[c(2, 2), c()], [c()], [c(), c(1, 5)]], 0)
		expect(grid.columns).toBe(3)
		expect(grid.rows.map((row) => row.map((slot) => (slot === null ? '-' : slot.cell === undefined ? '0' : `${slot.colspan}x${slot.rowspan}`)).join(' '))).toEqual([
			'2x2 - 1x1',
			'- - 1x1',
			'1x1 1x1 0',
		])
	})

	it('makes relative links reach out of the document folder and encodes what IRIs exclude', () => {
		expect(linkTarget('https://example.org/a b')).toBe('https://example.org/a%20b')
		expect(linkTarget('policy.pdf')).toBe('../policy.pdf')
		expect(linkTarget('#section')).toBe('#section')
		expect(linkTarget('mailto:a@example.org')).toBe('mailto:a@example.org')
	})

	it('gives right-to-left paragraphs a right-to-left style and leaves others alone', () => {
		const xml = contentXml(cases.blocks as PolicyDocument, defaultLabels).xml
		expect(xml).toContain('<style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="start"/>')
		expect(xml).toMatch(/<text:p text:style-name="P\d+">مرحبا/)
		expect(xml).toMatch(/<text:p text:style-name="P\d+">שלום/)
		expect(xml).toContain('<text:p text:style-name="Text_20_body">123 — then Latin')
	})

	it('prints the title once when the body opens with it as a level-1 heading', () => {
		const titled = (first: string): string => contentXml(policyDocument({ ...meta, title: 'Digital  policy' }, doc(h(1, first), p('Text'))), defaultLabels).xml
		expect(titled('Digital policy')).not.toContain('text:style-name="Title"')
		expect(titled('Another heading')).toContain('<text:p text:style-name="Title">Digital <text:s/>policy</text:p>')
	})

	it('warns about and skips nodes the model does not know, and goes on', () => {
		const bad = policyDocument(meta, doc(p('before'))) as unknown as { body: { content: unknown[] } }
		bad.body.content.push({ type: 'video', content: [] }, { type: 'paragraph', content: [{ type: 'emoji' }, { type: 'text', text: 'after' }] })
		const result = contentXml(bad as unknown as PolicyDocument, defaultLabels)
		expect(result.warnings).toEqual(['unknown block node "video" skipped', 'unknown inline node "emoji" skipped'])
		expect(result.xml).toContain('before')
		expect(result.xml).toContain('after')
	})

	it('prints the attachment list and signature lines with the given labels', () => {
		const labels = { ...defaultLabels, attachments: 'Bilagor', attachment: 'Bilaga %n', place: 'Ort', date: 'Datum', signature: 'Underskrift' }
		const xml = contentXml(cases.blocks as PolicyDocument, labels).xml
		expect(xml).toContain('>Bilagor</text:p>')
		expect(xml).toContain('>Bilaga 1: Bilaga &amp; plan.pdf</text:p>')
		expect(xml).toContain('>Bilaga 2: Budget.ods</text:p>')
		expect(xml).toContain('Ort: Västerås<text:tab/>Datum: ')
		expect(xml.match(/Underskrift: /g)).toHaveLength(2)
		expect(xml).toContain('>Kommundirektör</text:p>')
	})
})
