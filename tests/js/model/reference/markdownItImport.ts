/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Reference Markdown import for differential tests: the import as it was
 * built on markdown-it (CommonMark + GFM tables, with the footnote and
 * definition list plugins), walking markdown-it's token stream into the
 * document model. The app's own reader (src/model/markdown) is held to give
 * the same documents and warnings as this one; markdown-it is a development
 * dependency for this purpose only.
 */
import MarkdownIt from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'
import deflist from 'markdown-it-deflist'
import footnote from 'markdown-it-footnote'
import { br, normalizeInline, policyDocument, sortMarks, text } from '../../../../src/model/builders'
import { removeForbiddenCharacters, sanitizeDocument } from '../../../../src/model/sanitize'
import { schemaData } from '../../../../src/model/schema'
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
} from '../../../../src/model/types'
import { codePointLength } from '../../../../src/model/validate'

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
export class ReferenceImportError extends Error {

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

const BREAK_TAG = /^<br\s*\/?>$/i
const GFM_AUTOLINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|[^\s@]+@[^\s@]+\.[^\s@]+$)/i
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
/**
 * A numeric character reference to U+000C (form feed), `&#12;` or `&#xC;`
 * with any leading zeros. Of the characters XML 1.0 forbids, it is the only
 * one markdown-it decodes a reference to (its isValidEntityCode refuses the
 * others and surrogates), so it is the only way one gets into the text after
 * the source was cleaned.
 */
const FORM_FEED_REFERENCE = /&#(?:0*12|x0*c);/i
const LINK_PATTERN = new RegExp(schemaData.marks.link?.attrs?.href?.pattern ?? '^$', 'u')
const MAX_HREF = schemaData.marks.link?.attrs?.href?.maxLength ?? 2048
const MAX_LINK_TITLE = schemaData.marks.link?.attrs?.title?.maxLength ?? 512

function createParser(): MarkdownIt {
	// html: true so that raw HTML arrives as html_block/html_inline tokens we
	// can turn into text; with html: false markdown-it would escape it the
	// same way, but `<br>` could not become a hard break.
	const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false })
		.use(footnote)
		.use(deflist)
	// The visible text of autolinks and bare URLs stays as written: the default
	// percent-decodes it ("%20" would become a space) and punycode-decodes hosts.
	md.normalizeLinkText = (url: string): string => url
	md.core.ruler.at('footnote_tail', footnoteTail)
	return md
}

interface FootnoteEntry {
	label?: string
	count?: number
	content?: string
	tokens?: Token[]
}

/**
 * markdown-it-footnote's `footnote_tail`, producing the same token stream
 * without its cost: the plugin's version appends each footnote with
 * `state.tokens = state.tokens.concat(…)`, copying the whole document's
 * tokens once per footnote, which made a document with 500 footnotes spend
 * more time here than in parsing. This one builds the new stream once.
 * Same steps in the same order: definitions are lifted out of the text,
 * then every footnote in `env.footnotes.list` (numbered in order of first
 * reference) is appended as footnote_open, its paragraphs, one anchor per
 * reference inside its last paragraph, footnote_close.
 */
