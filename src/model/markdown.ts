/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Markdown import: CommonMark with GFM tables, strikethrough and
 * autolinks, footnotes and definition lists, read into the document model.
 * src/model/markdown/blocks.ts finds the block structure, inline.ts reads
 * each block's text into inline nodes, and this module builds the document
 * the way pandoc's readers build their AST. Raw HTML is never markup here:
 * `<br>` becomes a hard break, comments are dropped, anything else stays
 * visible as literal text. Whatever the model cannot hold (images, rules,
 * deep headings) is reported as a warning and the import goes on, like
 * pandoc's `report`.
 */
import { br, normalizeInline, policyDocument } from './builders'
import type { Block, LinkReference } from './markdown/blocks'
import { BlockParser, trimBlank } from './markdown/blocks'
import { copyMark, InlineParser } from './markdown/inline'
import type { InlineContext } from './markdown/inline'
import { readDefinition } from './markdown/links'
import { removeForbiddenCharacters, sanitizeDocument } from './sanitize'
import { schemaData } from './schema'
import type {
	AnyNode,
	BlockNode,
	DefinitionDescriptionNode,
	DefinitionTermNode,
	DocumentType,
	FootnoteNode,
	HardBreakNode,
	InlineNode,
	ListItemNode,
	Mark,
	PolicyDocument,
	TableCellNode,
	TableRowNode,
	TextNode,
} from './types'
import { codePointLength } from './validate'

export interface MarkdownImportOptions {
	/** Document title; defaults to the first level-1 heading, else "Untitled". */
	title?: string
	/** BCP 47 language tag; defaults to "en". */
	language?: string
	/** Document type; defaults to "policy". */
	type?: DocumentType
}

export interface MarkdownImportResult {
	document: PolicyDocument
	/** What could not be carried over exactly, in English, for logs and the import dialog. */
	warnings: string[]
}

/** Thrown only when the input is too large to become a storable document. */
export class MarkdownImportError extends Error {

	constructor(message: string) {
		super(message)
		this.name = 'MarkdownImportError'
	}

}

/**
 * Containers are unwrapped below this depth so the deepest text still fits
 * in limits.maxDepth: a table at depth d puts text at d + 4, a footnote's
 * text in it at d + 5.
 */
const DEPTH_RESERVE = 5

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const BREAK_TAG = /^<br\s*\/?>$/i
/**
 * A numeric character reference to U+000C (form feed), `&#12;` or `&#xC;`
 * with any leading zeros. Of the characters XML 1.0 forbids, it is the only
 * one a reference may bring into the text after the source was cleaned
 * (references to the others become U+FFFD), so only then does the result
 * need cleaning again.
 */
const FORM_FEED_REFERENCE = /&#(?:0*12|x0*c);/i
const LINK_PATTERN = new RegExp(schemaData.marks.link?.attrs?.href?.pattern ?? '^$', 'u')
const MAX_HREF = schemaData.marks.link?.attrs?.href?.maxLength ?? 2048
const MAX_LINK_TITLE = schemaData.marks.link?.attrs?.title?.maxLength ?? 512
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const UPPER_CASE = /[A-Z]/

/** Inline-bearing blocks keep what inline reading made of them, and what it warned about. */
interface Read {
	nodes: InlineNode[]
	warnings: readonly string[]
}

/** The warnings of the many reads that have none: one shared list. */
const NO_WARNINGS: readonly string[] = Object.freeze([])

interface FootnoteEntry {
	/** The definition's label; absent for an inline footnote. */
	label?: string
	/** An inline footnote's content and warnings. */
	inline?: Read
	references: FootnoteNode[]
}

class Reader implements InlineContext {

	readonly warnings: string[] = []
	private readonly warned = new Set<string>()
	private readonly parser = new InlineParser(this)
	private readonly reads = new Map<Block, Read>()
	/** Where inline reading puts its warnings just now. */
	private sink: string[] = []
	readonly references: Map<string, LinkReference>
	readonly footnoteLabels: Set<string>
	private readonly footnoteIds = new Map<string, number>()
	private readonly entries: FootnoteEntry[] = []
	private readonly contents = new Map<number, Array<TextNode | HardBreakNode>>()

