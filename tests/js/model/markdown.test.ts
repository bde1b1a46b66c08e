/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bold, br, code, doc, fn, h, italic, li, link, ol, p, strike, table, td, th, tr, ul } from '../../../src/model/builders'
import { MarkdownImportError, markdownToDocument } from '../../../src/model/markdown'
import { splitTableRow } from '../../../src/model/markdown/blocks'
import { schemaData } from '../../../src/model/schema'
import type { AnyNode, BlockNode, DocNode, InlineNode, Mark } from '../../../src/model/types'
import { formatErrors, validateDocument } from '../../../src/model/validate'

const corpusDir = join('..', 'shared', 'corpus')

/**
 * The independent reading: pandoc's AST of each file
 * (`pandoc -f gfm+footnotes+definition_lists -t json`), printed by
 * corpus/pandoc-reference.mjs. `words` is the number of whitespace-separated
 * words in all text (headings, paragraphs, cells, footnotes, code, alt text,
 * raw HTML other than comments and <br>), and `wordsSha256` the SHA-256 of
 * those words joined by "\n", so the test proves that the same words, in the
 * same order, come through. Links count runs of text under one link.
 * There is no intended difference from pandoc on this corpus; differences
 * we chose elsewhere (GFM autolinks only after a scheme or "www.", hence
 * gfm and not commonmark_x, whose fancy_lists would read BITV's "a)" items
 * as lists) are explained in pandoc-reference.mjs. The corpus has no
 * footnotes; footnotes are covered by the synthetic cases below.
 */
const reference: Record<string, { headings: number, tables: number, footnotes: number, links: number, listItems: number, definitionLists: number, words: number, wordsSha256: string }> = {
	'README.md': { headings: 1, tables: 1, footnotes: 0, links: 0, listItems: 0, definitionLists: 0, words: 249, wordsSha256: '77931bd0785cda5ec1010b05568f9c2dc7c215ba3b3e0f816b62fe65677176a7' },
	'de-bitv-2-0-barrierefreie-informationstechnik.md': { headings: 17, tables: 0, footnotes: 0, links: 2, listItems: 57, definitionLists: 1, words: 2154, wordsSha256: 'b678f9bc110fcae1294e215c62bdfddeb947ad39bd1de5dbda275452c9be5db3' },
	'de-bonn-muenster-musterlastenheft-datenhoheit.md': { headings: 13, tables: 0, footnotes: 0, links: 14, listItems: 13, definitionLists: 0, words: 1179, wordsSha256: '5640fff8ec2f451d8c43c5e6ebfa942747bcd36f0fba03aa7a9c130cc97410cc' },
	'pl-inkluzywne-inteligentne-miasta.md': { headings: 3, tables: 0, footnotes: 0, links: 1, listItems: 11, definitionLists: 0, words: 719, wordsSha256: 'f7e81a99aa4835e8864b4238f012033b12101a5b7fb123c5a0bcb989a252c0a2' },
	'sq-koalicioni-qyteteve-te-drejtat-digjitale.md': { headings: 1, tables: 0, footnotes: 0, links: 0, listItems: 5, definitionLists: 0, words: 561, wordsSha256: '99d4b02bc963311b31be8517da8ee4e6284c69590fd0360dc54d760553109249' },
	'sv-digg-arbete-pa-github.md': { headings: 28, tables: 1, footnotes: 0, links: 56, listItems: 28, definitionLists: 0, words: 2240, wordsSha256: 'cdc6abf6d391044f2f80c6a1356a853e44e1e125664b8f056b9890306dc8c64d' },
	'sv-helsingfors-deklarationen.md': { headings: 2, tables: 0, footnotes: 0, links: 0, listItems: 18, definitionLists: 0, words: 513, wordsSha256: '6a204706d36ee9bfe18c5388d892c44b0dd4348944eeec8498986dce32e5d874' },
	'sv-vasteras-internationell-policy.md': { headings: 14, tables: 0, footnotes: 0, links: 4, listItems: 29, definitionLists: 0, words: 1213, wordsSha256: '3b99d6113275e113a6874982fc6c2f3b182e366b069122b7d261e282ae606e2d' },
}

/** Warnings each corpus file should produce (BITV has indented code blocks inside a list item). */
const expectedWarnings: Record<string, string[]> = {
	'de-bitv-2-0-barrierefreie-informationstechnik.md': ['Code blocks were turned into paragraphs in code style.'],
}