export function footnoteTail(state: StateCore): void {
	const footnotes = state.env.footnotes as { list?: FootnoteEntry[] } | undefined
	if (footnotes === undefined) {
		return
	}
	const stream: Token[] = []
	const definitions = new Map<string, Token[]>()
	let current: Token[] = []
	let currentLabel = ''
	let insideDefinition = false
	for (const token of state.tokens) {
		if (token.type === 'footnote_reference_open') {
			insideDefinition = true
			current = []
			currentLabel = (token.meta as { label: string }).label
		} else if (token.type === 'footnote_reference_close') {
			insideDefinition = false
			definitions.set(currentLabel, current)
		} else if (insideDefinition) {
			current.push(token)
		} else {
			stream.push(token)
		}
	}
	state.tokens = stream
	const list = footnotes.list
	if (list === undefined) {
		return
	}
	stream.push(new state.Token('footnote_block_open', '', 1))
	// Kept across iterations, as in the plugin: an entry with neither inline
	// tokens nor a label repeats the previous one's tokens.
	let tokens: Token[] | undefined
	for (let i = 0; i < list.length; i++) {
		const entry = list[i] as FootnoteEntry
		const open = new state.Token('footnote_open', '', 1)
		open.meta = { id: i, label: entry.label }
		stream.push(open)
		if (entry.tokens !== undefined) {
			const paragraphOpen = new state.Token('paragraph_open', 'p', 1)
			paragraphOpen.block = true
			const inline = new state.Token('inline', '', 0)
			inline.children = entry.tokens
			inline.content = entry.content ?? ''
			const paragraphClose = new state.Token('paragraph_close', 'p', -1)
			paragraphClose.block = true
			tokens = [paragraphOpen, inline, paragraphClose]
		} else if (entry.label) {
			tokens = definitions.get(entry.label)
		}
		if (tokens !== undefined) {
			for (const token of tokens) {
				stream.push(token)
			}
		}
		const lastParagraph = stream[stream.length - 1]?.type === 'paragraph_close' ? stream.pop() : undefined
		const anchors = entry.count !== undefined && entry.count > 0 ? entry.count : 1
		for (let j = 0; j < anchors; j++) {
			const anchor = new state.Token('footnote_anchor', '', 0)
			anchor.meta = { id: i, subId: j, label: entry.label }
			stream.push(anchor)
		}
		if (lastParagraph !== undefined) {
			stream.push(lastParagraph)
		}
		stream.push(new state.Token('footnote_close', '', -1))
	}
	stream.push(new state.Token('footnote_block_close', '', -1))
}

let parser: MarkdownIt | null = null

/**
 * A fresh mark for each text node, so no two nodes of an imported document
 * share an object and callers may change one without touching another.
 */
function copyMark(mark: Mark): Mark {
	return mark.type === 'link' ? { type: 'link', attrs: { ...mark.attrs } } : { type: mark.type } as Mark
}

