/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Seeded Markdown fuzz documents for the differential import tests: each
 * document is assembled from fragments that real policy documents use and
 * that parsers get wrong (headings, lazy paragraphs, nested lists, quotes,
 * GFM tables, footnotes, definition lists, emphasis, links, entities, raw
 * HTML, code, breaks, non-Latin text, control characters, CRLF, tabs).
 * Every document has its own seed, so one can be rebuilt on its own.
 */
import { prng } from '../../../fixtures/prng.mjs'
import { schemaData } from '../../../../src/model/schema'
import type { DocumentType } from '../../../../src/model/types'

export interface FuzzOptions {
	title?: string
	language?: string
	type?: DocumentType
}

export interface FuzzDocument {
	/** Seed the document was built from (fuzzDocument(seed) gives it again). */
	seed: number
	/** Fragment kinds in the document, in order, without repeats. */
	kinds: string[]
	markdown: string
	options?: FuzzOptions
}

/** Fragment kinds, for grouping differences and checking coverage. */
export const FRAGMENT_KINDS = [
	'heading', 'setext', 'paragraph', 'list', 'quote', 'table', 'footnote', 'deflist',
	'code', 'html', 'break', 'reference', 'inline',
] as const

export type FragmentKind = typeof FRAGMENT_KINDS[number]

const WORDS = [
	'policy', 'the', 'council', 'shall', 'ensure', 'access', 'data', 'residents', 'kommunen', 'ansvar',
	'förvaltning', 'öppenhet', 'Rada', 'miasta', 'zapewnia', 'mieszkańcom', 'Bashkia', 'qytetarët', 'shërbime',
	'ë', 'å', 'ą', 'zażółć', 'gęślą', 'jaźń', 'Ελληνικά', 'κείμενο', 'العربية', 'نص', 'עברית', 'טקסט',
	'😀', '👍🏽', '𝒳', 'e\u0301', 'snake_case_name', 'file_name.md', '2026-01-01', '§ 3', '50 %', 'a*b', 'x_y_z',
]

const LINK_LABELS = ['label', 'Label', 'foo bar', 'FOO  Bar', 'ÄÖ', '1', 'ref-2', 'äö']
const NOTE_LABELS = ['1', '2', 'note', 'Note', 'a b', 'A B', 'x', 'long-label_3']

const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\uFEFF', '\u2028', '\r']

const ENTITIES = ['&amp;', '&copy;', '&ouml;', '&nbsp;', '&#169;', '&#x1F600;', '&#0;', '&#12;', '&#xC;', '&#x0000c;', '&#xD800;', '&#1;', '&bogus;', '&#99999999;', '&#x;', '&amp', '&AElig;', '&ngE;', '&#X22;', '&lt;div&gt;']

const ESCAPES = ['\\*not em\\*', '\\[not link\\]', '\\\\', '\\#', '\\|', '\\a', '\\_x\\_', '\\`', '\\<br>', '\\&amp;', '\\^', '\\~~x~~', '\\!']

const EMPHASIS = [
	'*em*', '_em_', '**strong**', '__strong__', '***both***', '___both___', 'snake_case_word', 'foo*bar*baz',
	'foo_bar_baz', '*foo**bar**baz*', '**foo*', '*foo**', '*unclosed', '**unclosed', '_unclosed', '~~strike~~',
	'~single~', '~~~triple~~~', '***a** b*', '***a* b**', '_foo_bar_', '*(*foo*)*', '**a *b* c**', '~~**b**~~',
	'**~~b~~**', '*a **b** c*', '* not em *', '_(_foo_)_', 'a**b**c', 'a__b__c', '__a_b__', '*a\nb*',
	'**[link](https://example.org)**', '*`code`*', '~~a\nb~~', '**a** **b**', '*a*b*c*', '****x****',
]