const corpusFiles = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort()

function importFile(name: string) {
	return markdownToDocument(readFileSync(join(corpusDir, name), 'utf8'))
}

function children(node: AnyNode): AnyNode[] {
	return 'content' in node && Array.isArray(node.content) ? node.content as AnyNode[] : []
}

/** Every node in document order. */
function all(node: AnyNode): AnyNode[] {
	return [node, ...children(node).flatMap(all)]
}

function ofType<T extends AnyNode['type']>(node: AnyNode, type: T): Array<Extract<AnyNode, { type: T }>> {
	return all(node).filter((n): n is Extract<AnyNode, { type: T }> => n.type === type)
}

/** Text of a node: text nodes concatenated, hard breaks as "\n", blocks separated by a space. */
function textOf(node: AnyNode): string {
	if (node.type === 'text') {
		return node.text
	}
	if (node.type === 'hardBreak') {
		return '\n'
	}
	const inline = children(node).every((child) => child.type === 'text' || child.type === 'hardBreak' || child.type === 'footnote')
	return children(node).map(textOf).join(inline ? '' : ' ')
}

function counts(body: DocNode) {
	const words: string[] = []
	let links = 0
	for (const node of all(body)) {
		let previous: string | null = null
		for (const child of children(node)) {
			const mark = child.type === 'text' ? child.marks?.find((m) => m.type === 'link') : undefined
			const key = mark === undefined ? null : JSON.stringify(mark)
			if (key !== null && key !== previous) {
				links++
			}
			previous = key
		}
	}
	const collect = (node: AnyNode): void => {
		if (node.type === 'text') {
			words.push(node.text)
			return
		}
		words.push(' ')
		children(node).forEach(collect)
		words.push(' ')
	}
	collect(body)
	const list = words.join('').split(/\s+/).filter((word) => word !== '')
	return {
		headings: ofType(body, 'heading').length,
		tables: ofType(body, 'table').length,
		footnotes: ofType(body, 'footnote').length,
		links,
		listItems: ofType(body, 'listItem').length,
		definitionLists: ofType(body, 'definitionList').length,
		words: list.length,
		wordsSha256: createHash('sha256').update(list.join('\n')).digest('hex'),
	}
}

function hasMark(node: AnyNode, type: Mark['type']): boolean {
	return node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === type)
}

function bodyOf(markdown: string): BlockNode[] {
	return markdownToDocument(markdown).document.body.content
}

describe('table rows', () => {
	it.each([
		['| a | b |', ['a', 'b']],
		['a | b', ['a', 'b']],
		['a|b|', ['a', 'b']],
		['| a \\| b | c |', ['a | b', 'c']],
		['|  | x |', ['', 'x']],
		['\\\\|a', ['\\|a']],
		['| `x \\| y` | \\|', ['`x | y`', '|']],
		['|', []],
		['no pipe', ['no pipe']],
	])('%s', (row, cells) => {
		expect(splitTableRow(row)).toEqual(cells)
	})
})

describe('every corpus file', () => {
	it('is listed in the reference table (a new file needs its pandoc reading)', () => {
		expect(corpusFiles).toEqual(Object.keys(reference).sort())
	})

	it.each(corpusFiles)('%s imports into a valid document', (name) => {
		const { document, warnings } = importFile(name)
		const result = validateDocument(document)
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')
		expect(warnings).toEqual(expectedWarnings[name] ?? [])
		// Round trip through JSON changes nothing.
		expect(JSON.parse(JSON.stringify(document))).toEqual(document)
	})

	it.each(corpusFiles)('%s keeps the headings, tables, footnotes, links, list items and words pandoc reads', (name) => {
		expect(counts(importFile(name).document.body)).toEqual(reference[name])
	})

	it.each(corpusFiles)('%s drops the HTML comment header and never keeps comment text', (name) => {
		const text = textOf(importFile(name).document.body)
		expect(text).not.toContain('<!--')
		expect(text).not.toContain('licence:')
	})
})