/** Undo CommonMark backslash escapes of ASCII punctuation (§2.4). */
function unescapePunctuation(value: string): string {
	return value.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

class Reader {

	readonly warnings: string[] = []
	private readonly warned = new Set<string>()
	/** Footnote bodies by markdown-it-footnote's numeric id. */
	private readonly footnotes = new Map<number, Array<TextNode | HardBreakNode>>()

	constructor(private readonly tokens: Token[], env: Record<string, unknown>) {
		this.collectFootnotes()
		const refs = (env.footnotes as { refs?: Record<string, number> } | undefined)?.refs ?? {}
		for (const [label, id] of Object.entries(refs)) {
			if (id < 0) {
				this.warn(`Footnote [^${label.slice(1)}] is never referenced, so its text was left out.`)
			}
		}
	}

	/** Record a warning once per distinct message. */
	warn(message: string): void {
		if (!this.warned.has(message)) {
			this.warned.add(message)
			this.warnings.push(message)
		}
	}

	/** Index of the token closing the one opened at `open`. */
	private closeOf(open: number, tokens: Token[] = this.tokens): number {
		let level = 0
		for (let i = open; i < tokens.length; i++) {
			level += (tokens[i] as Token).nesting
			if (level === 0) {
				return i
			}
		}
		return tokens.length - 1
	}

	/**
	 * Footnote definitions come last in the token stream (markdown-it-footnote's
	 * tail rule); read them first so each reference can carry its text.
	 * Paragraphs of one footnote are joined with hard breaks, since the
	 * model's footnote holds inline content only.
	 */
	private collectFootnotes(): void {
		for (let i = 0; i < this.tokens.length; i++) {
			const token = this.tokens[i] as Token
			if (token.type !== 'footnote_open') {
				continue
			}
			const close = this.closeOf(i)
			const content: Array<TextNode | HardBreakNode> = []
			for (let j = i + 1; j < close; j++) {
				const inner = this.tokens[j] as Token
				if (inner.type !== 'inline') {
					continue
				}
				if (content.length > 0) {
					content.push(br())
				}
				for (const node of this.inline(inner.children ?? [])) {
					if (node.type === 'footnote') {
						// A reference inside a footnote: the model has no nested notes, so keep its text.
						this.warn('A footnote inside a footnote was merged into the outer footnote.')
						content.push(...(node.content ?? []))
					} else {
						content.push(node)
					}
				}
			}
			this.footnotes.set((token.meta as { id: number }).id, normalizeInline(content) as Array<TextNode | HardBreakNode>)
			i = close
		}
	}

	private link(token: Token): Mark | null {
		let href = (token.attrGet('href') ?? '').trim()
		if (token.markup === 'linkify') {
			// markdown-it's linkify reads bare URLs from the raw source, so a
			// CommonMark escape such as `dgslogo\_ls.htm` would keep its backslash.
			href = href.replace(/%5C(?=[!-/:-@[-`{-~])/gi, '')
		}
		// Schemes are case-insensitive (RFC 3986 §3.1); the schema's pattern is not.
		href = href.replace(/^([a-z][a-z0-9+.-]*):/i, (scheme) => scheme.toLowerCase())
		if (href.length > MAX_HREF || !LINK_PATTERN.test(href)) {
			this.warn(`The link to "${href.slice(0, 80)}" is not a web, mail, phone or relative address, so only its text was kept.`)
			return null
		}
		const title = token.attrGet('title')
		if (title !== null && title !== '' && title.length <= MAX_LINK_TITLE) {
			return { type: 'link', attrs: { href, title } }
		}
		return { type: 'link', attrs: { href } }
	}

	/** Inline tokens to model inline nodes, carrying a stack of open marks. */
	inline(tokens: Token[]): InlineNode[] {
		const nodes: InlineNode[] = []
		// null entries stand for links we could not keep, so closes still pair up.
		const open: Array<Mark | null> = []
		const marks = (): Mark[] => {
			const byType = new Map<string, Mark>()
			for (const mark of open) {
				if (mark !== null) {
					byType.set(mark.type, mark)
				}
			}
			return sortMarks([...byType.values()].map(copyMark))
		}
		const closeMark = (type: string): void => {
			for (let i = open.length - 1; i >= 0; i--) {
				const mark = open[i]
				if ((mark === null && type === 'link') || mark?.type === type) {
					open.splice(i, 1)
					return
				}
			}
		}
		const push = (value: string, extra: Mark[] = []): void => {
			if (value === '') {
				return
			}
			if (open.length === 0 && extra.length === 0) {
				// Most text carries no mark: text(value) without building mark lists.
				nodes.push({ type: 'text', text: value })
				return
			}
			nodes.push(text(value, [...marks().filter((mark) => !extra.some((e) => e.type === mark.type)), ...extra]))
		}

		let linkify = false
		for (let index = 0; index < tokens.length; index++) {
			const token = tokens[index] as Token
			switch (token.type) {
			case 'text':
			case 'text_special':
				push(linkify ? unescapePunctuation(token.content) : token.content)
				break
			case 'softbreak':
				// A soft line break is whitespace in CommonMark (§6.8); the model keeps one space.
				push(' ')
				break
			case 'hardbreak':
				nodes.push(br())
				break
			case 'code_inline':
				push(token.content, [{ type: 'code' }])
				break
			case 'strong_open':
				open.push({ type: 'bold' })
				break
			case 'em_open':
				open.push({ type: 'italic' })
				break
			case 's_open':
				open.push({ type: 'strike' })
				break
			case 'strong_close':
				closeMark('bold')
				break
			case 'em_close':
				closeMark('italic')
				break
			case 's_close':
				closeMark('strike')
				break
			case 'link_open':
				linkify = token.markup === 'linkify'
				// GFM autolinks bare text only after a scheme or "www.", or as an
				// e-mail address; linkify-it would also take "policy.md" (.md is
				// Moldova's domain) or "Schema.org" for addresses.
				open.push(linkify && !GFM_AUTOLINK.test(tokens[index + 1]?.content ?? '') ? null : this.link(token))
				break
			case 'link_close':
				closeMark('link')
				linkify = false
				break
			case 'image': {
				const alt = this.plainText(token.children ?? [])
				const src = token.attrGet('src') ?? ''
				this.warn('Images cannot be stored in documents; each was replaced by its description (alt text).')
				push(alt !== '' ? alt : `[${src}]`)
				break
			}
			case 'html_inline':
				if (BREAK_TAG.test(token.content.trim())) {
					nodes.push(br())
				} else if (!token.content.startsWith('<!--')) {
					this.warn('Raw HTML was kept as plain text.')
					push(token.content)
				}
				break
			case 'footnote_ref': {
				const id = (token.meta as { id: number, subId?: number }).id
				if ((token.meta as { subId?: number }).subId) {
					this.warn('A footnote referenced more than once was repeated at each reference.')
				}
				const content = this.footnotes.get(id) ?? []
				const note: FootnoteNode = content.length > 0 ? { type: 'footnote', content: content.map((node) => (node.type === 'text' && node.marks !== undefined ? { ...node, marks: node.marks.map(copyMark) } : { ...node })) } : { type: 'footnote' }
				nodes.push(note)
				break
			}
			default:
				if (token.content !== '') {
					this.warn(`Unsupported Markdown (${token.type}) was kept as plain text.`)
					push(token.content)
				}
			}
		}
		return normalizeInline(nodes)
	}

	/** Text of inline tokens without marks (alt text, titles). */
	private plainText(tokens: Token[]): string {
		return tokens.map((token) => {
			if (token.type === 'softbreak' || token.type === 'hardbreak') {
				return ' '
			}
			if (token.type === 'image') {
				return this.plainText(token.children ?? [])
			}
			return token.content
		}).join('')
	}

	private inlineOf(tokens: Token[], open: number): InlineNode[] {
		const inline = tokens[open + 1]
		return inline?.type === 'inline' ? this.inline(inline.children ?? []) : []
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
		const lines = withoutComments.split('\n')
		const inline: InlineNode[] = []
		lines.forEach((line, index) => {
			if (index > 0) {
				inline.push(br())
			}
			if (line !== '') {
				inline.push(text(line))
			}
		})
		return [this.paragraph(normalizeInline(inline))]
	}

	/** Code has no node in the model: one paragraph, lines joined by hard breaks, all in code marks. */
	private codeBlock(content: string): BlockNode {
		this.warn('Code blocks were turned into paragraphs in code style.')
		const inline: InlineNode[] = []
		content.replace(/\n$/, '').split('\n').forEach((line, index) => {
			if (index > 0) {
				inline.push(br())
			}
			if (line !== '') {
				inline.push(text(line, [{ type: 'code' }]))
			}
		})
		return this.paragraph(normalizeInline(inline))
	}

	/** Blocks that need at least one child get an empty paragraph rather than being invalid. */
	private atLeastOne(blocks: BlockNode[]): BlockNode[] {
		return blocks.length > 0 ? blocks : [{ type: 'paragraph' }]
	}

	private listItems(tokens: Token[], from: number, to: number, depth: number): ListItemNode[] {
		const items: ListItemNode[] = []
		for (let i = from; i < to; i++) {
			const token = tokens[i] as Token
			if (token.type !== 'list_item_open') {
				continue
			}
			const close = this.closeOf(i, tokens)
			const content = this.blocks(tokens, i + 1, close, depth + 1)
			// listItem is "paragraph block*": an item that starts with a list,
			// quote or heading (or is empty) gets an empty first paragraph.
			if (content[0]?.type !== 'paragraph') {
				content.unshift({ type: 'paragraph' })
			}
			items.push({ type: 'listItem', content })
			i = close
		}
		return items
	}

	private table(tokens: Token[], from: number, to: number): BlockNode {
		const rows: TableRowNode[] = []
		for (let i = from; i < to; i++) {
			const token = tokens[i] as Token
			if (token.type !== 'tr_open') {
				continue
			}
			const close = this.closeOf(i, tokens)
			const cells: TableCellNode[] = []
			for (let j = i + 1; j < close; j++) {
				const cell = tokens[j] as Token
				if (cell.type !== 'th_open' && cell.type !== 'td_open') {
					continue
				}
				cells.push({
					type: cell.type === 'th_open' ? 'tableHeader' : 'tableCell',
					attrs: { colspan: 1, rowspan: 1 },
					content: [this.paragraph(this.inlineOf(tokens, j))],
				})
				j = this.closeOf(j, tokens)
			}
			if (cells.length > 0) {
				rows.push({ type: 'tableRow', content: cells })
			}
			i = close
		}
		return { type: 'table', content: rows }
	}

	private definitionList(tokens: Token[], from: number, to: number, depth: number): BlockNode {
		const content: Array<DefinitionTermNode | DefinitionDescriptionNode> = []
		for (let i = from; i < to; i++) {
			const token = tokens[i] as Token
			if (token.type !== 'dt_open' && token.type !== 'dd_open') {
				continue
			}
			const close = this.closeOf(i, tokens)
			const last = content[content.length - 1]
			if (token.type === 'dt_open') {
				const term = this.inlineOf(tokens, i)
				if (last?.type === 'definitionTerm') {
					// Two terms for one description: the model pairs one term with its
					// descriptions, so the terms share one, on separate lines.
					last.content = normalizeInline([...(last.content ?? []), br(), ...term])
				} else {
					content.push(term.length > 0 ? { type: 'definitionTerm', content: term } : { type: 'definitionTerm' })
				}
			} else {
				if (last === undefined) {
					content.push({ type: 'definitionTerm' })
				}
				content.push({ type: 'definitionDescription', content: this.atLeastOne(this.blocks(tokens, i + 1, close, depth + 1)) })
			}
			i = close
		}
		if (content[content.length - 1]?.type === 'definitionTerm') {
			content.push({ type: 'definitionDescription', content: [{ type: 'paragraph' }] })
		}
		return { type: 'definitionList', content }
	}

	/** Block tokens in [from, to) at a given nesting depth (doc = 1, its children = 2). */
	blocks(tokens: Token[], from: number, to: number, depth: number): BlockNode[] {
		const blocks: BlockNode[] = []
		// Below the depth budget, containers are unwrapped: their content stays, their frame goes.
		const unwrap = depth + DEPTH_RESERVE > schemaData.limits.maxDepth
		for (let i = from; i < to; i++) {
			const token = tokens[i] as Token
			if (token.nesting === 1 && (unwrap && token.type !== 'paragraph_open' && token.type !== 'heading_open')) {
				this.warn(`Content nested more than ${schemaData.limits.maxDepth} levels deep was moved up a level.`)
				const close = this.closeOf(i, tokens)
				if (token.type === 'table_open' || token.type === 'dt_open') {
					// Keep every inline run as its own paragraph.
					for (let j = i + 1; j < close; j++) {
						if ((tokens[j] as Token).type === 'inline') {
							blocks.push(this.paragraph(this.inline((tokens[j] as Token).children ?? [])))
						}
					}
				} else {
					blocks.push(...this.blocks(tokens, i + 1, close, depth))
				}
				i = close
				continue
			}
			switch (token.type) {
			case 'paragraph_open':
				blocks.push(this.paragraph(this.inlineOf(tokens, i)))
				i = this.closeOf(i, tokens)
				break
			case 'heading_open': {
				const markdownLevel = Number(token.tag.slice(1))
				const level = Math.min(markdownLevel, 3) as 1 | 2 | 3
				if (markdownLevel > 3) {
					this.warn('Headings below level 3 were imported as level 3.')
				}
				const content = this.inlineOf(tokens, i)
				blocks.push(content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } })
				i = this.closeOf(i, tokens)
				break
			}
			case 'blockquote_open': {
				const close = this.closeOf(i, tokens)
				blocks.push({ type: 'blockquote', content: this.atLeastOne(this.blocks(tokens, i + 1, close, depth + 1)) })
				i = close
				break
			}
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const close = this.closeOf(i, tokens)
				const content = this.listItems(tokens, i + 1, close, depth + 1)
				if (token.type === 'bullet_list_open') {
					blocks.push({ type: 'bulletList', content })
				} else {
					let start = Number(token.attrGet('start') ?? '1')
					if (!Number.isSafeInteger(start) || start < 1) {
						this.warn('Numbered lists starting below 1 now start at 1.')
						start = 1
					}
					blocks.push({ type: 'orderedList', attrs: { start }, content })
				}
				i = close
				break
			}
			case 'table_open': {
				const close = this.closeOf(i, tokens)
				blocks.push(this.table(tokens, i + 1, close))
				i = close
				break
			}
			case 'dl_open': {
				const close = this.closeOf(i, tokens)
				blocks.push(this.definitionList(tokens, i + 1, close, depth + 1))
				i = close
				break
			}
			case 'code_block':
			case 'fence':
				blocks.push(this.codeBlock(token.content))
				break
			case 'html_block':
				blocks.push(...this.htmlBlock(token.content))
				break
			case 'hr':
				this.warn('Horizontal rules have no equivalent in documents and were left out.')
				break
			case 'footnote_block_open':
				// Already read by collectFootnotes(); the text sits at each reference.
				i = this.closeOf(i, tokens)
				break
			default:
				if (token.nesting === 1) {
					// An unknown container (from a plugin): keep what is inside.
					const close = this.closeOf(i, tokens)
					blocks.push(...this.blocks(tokens, i + 1, close, depth))
					i = close
				} else if (token.type === 'inline') {
					blocks.push(this.paragraph(this.inline(token.children ?? [])))
				}
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

/** The first text node longer than the schema allows, as validateDocument would find it. */
function overlongText(nodes: readonly AnyNode[] | undefined, path: string): string | null {
	if (nodes === undefined) {
		return null
	}
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as AnyNode
		if (node.type === 'text') {
			// Code points never outnumber UTF-16 code units, so most texts need no count.
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

/** The size limits of the schema (body bytes, text length), checked on an import's result. */
function sizeProblem(document: PolicyDocument): string | null {
	// JSON.stringify is native: faster than counting the bytes in a walk over
	// the document, and for most documents the string's length alone shows
	// it is within the limit (see utf8LengthExceeds).
	if (utf8LengthExceeds(JSON.stringify(document), schemaData.limits.maxBodyBytes)) {
		return `(document): is larger than ${schemaData.limits.maxBodyBytes} bytes`
	}
	return overlongText(document.body.content, 'body')
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
export function referenceMarkdownToDocument(markdown: string, options: MarkdownImportOptions = {}): MarkdownImportResult {
	if (utf8LengthExceeds(markdown, schemaData.limits.maxBodyBytes)) {
		throw new ReferenceImportError(`The Markdown text is larger than ${schemaData.limits.maxBodyBytes} bytes.`)
	}
	parser ??= createParser()
	const env: Record<string, unknown> = {}
	// Characters XML 1.0 forbids are removed before parsing, so they cannot
	// end up in any text, link or title (markdown-it would turn NUL into U+FFFD).
	const source = removeForbiddenCharacters(markdown)
	const tokens = parser.parse(source, env)
	const reader = new Reader(tokens, env)
	const content = reader.blocks(tokens, 0, tokens.length, 2)
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
		throw new ReferenceImportError(`The imported document cannot be stored: ${problem}`)
	}
	return { document, warnings }
}