	constructor(references: Map<string, LinkReference>, private readonly definitions: Map<string, Block>, private readonly footnoteOrder: string[]) {
		this.references = references
		this.footnoteLabels = new Set(definitions.keys())
	}

	/** Record a warning once per distinct message. */
	warn(message: string): void {
		if (!this.warned.has(message)) {
			this.warned.add(message)
			this.warnings.push(message)
		}
	}

	/** A read's warnings, each recorded once. */
	private report(messages: readonly string[]): void {
		for (let i = 0; i < messages.length; i++) {
			this.warn(messages[i] as string)
		}
	}

	// InlineContext

	footnoteReference(label: string): InlineNode {
		let id = this.footnoteIds.get(label)
		if (id === undefined) {
			id = this.entries.length
			this.footnoteIds.set(label, id)
			this.entries.push({ label, references: [] })
		}
		const entry = this.entries[id] as FootnoteEntry
		if (entry.references.length > 0) {
			this.sink.push('A footnote referenced more than once was repeated at each reference.')
		}
		const node: FootnoteNode = { type: 'footnote' }
		entry.references.push(node)
		return node
	}

	inlineFootnote(read: () => InlineNode[]): InlineNode {
		const entry: FootnoteEntry = { references: [] }
		this.entries.push(entry)
		const outer = this.sink
		const warnings: string[] = []
		this.sink = warnings
		try {
			entry.inline = { nodes: read(), warnings }
		} finally {
			this.sink = outer
		}
		const node: FootnoteNode = { type: 'footnote' }
		entry.references.push(node)
		return node
	}