describe('corpus spot checks', () => {
	it('Västerås: title, "Förslag till beslut", Bilaga 1–6, signatories with hard breaks, three heading levels', () => {
		const { document } = importFile('sv-vasteras-internationell-policy.md')
		const body = document.body
		expect(document.meta).toEqual({ title: 'Internationella frågor; Revidering av Internationell policy och antagande av handlingsplan för Västerås stad', type: 'policy', language: 'en' })
		expect(body.content).toContainEqual(h(2, 'Förslag till beslut'))
		expect(body.content).toContainEqual(h(1, 'INTERNATIONELL POLICY FOR VASTERÅS STAD'))
		expect(new Set(ofType(body, 'heading').map((heading) => heading.attrs.level))).toEqual(new Set([1, 2, 3]))
		expect(body.content).toContainEqual(ul(
			'Bilaga 1: Internationell policy',
			'Bilaga 2: Sammanfattande bakgrund',
			'Bilaga 3: Handlingsplan för 2006 och 2007',
			'Bilaga 4: Matris',
			'Bilaga 5: Redovisning på pågående och nyligen genomförda EU-projekt',
			'Bilaga 6: Västerås stadsvänorter',
		))
		expect(body.content).toContainEqual(p('Monica Ericsson', br(), 'Stadsdirektör'))
		expect(body.content).toContainEqual(p('Birgitta Berg', br(), 'Internationell samordnare'))
		expect(textOf(body)).toContain('anta reviderad ”Internationell policy för Västerås stad”, jämte bilagor.')
	})

	it('Polish: „…” quotes, diacritics, numbered commitments, bold lead-ins, the quote', () => {
		const body = importFile('pl-inkluzywne-inteligentne-miasta.md').document.body
		expect(textOf(body)).toContain('zaangażowanych i „inteligentnych” obywateli')
		const numbered = ofType(body, 'orderedList')
		expect(numbered).toHaveLength(1)
		expect(numbered[0]?.attrs?.start).toBe(1)
		expect(numbered[0]?.content).toHaveLength(5)
		expect(textOf(numbered[0]?.content[0] as AnyNode)).toBe('Wymiany doświadczeń z zakresu skutecznych i powtarzalnych najlepszych praktyk.')
		expect(ofType(body, 'text').filter((node) => hasMark(node, 'bold')).map((node) => node.text)).toContain('Podnoszenie świadomości obywateli')
		const quote = ofType(body, 'blockquote')[0]
		expect(quote?.content.map((block) => textOf(block))).toEqual(['Chcemy wspólnie działać i wspierać', 'EIP SCC Citizen Focus Action Cluster'])
	})

	it('Albanian: ë and the other letters survive', () => {
		const { document } = importFile('sq-koalicioni-qyteteve-te-drejtat-digjitale.md')
		expect(document.meta.title).toBe('Koalicioni i Qyteteve për të Drejtat Digjitale')
		expect(textOf(document.body)).toContain('Barcelonës dhe New York në Nëntor 2018')
		expect(textOf(document.body)).toContain('përbashkëta digjitale')
	})

	it('Digg: the GFM table with links, code and <br> in cells', () => {
		const body = importFile('sv-digg-arbete-pa-github.md').document.body
		const tables = ofType(body, 'table')
		expect(tables).toHaveLength(1)
		const rows = tables[0]?.content ?? []
		expect(rows).toHaveLength(3)
		expect(rows[0]).toEqual(tr(th('Organisation'), th('Syfte'), th('Huvudansvariga')))
		expect(rows[1]?.content.map((cell) => cell.type)).toEqual(['tableCell', 'tableCell', 'tableCell'])
		expect(rows[1]?.content[0]).toEqual(td(p(link('https://github.com/diggsweden', 'DiggSweden'))))
		expect(rows[1]?.content[2]).toEqual(td(p(
			link('mailto:ospo@digg.se', code('ospo@digg.se')),
			' (', bold('Open Source Guild'), ' — fyller mycket av en ', link('../terminologi/', 'OSPO'), '-funktion på Digg)',
			br(),
			'GitHub-användare med rollen Owner',
		)))
		expect(rows[2]?.content[0]).toEqual(td(p(link('https://github.com/swedenconnect', 'SwedenConnect'))))
	})

	it('Digg: loose lists, bold-italic, headings with links, relative and fragment links', () => {
		const body = importFile('sv-digg-arbete-pa-github.md').document.body
		const looseItem = ofType(body, 'listItem').find((item) => item.content.filter((block) => block.type === 'paragraph').length > 1)
		expect(looseItem).toBeDefined()
		expect(ofType(body, 'listItem').some((item) => item.content.some((block) => block.type === 'bulletList'))).toBe(true)
		expect(ofType(body, 'text').find((node) => node.text === 'Rekommenderad svarstid för ett ärende är fem dagar.')?.marks).toEqual([{ type: 'bold' }, { type: 'italic' }])
		expect(body.content).toContainEqual(h(3, 'Paketarkiv: ', link('https://www.npmjs.com/', 'npmjs.com')))
		const hrefs = ofType(body, 'text').flatMap((node) => node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs.href)
		expect(hrefs).toContain('../checklistor/')
		expect(hrefs.some((href) => href.startsWith('#'))).toBe(true)
		expect(hrefs.some((href) => href.startsWith('mailto:'))).toBe(true)
	})

	it('Bonn/Münster: blockquotes holding lists, hard breaks, <br/> spacers, inline code', () => {
		const body = importFile('de-bonn-muenster-musterlastenheft-datenhoheit.md').document.body
		const quotesWithLists = ofType(body, 'blockquote').filter((quote) => quote.content.some((block) => block.type === 'bulletList'))
		expect(quotesWithLists.length).toBeGreaterThanOrEqual(1)
		const first = quotesWithLists[0]
		expect(first?.content[0]).toEqual(p('Erläuterung zu den Punkten:'))
		expect(first?.content[1]?.type).toBe('bulletList')
		expect((first?.content[1] as { content: AnyNode[] }).content.map((item) => textOf(item).slice(0, 10))).toEqual(['Zweck 1.1:', 'Zweck 1.2:', 'Zweck 1.3:'])
		expect(body.content[1]).toEqual(p('Der Text „Musterlastenheft zur kommunalen Datenhoheit“ steht unter der Lizenz CC-BY 4.0:', br(), 'Stadt Bonn / Stadt Münster'))
		// The raw <br/> line between sections is a spacer: an empty paragraph.
		expect(body.content[3]).toEqual(p())
		expect(ofType(body, 'text').filter((node) => hasMark(node, 'code')).map((node) => node.text)).toContain('Musterstadt')
		expect(textOf(body)).toContain('\u00a0')
	})

	it('Helsingfors: the nested list under the second principle', () => {
		const body = importFile('sv-helsingfors-deklarationen.md').document.body
		const nested = ofType(body, 'listItem').find((item) => item.content[1]?.type === 'bulletList')
		expect(textOf(nested?.content[0] as AnyNode)).toMatch(/^Att ett snabbt framtagande/)
		expect((nested?.content[1] as { content: AnyNode[] }).content.map((item) => textOf(item))).toEqual([
			'livskvaliteten och arbetskvaliteten,',
			'sysselsättningen,',
			'kvaliteten och kostnadseffektiviteten hos processer och tjänster,',
			'förvaltningen och demokratin på alla nivåer,',
			'möjligheterna för den sociala ekonomin och en hållbar utveckling,',
		])
	})

	it('BITV: definition list, escapes, bare URLs without the escape backslash', () => {
		const body = importFile('de-bitv-2-0-barrierefreie-informationstechnik.md').document.body
		const list = ofType(body, 'definitionList')[0]
		expect(list?.content.map((node) => `${node.type}:${textOf(node)}`)).toEqual([
			'definitionTerm:Ausfertigungsdatum', 'definitionDescription:2011-09-12',
			'definitionTerm:Fundstelle', 'definitionDescription:BGBl I: 2011, 1843',
			'definitionTerm:Zuletzt geändert durch', 'definitionDescription:Art. 1 V v. 21.5.2019 I 738',
		])
		expect(textOf(body)).toContain('12.10.2018')
		expect(textOf(body)).not.toContain('12\\.10.2018')
		const links = ofType(body, 'text').filter((node) => hasMark(node, 'link'))
		expect(links.map((node) => node.text)).toEqual([
			'http://www.dgs-filme.de/GWHomepage/dgslogo_ls.htm',
			'http://www.dgs-filme.de/GWHomepage/images/dgs_symbol_57.png',
		])
	})
})