const LINKS = [
	'[text](https://example.org/a "Title")', '[t](<https://example.org/with space> \'single\')',
	'[t](/relative (paren title))', '[t](<>)', '[empty]()', '[t](#anchor)', '[t](ftp://example.org/f)',
	'[t](javascript:alert(1))', '[mail](mailto:info@kommun.se)', '[t](https://example.org/\\_x\\*y)',
	'[a [nested] b](https://example.org/n)', '[a](https://example.org/a_(b))', '[t](https://example.org "t" )',
	'[t]( https://example.org )', '[t](https://example.org/%C3%A5?q=å&r=1#frag)', '[**bold** link](http://x.org)',
	'[t](https://example.org/' + 'x'.repeat(2100) + ')', '[t](https://example.org "' + 't'.repeat(600) + '")',
	'[ref][label]', '[Label][]', '[foo bar]', '[FOO BAR][]', '[x][undefined]', '[ÄÖ]', '[äö][]', '[1]', '[ref-2]',
	'<https://example.org/a?b=c&d=e>', '<mailto:foo@bar.se>', '<foo@bar.se>', '<http://x.org/a b>', '<irc://x>',
	'https://example.org/path.', 'https://example.org/path).', '(see https://x.org/a_(b))', 'www.example.org/x),',
	'www.example.org', 'http://www.example.org/~user/?a=1;', 'contact info@kommun.se.', 'a.b-c_d@e.f.gh',
	'https://example.org/%20space', 'https://xn--bcher-kva.example/', 'https://bücher.example/å', 'http://x.org/\\_y',
	'www.commonmark.org/he<lp', 'https://example.org/*star*', 'ftp://files.example.org', '[https://a.org](https://b.org)',
]

const IMAGES = ['![alt *text*](img.png "t")', '![alt][label]', '![](x.png)', '[![img](a.png)](https://x.org)', '![a ![b](c.png)](d.png)', '![foo bar]']

const CODE_SPANS = ['`code`', '`` a ` b ``', '`a|b`', '`unclosed', '` spaced `', '``', '`<br>`', '`&amp;`', '`*no em*`', '`[^1]`', '`a\nb`', '``` ```']

const HTML_INLINE = ['<span>x</span>', '<br>', '<br/>', '<BR />', '<br >', '<!-- comment -->', '<a href="https://x.org">a</a>', '<em>em</em>', '<3 not html', '<img src="x.png" alt="a">', '<!-- unclosed', '<?php echo 1; ?>', '<![CDATA[x]]>', '</div>', '<sup>2</sup>', '<u>under</u>']

const NOTE_REFS = ['[^1]', '[^note]', '[^Note]', '[^a b]', '[^A B]', '[^undefined]', '[^x][^x]', '^[inline note *em*]', '^[inline [^1] nested]', '^[note with [link](https://x.org)]', '^[unclosed', '[^]', '[^ 1]']

class Generator {

	readonly rnd: () => number
	/** Nesting of block containers, to keep documents finite. */
	depth = 0
	kinds = new Set<FragmentKind>()

	constructor(seed: number) {
		this.rnd = prng(seed)
	}

	int(n: number): number {
		return Math.floor(this.rnd() * n)
	}