	linkMark(url: string, title: string | null, bare: boolean): Mark | null {
		let href = url.trim()
		if (bare) {
			href = href.replace(/%5C(?=[!-/:-@[-`{-~])/gi, '')
		}
		// Schemes are case-insensitive (RFC 3986 §3.1); the schema's pattern is not.
		const scheme = SCHEME.exec(href)
		if (scheme !== null && UPPER_CASE.test(scheme[0])) {
			href = scheme[0].toLowerCase() + href.slice(scheme[0].length)
		}
		if (href.length > MAX_HREF || !LINK_PATTERN.test(href)) {
			this.sink.push(`The link to "${href.slice(0, 80)}" is not a web, mail, phone or relative address, so only its text was kept.`)
			return null
		}
		if (title !== null && title !== '' && title.length <= MAX_LINK_TITLE) {
			return { type: 'link', attrs: { href, title } }
		}
		return { type: 'link', attrs: { href } }
	}

	note(message: string): void {
		this.sink.push(message)
	}

	// Reading

	/** Read every block's inline text, in document order, as footnotes are numbered by first reference. */
	readInline(block: Block): void {
		switch (block.kind) {
		case 'paragraph':
			this.read(block, trimBlank(block.lines.length === 1 ? block.lines[0] as string : block.lines.join('\n')))
			return
		case 'heading':
		case 'dt':
			this.read(block, block.text)
			return
		case 'table':
			for (const row of block.rows) {
				for (let i = 0; i < block.level; i++) {
					this.readCell(block, row[i] ?? '')
				}
			}
			return
		default: {
			const children = block.children
			for (let i = 0; i < children.length; i++) {
				this.readInline(children[i] as Block)
			}
		}
		}
	}

	private cells = new Map<Block, Read[]>()

	private readCell(table: Block, text: string): void {
		const nodes = this.parser.parse(text)
		let list = this.cells.get(table)
		if (list === undefined) {
			list = []
			this.cells.set(table, list)
		}
		list.push({ nodes, warnings: this.takeWarnings() })
	}

	private read(block: Block, text: string): void {
		const nodes = this.parser.parse(text)
		this.reads.set(block, { nodes, warnings: this.takeWarnings() })
	}

	/** What the read just made warned about; the sink is left empty for the next one. */
	private takeWarnings(): readonly string[] {
		const warnings = this.sink
		if (warnings.length === 0) {
			return NO_WARNINGS
		}
		this.sink = []
		return warnings
	}

	/** The inline nodes of a block, its warnings now reported. */
	private inlineOf(block: Block): InlineNode[] {
		const read = this.reads.get(block)
		if (read === undefined) {
			return []
		}
		this.report(read.warnings)
		return read.nodes
	}

	/** Each inline read inside a block, in order: paragraphs, headings, terms, table cells. */
	private inlineReads(block: Block, out: Read[]): Read[] {
		switch (block.kind) {
		case 'paragraph':
		case 'heading':
		case 'dt': {
			const read = this.reads.get(block)
			if (read !== undefined) {
				out.push(read)
			}
			break
		}
		case 'table':
			out.push(...(this.cells.get(block) ?? []))
			break
		case 'code':
		case 'html':
		case 'hr':
			break
		default:
			for (const child of block.children) {
				this.inlineReads(child, out)
			}
		}
		return out
	}

	/**
	 * Footnote texts, in the order footnotes were first referenced; a
	 * footnote's paragraphs are joined with hard breaks, since the model's
	 * footnote holds inline content only. Then the definitions never used.
	 */
	collectFootnotes(): void {
		for (let id = 0; id < this.entries.length; id++) {
			const entry = this.entries[id] as FootnoteEntry
			let reads: Read[] = []
			if (entry.inline !== undefined) {
				reads = [entry.inline]
			} else if (entry.label !== undefined) {
				const definition = this.definitions.get(entry.label)
				reads = definition === undefined ? [] : this.inlineReads(definition, [])
			}
			const content: Array<TextNode | HardBreakNode> = []
			for (let r = 0; r < reads.length; r++) {
				const read = reads[r] as Read
				if (content.length > 0) {
					content.push(br())
				}
				this.report(read.warnings)
				for (let n = 0; n < read.nodes.length; n++) {
					const node = read.nodes[n] as InlineNode
					if (node.type === 'footnote') {
						// A reference inside a footnote: the model has no nested notes, so keep its text.
						this.warn('A footnote inside a footnote was merged into the outer footnote.')
						content.push(...(node.content ?? []))
					} else {
						content.push(node)
					}
				}
			}
			const normalized = normalizeInline(content) as Array<TextNode | HardBreakNode>
			this.contents.set(id, normalized)
			for (let r = 0; r < entry.references.length; r++) {
				const reference = entry.references[r] as FootnoteNode
				if (normalized.length > 0) {
					reference.content = normalized.map((node) => (node.type === 'text' && node.marks !== undefined ? { ...node, marks: node.marks.map(copyMark) } : { ...node }))
				}
			}
		}
		for (const label of this.footnoteOrder) {
			if (!this.footnoteIds.has(label)) {
				this.warn(`Footnote [^${label}] is never referenced, so its text was left out.`)
			}
		}
	}

	private paragraph(content: InlineNode[]): BlockNode {
		return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
	}

	/** Raw HTML block: comments dropped, `<br>` spacers become empty paragraphs, the rest literal text. */
	private htmlBlock(content: string): BlockNode[] {
		const withoutComments = content.replace(COMMENT, '').trim()
		if (withoutComments === '') {
			return []
		}
		const parts = withoutComments.split(/(<br\s*\/?>)/i).map((part) => part.trim()).filter((part) => part !== '')
		if (parts.every((part) => BREAK_TAG.test(part))) {
			return [{ type: 'paragraph' }]
		}
		this.warn('Raw HTML was kept as plain text.')
		const inline: InlineNode[] = []
		withoutComments.split('\n').forEach((line, index) => {
			if (index > 0) {
				inline.push(br())
			}
			if (line !== '') {
				inline.push({ type: 'text', text: line })
			}
		})
		return [this.paragraph(normalizeInline(inline))]
	}

	/** Code has no node in the model: one paragraph, lines joined by hard breaks, all in code marks. */
	private codeBlock(lines: string[]): BlockNode {
		this.warn('Code blocks were turned into paragraphs in code style.')
		const inline: InlineNode[] = []
		lines.forEach((line, index) => {
			if (index > 0) {
				inline.push(br())
			}
			if (line !== '') {
				inline.push({ type: 'text', text: line, marks: [{ type: 'code' }] })
			}
		})
		return this.paragraph(normalizeInline(inline))
	}

	/** Blocks that need at least one child get an empty paragraph rather than being invalid. */
	private atLeastOne(blocks: BlockNode[]): BlockNode[] {
		return blocks.length > 0 ? blocks : [{ type: 'paragraph' }]
	}

	private listItems(list: Block, depth: number): ListItemNode[] {
		return list.children.map((item) => {
			const content = this.blocks(item.children, depth + 1)
			// listItem is "paragraph block*": an item that starts with a list,
			// quote or heading (or is empty) gets an empty first paragraph.
			if (content[0]?.type !== 'paragraph') {
				content.unshift({ type: 'paragraph' })
			}
			return { type: 'listItem', content }
		})
	}

	private table(table: Block): BlockNode {
		const cells = this.cells.get(table) ?? []
		const rows: TableRowNode[] = []
		let index = 0
		table.rows.forEach((_, rowIndex) => {
			const content: TableCellNode[] = []
			for (let i = 0; i < table.level; i++) {
				const read = cells[index++] as Read
				this.report(read.warnings)
				content.push({ type: rowIndex === 0 ? 'tableHeader' : 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [this.paragraph(read.nodes)] })
			}
			if (content.length > 0) {
				rows.push({ type: 'tableRow', content })
			}
		})
		return { type: 'table', content: rows }
	}

	private definitionList(list: Block, depth: number): BlockNode {
		const content: Array<DefinitionTermNode | DefinitionDescriptionNode> = []
		for (const child of list.children) {
			const last = content[content.length - 1]
			if (child.kind === 'dt') {
				const term = this.inlineOf(child)
				if (last?.type === 'definitionTerm') {
					// Two terms for one description: they share it, on separate lines.
					last.content = normalizeInline([...(last.content ?? []), br(), ...term])
				} else {
					content.push(term.length > 0 ? { type: 'definitionTerm', content: term } : { type: 'definitionTerm' })
				}
			} else {
				if (last === undefined) {
					content.push({ type: 'definitionTerm' })
				}
				content.push({ type: 'definitionDescription', content: this.atLeastOne(this.blocks(child.children, depth + 1)) })
			}
		}
		if (content[content.length - 1]?.type === 'definitionTerm') {
			content.push({ type: 'definitionDescription', content: [{ type: 'paragraph' }] })
		}
		return { type: 'definitionList', content }
	}

	/** Inline reads of a container too deep to keep, each as its own paragraph. */
	private flattened(block: Block, depth: number, out: BlockNode[]): void {
		if (block.kind === 'table') {
			for (const read of this.cells.get(block) ?? []) {
				this.report(read.warnings)
				out.push(this.paragraph(read.nodes))
			}
			return
		}
		if (block.kind === 'dl') {
			for (const child of block.children) {
				if (child.kind === 'dt') {
					out.push(this.paragraph(this.inlineOf(child)))
				} else {
					this.warn(`Content nested more than ${schemaData.limits.maxDepth} levels deep was moved up a level.`)
					out.push(...this.blocks(child.children, depth))
				}
			}
			return
		}
		if (block.kind === 'list') {
			for (const item of block.children) {
				this.warn(`Content nested more than ${schemaData.limits.maxDepth} levels deep was moved up a level.`)
				out.push(...this.blocks(item.children, depth))
			}
			return
		}
		out.push(...this.blocks(block.children, depth))
	}

	/** Blocks at a given nesting depth (doc = 1, its children = 2). */
	blocks(children: Block[], depth: number): BlockNode[] {
		const blocks: BlockNode[] = []
		// Below the depth budget, containers are unwrapped: their content stays, their frame goes.
		const unwrap = depth + DEPTH_RESERVE > schemaData.limits.maxDepth
		for (let i = 0; i < children.length; i++) {
			const block = children[i] as Block
			if (unwrap && (block.kind === 'blockquote' || block.kind === 'list' || block.kind === 'table' || block.kind === 'dl')) {
				this.warn(`Content nested more than ${schemaData.limits.maxDepth} levels deep was moved up a level.`)
				this.flattened(block, depth, blocks)
				continue
			}
			switch (block.kind) {
			case 'paragraph':
				blocks.push(this.paragraph(this.inlineOf(block)))
				break
			case 'heading': {
				const level = Math.min(block.level, 3) as 1 | 2 | 3
				if (block.level > 3) {
					this.warn('Headings below level 3 were imported as level 3.')
				}
				const content = this.inlineOf(block)
				blocks.push(content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } })
				break
			}
			case 'blockquote':
				blocks.push({ type: 'blockquote', content: this.atLeastOne(this.blocks(block.children, depth + 1)) })
				break
			case 'list': {
				const content = this.listItems(block, depth + 1)
				if (!block.ordered) {
					blocks.push({ type: 'bulletList', content })
				} else {
					let start = block.level
					if (!Number.isSafeInteger(start) || start < 1) {
						this.warn('Numbered lists starting below 1 now start at 1.')
						start = 1
					}
					blocks.push({ type: 'orderedList', attrs: { start }, content })
				}
				break
			}
			case 'table':
				blocks.push(this.table(block))
				break
			case 'dl':
				blocks.push(this.definitionList(block, depth + 1))
				break
			case 'code':
				blocks.push(this.codeBlock(block.lines))
				break
			case 'html':
				blocks.push(...this.htmlBlock(block.lines.join('\n') + '\n'))
				break
			case 'hr':
				this.warn('Horizontal rules have no equivalent in documents and were left out.')
				break
			default:
				// Footnote definitions: their text sits at each reference.
				break
			}
		}
		return blocks
	}

}

/** Whether `text` takes more than `limit` bytes as UTF-8, without encoding it. */
function utf8LengthExceeds(text: string, limit: number): boolean {
	// A UTF-16 code unit takes one to three UTF-8 bytes (a surrogate pair four).
	if (text.length > limit) {
		return true
	}
	if (text.length * 3 <= limit) {
		return false
	}
	let bytes = 0
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i)
		bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3
	}
	return bytes > limit
}

/**
 * Most bytes a node can take in the document's JSON besides its strings:
 * its keys, type name, attributes and punctuation (the longest, a table
 * cell with its attrs, takes about 90).
 */
const NODE_JSON_BOUND = 128
const MARK_JSON_BOUND = 64

/** The first text node longer than the schema allows, as validateDocument would find it. */
function overlongText(nodes: readonly AnyNode[] | undefined, path: string): string | null {
	if (nodes === undefined) {
		return null
	}
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as AnyNode
		if (node.type === 'text') {
			if (node.text.length > schemaData.limits.maxTextLength && codePointLength(node.text) > schemaData.limits.maxTextLength) {
				return `${path}.content[${i}].text: must be at most ${schemaData.limits.maxTextLength} characters long`
			}
		} else if ('content' in node) {
			const found = overlongText(node.content as AnyNode[] | undefined, `${path}.content[${i}]`)
			if (found !== null) {
				return found
			}
		}
	}
	return null
}

/** What one walk over the body finds: a bound of its JSON size, and its longest text. */
interface SizeWalk {
	bytes: number
	longestText: number
}

/**
 * An upper bound of the body's size as UTF-8 JSON, in one walk: every
 * string takes at most three bytes per UTF-16 unit (no character that
 * would be escaped as `\uXXXX` is left after cleaning) plus quotes.
 */
function walkSizes(nodes: readonly AnyNode[], walk: SizeWalk): void {
	// Sums in local variables, which V8's baseline code keeps in registers;
	// the walk object is read and written once per list.
	let bytes = 0
	let longest = walk.longestText
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as AnyNode
		bytes += NODE_JSON_BOUND
		if (node.type === 'text') {
			const length = node.text.length
			bytes += length * 3
			if (length > longest) {
				longest = length
			}
			const marks = node.marks
			if (marks !== undefined) {
				for (let m = 0; m < marks.length; m++) {
					const mark = marks[m] as Mark
					bytes += MARK_JSON_BOUND
					if (mark.type === 'link') {
						bytes += (mark.attrs.href.length + (mark.attrs.title?.length ?? 0)) * 3
					}
				}
			}
		} else {
			const content = (node as { content?: AnyNode[] }).content
			if (content !== undefined) {
				walk.longestText = longest
				walkSizes(content, walk)
				longest = walk.longestText
			}
		}
	}
	walk.bytes += bytes
	walk.longestText = longest
}

/** The size limits of the schema (body bytes, text length), checked on an import's result. */
function sizeProblem(document: PolicyDocument): string | null {
	const walk: SizeWalk = { bytes: 4096 + document.meta.title.length * 3, longestText: 0 }
	walkSizes(document.body.content, walk)
	// Serialising is needed only when the bound does not already show the
	// document is within the limit.
	if (walk.bytes > schemaData.limits.maxBodyBytes
		&& utf8LengthExceeds(JSON.stringify(document), schemaData.limits.maxBodyBytes)) {
		return `(document): is larger than ${schemaData.limits.maxBodyBytes} bytes`
	}
	// Code points never outnumber UTF-16 code units, so most documents need no closer look.
	return walk.longestText > schemaData.limits.maxTextLength ? overlongText(document.body.content, 'body') : null
}

/** Plain text of inline nodes (for the title), footnotes left out, breaks as spaces. */
function inlineText(nodes: readonly InlineNode[]): string {
	return nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'hardBreak' ? ' ' : '')).join('').replace(/\s+/g, ' ').trim()
}

function truncate(value: string, maxCodePoints: number): string {
	const codePoints = Array.from(value)
	return codePoints.length > maxCodePoints ? codePoints.slice(0, maxCodePoints).join('') : value
}

/**
 * Read a Markdown text into a new, valid PolicyDocument.
 *
 * @throws MarkdownImportError when the text is too large to be stored
 */
export function markdownToDocument(markdown: string, options: MarkdownImportOptions = {}): MarkdownImportResult {
	if (utf8LengthExceeds(markdown, schemaData.limits.maxBodyBytes)) {
		throw new MarkdownImportError(`The Markdown text is larger than ${schemaData.limits.maxBodyBytes} bytes.`)
	}
	// Characters XML 1.0 forbids are removed before parsing, so they cannot
	// end up in any text, link or title.
	const source = removeForbiddenCharacters(markdown)
	const parsed = new BlockParser(readDefinition).parse(source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source)
	const reader = new Reader(parsed.references, parsed.footnotes, parsed.footnoteOrder)
	reader.readInline(parsed.document)
	reader.collectFootnotes()
	const content = reader.blocks(parsed.document.children, 2)
	if (source.length !== markdown.length) {
		reader.warn('Control characters that documents cannot hold were removed.')
	}

	const warnings = reader.warnings
	let title = removeForbiddenCharacters(options.title ?? '').replace(/\s+/g, ' ').trim()
	if (title === '') {
		const heading = content.find((block) => block.type === 'heading' && block.attrs.level === 1)
		title = heading?.type === 'heading' ? inlineText(heading.content ?? []) : ''
	}
	title = truncate(title === '' ? 'Untitled' : title, schemaData.limits.maxTitleLength)

	let language = (options.language ?? '').trim()
	const languagePattern = new RegExp(schemaData.meta.language?.pattern ?? '^$', 'u')
	if (language !== '' && !languagePattern.test(language)) {
		warnings.push(`"${language}" is not a language tag; the document language was set to "en".`)
		language = ''
	}

	let document = policyDocument(
		{ title, type: options.type ?? 'policy', language: language === '' ? 'en' : language },
		{ type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
	)
	// The source was cleaned of forbidden characters before parsing, so the
	// sanitizing pass over the whole result is needed only when a form feed
	// reference may have brought one back (see FORM_FEED_REFERENCE). There is
	// no validateDocument() pass either: the reader builds only what the
	// schema allows, within its depth, link and title limits, and the tests
	// hold every import to both (tests/js/model/markdownOutput.test.ts). What
	// the reader cannot bound is size, as a footnote is copied to each of its
	// references.
	if (FORM_FEED_REFERENCE.test(source)) {
		document = sanitizeDocument(document)
	}
	const problem = sizeProblem(document)
	if (problem !== null) {
		throw new MarkdownImportError(`The imported document cannot be stored: ${problem}`)
	}
	return { document, warnings }
}