describe('markdownToDocument', () => {
	it('reads headings, clamping levels 4–6 to 3 with a warning', () => {
		const { document, warnings } = markdownToDocument('# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six')
		expect(document.body).toEqual(doc(h(1, 'One'), h(2, 'Two'), h(3, 'Three'), h(3, 'Four'), h(3, 'Six')))
		expect(warnings).toEqual(['Headings below level 3 were imported as level 3.'])
	})

	it('reads emphasis, strong, strike, code and their combinations', () => {
		expect(bodyOf('*i* **b** ~~s~~ `c` ***bi*** **b *bi* b** `*not emphasis*`')).toEqual([p(
			italic('i'), ' ', bold('b'), ' ', strike('s'), ' ', code('c'), ' ', bold(italic('bi')), ' ', bold('b ', italic('bi'), ' b'), ' ', code('*not emphasis*'),
		)])
	})

	it('reads links: inline with title, autolinks, mailto, relative, fragment, bare URLs', () => {
		const body = bodyOf('[a](https://x.se "T") <https://y.se/å?q=1> <ospo@digg.se> [r](../checklistor/) [f](#mal) www.example.org https://z.se/%20a ospo@digg.se policy.md')
		expect(body).toEqual([p(
			[{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://x.se', title: 'T' } }] }],
			' ', link('https://y.se/%C3%A5?q=1', 'https://y.se/å?q=1'),
			' ', link('mailto:ospo@digg.se', 'ospo@digg.se'),
			' ', link('../checklistor/', 'r'),
			' ', link('#mal', 'f'),
			' ', link('http://www.example.org', 'www.example.org'),
			' ', link('https://z.se/%20a', 'https://z.se/%20a'),
			' ', link('mailto:ospo@digg.se', 'ospo@digg.se'),
			' policy.md',
		)])
	})

	it('reads text with no inline syntax as one text node, and still finds bare links in text with no other syntax', () => {
		expect(bodyOf('Plain text: å, ą, ë, Ελλάδα, مرحبا 😀 a:b (c) !? #1 +2 =3 {4} |5|')).toEqual([p('Plain text: å, ą, ë, Ελλάδα, مرحبا 😀 a:b (c) !? #1 +2 =3 {4} |5|')])
		expect(bodyOf('| A | B |\n|---|---|\n| one  two | x |\n')).toEqual([table(tr(th('A'), th('B')), tr(td('one  two'), td('x')))])
		expect(bodyOf('- Mail ospo@digg.se\n- See WWW.example.org\n- Go to https://x.se\n')).toEqual([ul(
			li(p('Mail ', link('mailto:ospo@digg.se', 'ospo@digg.se'))),
			li(p('See ', link('http://WWW.example.org', 'WWW.example.org'))),
			li(p('Go to ', link('https://x.se', 'https://x.se'))),
		)])
	})

	it('keeps the text of links the schema refuses, and never makes javascript: a link', () => {
		const { document, warnings } = markdownToDocument('[x](javascript:alert(1)) [y](ftp://files.example.org/a) [z](HTTPS://X.SE)')
		expect(document.body).toEqual(doc(p('[x](javascript:alert(1)) y ', link('https://X.SE', 'z'))))
		expect(warnings).toEqual(['The link to "ftp://files.example.org/a" is not a web, mail, phone or relative address, so only its text was kept.'])
	})

	it('reads bullet and ordered lists with start and nesting five deep', () => {
		const markdown = '3. three\n4. four\n   - a\n     - b\n       1. c\n          - d\n            - e\n'
		expect(bodyOf(markdown)).toEqual([ol(3, 'three', li(p('four'), ul(li(p('a'), ul(li(p('b'), ol(li(p('c'), ul(li(p('d'), ul('e')))))))))))])
	})

	it('reads loose list items holding several paragraphs', () => {
		expect(bodyOf('- first\n\n  second paragraph\n\n- next\n')).toEqual([ul(li(p('first'), p('second paragraph')), li(p('next')))])
	})

	it('gives list items that start with a list or are empty an empty first paragraph', () => {
		expect(bodyOf('- - inner\n-\n')).toEqual([ul(li(p(), ul('inner')), li(p()))])
	})

	it('starts a numbered list at 0 at 1 instead, with a warning', () => {
		const { document, warnings } = markdownToDocument('0. zero\n1. one\n')
		expect(document.body).toEqual(doc(ol(1, 'zero', 'one')))
		expect(warnings).toEqual(['Numbered lists starting below 1 now start at 1.'])
	})

	it('reads tables: header row as tableHeader cells, inline content, <br> as hard break, empty cells', () => {
		const markdown = '| A | **B** |\n| :-- | --: |\n| [l](https://x.se) | one<br>two<br/>three |\n| | `c` |\n'
		expect(bodyOf(markdown)).toEqual([table(
			tr(th('A'), th(p(bold('B')))),
			tr(td(p(link('https://x.se', 'l'))), td(p('one', br(), 'two', br(), 'three'))),
			tr(td(p()), td(p(code('c')))),
		)])
	})

	it('reads blockquotes holding lists and quotes', () => {
		expect(bodyOf('> Intro:\n> * a\n> * b\n>\n> > inner\n')).toEqual([{ type: 'blockquote', content: [p('Intro:'), ul('a', 'b'), { type: 'blockquote', content: [p('inner')] }] }])
	})

	it('puts footnotes at their reference, joining paragraphs with hard breaks and keeping marks', () => {
		const markdown = 'Claim[^1] and more[^long].\n\n[^1]: A *short* note with [a link](https://x.se).\n\n[^long]: First paragraph.\n\n    Second paragraph.\n'
		const { document, warnings } = markdownToDocument(markdown)
		expect(document.body).toEqual(doc(p(
			'Claim', fn('A ', italic('short'), ' note with ', link('https://x.se', 'a link'), '.'),
			' and more', fn('First paragraph.', br(), 'Second paragraph.'), '.',
		)))
		expect(warnings).toEqual([])
	})

	it('reads inline footnotes, repeats a note referenced twice and reports unreferenced notes', () => {
		const { document, warnings } = markdownToDocument('A^[inline note] B[^x] C[^x]\n\n[^x]: Shared.\n\n[^unused]: Never cited.\n')
		expect(document.body).toEqual(doc(p('A', fn('inline note'), ' B', fn('Shared.'), ' C', fn('Shared.'))))
		expect(warnings).toEqual([
			'Footnote [^unused] is never referenced, so its text was left out.',
			'A footnote referenced more than once was repeated at each reference.',
		])
	})

	it('reads definition lists with several descriptions', () => {
		const markdown = 'Term\n: one\n: two\n\nOther\n:   three\n\n    more\n'
		expect(bodyOf(markdown)).toEqual([{
			type: 'definitionList',
			content: [
				{ type: 'definitionTerm', content: [{ type: 'text', text: 'Term' }] },
				{ type: 'definitionDescription', content: [p('one')] },
				{ type: 'definitionDescription', content: [p('two')] },
				{ type: 'definitionTerm', content: [{ type: 'text', text: 'Other' }] },
				{ type: 'definitionDescription', content: [p('three'), p('more')] },
			],
		}])
	})

	it('reads backslash and two-space hard breaks, and soft breaks as spaces', () => {
		expect(bodyOf('a\\\nb  \nc\nd')).toEqual([p('a', br(), 'b', br(), 'c d')])
	})

	it('replaces images by their alt text (or address) with a warning', () => {
		const { document, warnings } = markdownToDocument('See ![Karta över *Västerås*](map.png) and ![](logo.svg).')
		expect(document.body).toEqual(doc(p('See Karta över Västerås and [logo.svg].')))
		expect(warnings).toEqual(['Images cannot be stored in documents; each was replaced by its description (alt text).'])
	})

	it('turns code blocks into code-styled paragraphs with a warning', () => {
		const { document, warnings } = markdownToDocument('```js\nconst a = 1\n\n  return a\n```\n\n    indented\n')
		expect(document.body).toEqual(doc(p(code('const a = 1'), br(), br(), code('  return a')), p(code('indented'))))
		expect(warnings).toEqual(['Code blocks were turned into paragraphs in code style.'])
	})

	it('drops HTML comments, keeps other HTML as literal text, never as markup', () => {
		const { document, warnings } = markdownToDocument('<!-- hidden -->\n\nText <!-- also hidden --> <b>bold?</b> <script>alert(1)</script>\n\n<div onclick="x()">\nblock\n</div>\n')
		expect(document.body).toEqual(doc(
			p('Text  <b>bold?</b> <script>alert(1)</script>'),
			p('<div onclick="x()">', br(), 'block', br(), '</div>'),
		))
		expect(warnings).toEqual(['Raw HTML was kept as plain text.'])
	})

	it('leaves horizontal rules out with a warning', () => {
		const { document, warnings } = markdownToDocument('a\n\n---\n\nb')
		expect(document.body).toEqual(doc(p('a'), p('b')))
		expect(warnings).toEqual(['Horizontal rules have no equivalent in documents and were left out.'])
	})

	it('keeps every character: letters, quotes, scripts, emoji; CRLF line ends', () => {
		const line = 'å ä ö ą ę ł ż ë ç Ελληνικά العربية „cytat” ”citat” «thonjëza» 😀 👩‍👩‍👧 𝔸 \u2028 e\u0301'
		expect(bodyOf(`${line}\r\nnext`)).toEqual([p(`${line} next`)])
	})

	it('removes control characters XML 1.0 forbids, with a warning', () => {
		const { document, warnings } = markdownToDocument('# Ti\u0001tle\n\nA\u0000B\u000bC\uFFFE [l\u0002](https://x.se/\u0003)')
		expect(document.meta.title).toBe('Title')
		expect(document.body).toEqual(doc(h(1, 'Title'), p('ABC ', link('https://x.se/', 'l'))))
		expect(warnings).toEqual(['Control characters that documents cannot hold were removed.'])
	})

	it('takes the title from options, else the first level-1 heading, else "Untitled"', () => {
		expect(markdownToDocument('## Not this\n\n# *Real*  title<br>line two\n\n# Second', { title: '  Given  ' }).document.meta.title).toBe('Given')
		expect(markdownToDocument('## Not this\n\n# *Real*  title<br>line two\n\n# Second').document.meta.title).toBe('Real title line two')
		expect(markdownToDocument('## Only level 2').document.meta.title).toBe('Untitled')
		expect(markdownToDocument('').document.meta.title).toBe('Untitled')
		expect(Array.from(markdownToDocument(`# ${'😀'.repeat(300)}`).document.meta.title)).toHaveLength(schemaData.limits.maxTitleLength)
	})

	it('takes language and type from options, defaulting to "en" and "policy"', () => {
		expect(markdownToDocument('x').document.meta).toEqual({ title: 'Untitled', type: 'policy', language: 'en' })
		expect(markdownToDocument('x', { language: 'sq-AL', type: 'declaration' }).document.meta).toEqual({ title: 'Untitled', type: 'declaration', language: 'sq-AL' })
		const { document, warnings } = markdownToDocument('x', { language: 'Swedish!' })
		expect(document.meta.language).toBe('en')
		expect(warnings).toEqual(['"Swedish!" is not a language tag; the document language was set to "en".'])
	})

	it('makes an empty input a document with one empty paragraph', () => {
		const { document } = markdownToDocument('  \n\n')
		expect(document).toEqual({ schemaVersion: 1, meta: { title: 'Untitled', type: 'policy', language: 'en' }, attachments: [], body: doc(p()) })
	})

	it('keeps text nested deeper than the schema allows, moving it up, and stays valid', () => {
		const quotes = `${'>'.repeat(60)} deep quote`
		const { document, warnings } = markdownToDocument(quotes)
		expect(validateDocument(document).ok).toBe(true)
		expect(textOf(document.body)).toBe('deep quote')
		expect(warnings).toEqual([`Content nested more than ${schemaData.limits.maxDepth} levels deep was moved up a level.`])

		const lists = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')
		const deep = markdownToDocument(lists)
		expect(validateDocument(deep.document).ok).toBe(true)
		expect(ofType(deep.document.body, 'text').map((node) => node.text)).toEqual(Array.from({ length: 30 }, (_, i) => `item ${i}`))
	})

	it('refuses input larger than the body limit with a clear error', () => {
		expect(() => markdownToDocument('x'.repeat(schemaData.limits.maxBodyBytes + 1))).toThrow(MarkdownImportError)
	})

	it('produces documents whose inline content is already normalised', () => {
		const inline = ofType(markdownToDocument('a *b* *c* d `e` `f`').document.body, 'paragraph')[0]?.content as InlineNode[]
		expect(inline).toEqual(p('a ', italic('b'), ' ', italic('c'), ' d ', code('e'), ' ', code('f')).content)
	})
})