	chance(p: number): boolean {
		return this.rnd() < p
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)] as T
	}

	words(n: number): string {
		const list: string[] = []
		for (let i = 0; i < n; i++) {
			list.push(this.pick(WORDS))
		}
		return list.join(' ')
	}

	/** One inline element (or a few words). */
	inlineElement(): string {
		const r = this.rnd()
		if (r < 0.3) {
			return this.words(1 + this.int(4))
		}
		this.kinds.add('inline')
		if (r < 0.42) {
			return this.pick(EMPHASIS)
		}
		if (r < 0.56) {
			return this.pick(LINKS)
		}
		if (r < 0.6) {
			return this.pick(IMAGES)
		}
		if (r < 0.66) {
			return this.pick(ENTITIES)
		}
		if (r < 0.71) {
			return this.pick(ESCAPES)
		}
		if (r < 0.77) {
			return this.pick(CODE_SPANS)
		}
		if (r < 0.83) {
			return this.pick(HTML_INLINE)
		}
		if (r < 0.93) {
			this.kinds.add('footnote')
			return this.pick(NOTE_REFS)
		}
		this.kinds.add('break')
		return this.pick(['a  \nb', 'a\\\nb', 'a   \nb', 'a\t\nb', 'a<br>b'])
	}

	/** A line of inline content: words and elements, glued with or without spaces. */
	inline(elements = 1 + this.int(5)): string {
		let line = ''
		for (let i = 0; i < elements; i++) {
			const element = this.inlineElement()
			line += i === 0 ? element : (this.chance(0.85) ? ' ' : this.pick(['', ',', '.', '(', ')', '"', '—'])) + element
		}
		return line
	}

	indent(max: number): string {
		return ' '.repeat(this.int(max + 1))
	}

	heading(): string {
		this.kinds.add('heading')
		const r = this.rnd()
		if (r < 0.1) {
			return this.pick(['#', '## ', '### ###', '#######  seven', '#5 no space', '\\# escaped', '#\ttab', '  ## indented', '    # code not heading', '# #'])
		}
		const level = 1 + this.int(6)
		const closing = this.chance(0.2) ? ' ' + '#'.repeat(1 + this.int(4)) + this.pick(['', ' ', '  ']) : ''
		return this.indent(this.chance(0.1) ? 3 : 0) + '#'.repeat(level) + this.pick([' ', ' ', '  ', '\t']) + this.inline(1 + this.int(3)) + closing
	}

	setext(): string {
		this.kinds.add('setext')
		const lines = [this.inline()]
		if (this.chance(0.3)) {
			lines.push(this.inline())
		}
		const underline = this.pick(['=', '-']).repeat(1 + this.int(6))
		return lines.join('\n') + '\n' + this.indent(this.chance(0.2) ? 4 : 0) + underline + this.pick(['', ' ', '  '])
	}

	paragraph(): string {
		this.kinds.add('paragraph')
		const lines: string[] = []
		for (let i = 0, n = 1 + this.int(4); i < n; i++) {
			lines.push((i > 0 && this.chance(0.2) ? this.indent(6) : '') + this.inline())
		}
		return lines.join('\n')
	}

	marker(ordered: boolean, index: number, start: number): string {
		if (!ordered) {
			return this.pick(['-', '*', '+'])
		}
		return String(start + index) + this.pick(['.', ')'])
	}

	list(): string {
		this.kinds.add('list')
		const ordered = this.chance(0.5)
		const start = ordered ? this.pick([1, 1, 0, 3, 9, 10, 99, 123456789, 1234567890]) : 0
		const delimiter = this.pick(['.', ')'])
		const bullet = this.pick(['-', '*', '+'])
		const loose = this.chance(0.3)
		const lines: string[] = []
		for (let i = 0, n = 1 + this.int(4); i < n; i++) {
			// Mostly one marker per list; sometimes a change starts a new list.
			let marker = ordered ? String(start + i) + delimiter : bullet
			if (this.chance(0.08)) {
				marker = this.marker(!ordered && this.chance(0.5), i, start)
			}
			const gap = this.pick([' ', ' ', ' ', '  ', '   ', '    ', '     ', '\t'])
			const content = this.chance(0.05) ? '' : this.chance(0.15) && this.depth < 4 ? this.block(true) : this.inline()
			const width = marker.length + (gap === '\t' ? 2 : gap.length)
			const childIndent = ' '.repeat(Math.min(width, 6))
			const [first = '', ...rest] = content.split('\n')
			lines.push(marker + (first === '' ? '' : gap + first))
			for (const line of rest) {
				lines.push(line === '' ? '' : (this.chance(0.1) ? '' : childIndent) + line)
			}
			if (this.depth < 4 && this.chance(0.3)) {
				this.depth++
				const child = this.chance(0.7) ? this.list() : this.block(true)
				this.depth--
				const nestIndent = this.chance(0.8) ? childIndent : this.pick([' ', '  ', '\t', '    ', '     '])
				if (this.chance(0.3)) {
					lines.push('')
				}
				lines.push(...child.split('\n').map((line) => (line === '' ? '' : nestIndent + line)))
			}
			if (loose || this.chance(0.1)) {
				lines.push('')
			}
		}
		return lines.join('\n').replace(/\n+$/, '')
	}

	quote(): string {
		this.kinds.add('quote')
		this.depth++
		const inner = this.depth < 5 ? this.blocks(1 + this.int(3)) : this.paragraph()
		this.depth--
		const prefix = this.pick(['> ', '>', ' > ', '>  ', '>\t'])
		return inner.split('\n').map((line, index) => {
			if (index > 0 && line !== '' && this.chance(0.15)) {
				return line // a lazy continuation line
			}
			return line === '' ? (this.chance(0.7) ? '>' : '') : prefix + line
		}).join('\n')
	}

	cell(): string {
		const r = this.rnd()
		if (r < 0.1) {
			return ''
		}
		if (r < 0.2) {
			return this.pick(['a \\| b', '`a | b`', '`a \\| b`', '[link](https://x.org/a|b)', '**x**', '&#124;', '\\\\|', '<br>', 'a<br>b', '[^1]', '^[in cell]'])
		}
		return this.inline(1 + this.int(2)).replace(/\n/g, ' ')
	}

	table(): string {
		this.kinds.add('table')
		const columns = 1 + this.int(4)
		const outer = this.chance(0.75)
		const row = (cells: string[]): string => {
			const body = cells.join(this.pick([' | ', '|', ' |', '  |  ']))
			return outer ? '| ' + body + this.pick([' |', '|', ' | ', '']) : body
		}
		const header = Array.from({ length: columns }, () => this.cell() || 'h')
		const align = Array.from({ length: columns }, () => this.pick(['---', ':--', '--:', ':-:', '-', ':---:', '- ']))
		const lines = [row(header), row(this.chance(0.08) ? align.slice(1) : align)]
		if (!outer && columns === 1) {
			lines[1] = '|' + lines[1]
		}
		for (let r = 0, n = this.int(5); r < n; r++) {
			const count = this.chance(0.2) ? Math.max(0, columns + this.pick([-1, 1, 2])) : columns
			lines.push(row(Array.from({ length: count }, () => this.cell())))
		}
		if (this.chance(0.1)) {
			lines.push('lazy line after table')
		}
		return lines.join('\n')
	}

	footnoteDefinition(): string {
		this.kinds.add('footnote')
		const label = this.pick(NOTE_LABELS)
		const lines = [`[^${label}]:${this.pick([' ', ' ', '  ', '\t', ''])}${this.chance(0.1) ? '' : this.inline()}`]
		if (this.chance(0.3)) {
			lines.push(this.pick(['', '    ', '  ']) + this.inline()) // continuation or lazy line
		}
		if (this.chance(0.3) && this.depth < 4) {
			this.depth++
			const more = this.blocks(1 + this.int(2))
			this.depth--
			lines.push('', ...more.split('\n').map((line) => (line === '' ? '' : this.pick(['    ', '    ', '  ', '\t']) + line)))
		}
		return lines.join('\n')
	}

	definitionList(): string {
		this.kinds.add('deflist')
		const lines: string[] = []
		for (let t = 0, terms = 1 + this.int(2); t < terms; t++) {
			if (t > 0 && this.chance(0.5)) {
				lines.push('')
			}
			for (let i = 0, n = this.chance(0.2) ? 2 : 1; i < n; i++) {
				lines.push(this.inline(1 + this.int(2)))
			}
			if (this.chance(0.3)) {
				lines.push('')
			}
			for (let d = 0, n = 1 + this.int(2); d < n; d++) {
				const marker = this.pick([': ', ':   ', '~ ', ':\t', ' : ', '~   '])
				lines.push(marker + this.inline())
				if (this.chance(0.3)) {
					lines.push(this.pick(['', '    ', '  ']) + this.inline()) // lazy or indented continuation
				}
				if (this.chance(0.2) && this.depth < 4) {
					this.depth++
					const more = this.blocks(1)
					this.depth--
					lines.push('', ...more.split('\n').map((line) => (line === '' ? '' : '    ' + line)))
				}
			}
		}
		return lines.join('\n')
	}

	code(): string {
		this.kinds.add('code')
		const r = this.rnd()
		const body = [this.words(3), this.pick(['  indented', '\tx = 1;', '<div>', '*not em*', '', '```', 'end'])].join('\n')
		if (r < 0.35) {
			const fence = this.pick(['```', '````', '~~~', '~~~~'])
			const info = this.pick(['', 'js', ' python ', 'a b c', '{.class}', 'js`x`', '~~~'])
			const close = this.chance(0.1) ? '' : '\n' + this.indent(this.chance(0.2) ? 3 : 0) + fence + (this.chance(0.2) ? fence.charAt(0) : '')
			return this.indent(this.chance(0.2) ? 3 : 0) + fence + info + '\n' + body + close
		}
		if (r < 0.6) {
			return body.split('\n').map((line) => this.pick(['    ', '\t', '     ', '  \t']) + line).join('\n')
		}
		return this.inline(1 + this.int(3)) + ' ' + this.pick(CODE_SPANS)
	}

	html(): string {
		this.kinds.add('html')
		return this.pick([
			'<div>\n*not parsed*\n</div>',
			'<div>\n\n*parsed*\n\n</div>',
			'<!-- comment\nover lines -->',
			'<!-- comment -->\nafter',
			'<table><tr><td>cell</td></tr></table>',
			'<details>\n<summary>More</summary>\n\ntext\n</details>',
			'<pre>\n  keep   spaces\n</pre>',
			'<script>alert("x")</script>',
			'<style>p { color: red }</style>',
			'<br>',
			'<br>\ntext',
			'<p align="center">centered <b>bold</b></p>',
			'<?xml version="1.0"?>',
			'<!DOCTYPE html>',
			'<![CDATA[\nraw\n]]>',
			'<custom-element attr=x>\ntext',
			'</p>',
			'<a href="https://x.org">\n*link*\n</a>',
			'<!-- unclosed comment\n\nstill comment',
		])
	}

	thematicBreak(): string {
		this.kinds.add('break')
		return this.pick(['---', '***', '___', '_ _ _', '- - -', ' * * *', '-----------', '--', '*\t*\t*', '    ---'])
	}

	referenceDefinition(): string {
		this.kinds.add('reference')
		const label = this.pick(LINK_LABELS)
		return this.pick([
			`[${label}]: https://example.org/${this.int(9)}`,
			`[${label}]: https://example.org "Title"`,
			`[${label}]: <https://example.org/a b> 'Title'`,
			`[${label}]:\n  https://example.org/next-line\n  (paren title)`,
			`[${label}]: /url "unclosed title`,
			`   [${label}]: https://example.org/indented`,
			`[${label}]: https://example.org/\\_escaped`,
		])
	}

	/** One block fragment of any kind; `inItem` leaves out what rarely sits in list items. */
	block(inItem = false): string {
		const r = this.rnd()
		if (r < 0.08) {
			return this.heading()
		}
		if (r < 0.12) {
			return this.setext()
		}
		if (r < 0.32) {
			return this.paragraph()
		}
		if (r < 0.44) {
			return this.depth < 5 ? this.list() : this.paragraph()
		}
		if (r < 0.52) {
			return this.depth < 5 ? this.quote() : this.paragraph()
		}
		if (r < 0.62) {
			return this.table()
		}
		if (r < 0.7) {
			return inItem ? this.paragraph() : this.footnoteDefinition()
		}
		if (r < 0.77) {
			return this.definitionList()
		}
		if (r < 0.83) {
			return this.code()
		}
		if (r < 0.89) {
			return this.html()
		}
		if (r < 0.93) {
			return this.thematicBreak()
		}
		return inItem ? this.paragraph() : this.referenceDefinition()
	}

	/** Blocks separated by blank lines, or sometimes by one newline (interruptions, lazy lines). */
	blocks(n: number): string {
		let out = ''
		for (let i = 0; i < n; i++) {
			const block = this.block()
			out += i === 0 ? block : this.pick(['\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\n\t\n']) + block
		}
		return out
	}

	/** Whole-document changes: line endings, trailing spaces, tabs, control characters. */
	finish(markdown: string): string {
		let text = markdown
		if (this.chance(0.1)) {
			text = text.replace(/\n/g, ' ' + this.pick([' ', '  ', '\t']) + '\n')
		}
		if (this.chance(0.08)) {
			text = text.replace(/^ {4}/gm, '\t')
		}
		if (this.chance(0.12)) {
			for (let i = 0, n = 1 + this.int(3); i < n; i++) {
				const at = this.int(text.length + 1)
				text = text.slice(0, at) + this.pick(CONTROL_CHARACTERS) + text.slice(at)
			}
		}
		const endings = this.rnd()
		if (endings < 0.1) {
			text = text.replace(/\n/g, '\r\n')
		} else if (endings < 0.13) {
			text = text.replace(/\n/g, '\r')
		}
		if (this.chance(0.2)) {
			text += this.pick(['\n', '\n\n', '\r\n', '  ', ''])
		}
		return text
	}

	options(): FuzzOptions | undefined {
		if (!this.chance(0.1)) {
			return undefined
		}
		return this.pick<FuzzOptions>([
			{ title: 'Given title' },
			{ title: '  spaced\n\ttitle\u0000 ' },
			{ title: 'x'.repeat(300) },
			{ language: 'sv' },
			{ language: 'sq-AL' },
			{ language: 'not a tag' },
			{ language: ' en ' },
			{ type: 'declaration' },
			{ type: 'decision_proposal', language: 'pl', title: '' },
		])
	}

}

/** The fuzz document for one seed. */
export function fuzzDocument(seed: number): FuzzDocument {
	const generator = new Generator(seed)
	const markdown = generator.finish(generator.blocks(1 + generator.int(7)))
	const options = generator.options()
	return {
		seed,
		kinds: FRAGMENT_KINDS.filter((kind) => generator.kinds.has(kind)),
		markdown,
		...(options === undefined ? {} : { options }),
	}
}

/** `count` fuzz documents from consecutive seeds. */
export function fuzzDocuments(count = 600, firstSeed = 20260001): FuzzDocument[] {
	return Array.from({ length: count }, (_, index) => fuzzDocument(firstSeed + index))
}

export interface EdgeDocument {
	name: string
	markdown: string
}

/**
 * Fixed inputs at the limits: empty and blank texts, nesting deeper than
 * limits.maxDepth, texts and documents beyond the size limits (the import
 * must throw for some of these), and a footnote copied to many references.
 */
export function edgeDocuments(): EdgeDocument[] {
	const { maxBodyBytes, maxDepth, maxTextLength } = schemaData.limits
	const noteSize = 200_000
	const noteCopies = Math.ceil(maxBodyBytes / noteSize) + 2
	return [
		{ name: 'empty', markdown: '' },
		{ name: 'blank lines', markdown: '\n\n  \n\t\n' },
		{ name: 'byte order mark', markdown: '\uFEFF# Title\n\ntext' },
		{ name: 'only a NUL', markdown: '\u0000' },
		{ name: 'nested quotes', markdown: '>'.repeat(maxDepth + 20) + ' deep [^1]\n\n[^1]: note' },
		{ name: 'nested lists', markdown: Array.from({ length: maxDepth + 5 }, (_, i) => '  '.repeat(i) + '- item ' + i).join('\n') },
		{ name: 'nested quote and lists', markdown: Array.from({ length: maxDepth }, (_, i) => '> '.repeat(i) + '1. ' + '- '.repeat(i % 3) + '| a |\n' + '> '.repeat(i) + '|---|').join('\n') },
		{ name: 'text at the length limit', markdown: 'a'.repeat(maxTextLength) },
		{ name: 'text over the length limit', markdown: 'a'.repeat(maxTextLength + 1) },
		{ name: 'markdown over the byte limit', markdown: 'å'.repeat(Math.ceil(maxBodyBytes / 2) + 1) },
		{ name: 'footnote copied past the byte limit', markdown: Array.from({ length: noteCopies }, (_, i) => `ref ${i}[^big]`).join('\n\n') + '\n\n[^big]: ' + 'word '.repeat(noteSize / 5) },
	]
}
