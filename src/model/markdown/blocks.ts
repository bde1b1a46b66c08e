/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Block structure of a Markdown text: CommonMark's container blocks (block
 * quotes, list items), its leaf blocks (paragraphs, ATX and setext
 * headings, code, HTML blocks, thematic breaks, link reference
 * definitions), GFM tables, footnote definitions and definition lists.
 *
 * One pass over the lines, as CommonMark describes parsing (spec, appendix
 * "A parsing strategy"): each line first continues the open containers it
 * can, then may open new blocks, and its rest goes into the innermost open
 * block, or continues a paragraph lazily. Inline content is kept as raw
 * text here; src/model/markdown/inline.ts reads it afterwards, once every
 * link reference definition and footnote label is known.
 */

export type BlockKind =
	| 'document' | 'blockquote' | 'list' | 'item' | 'footnote' | 'dl' | 'dt' | 'dd'
	| 'paragraph' | 'heading' | 'code' | 'html' | 'table' | 'hr'

export interface Block {
	kind: BlockKind
	parent: Block | null
	children: Block[]
	open: boolean
	/** Raw lines of a paragraph, code or HTML block. */
	lines: string[]
	/** heading: level; list: start number (ordered); table: number of columns */
	level: number
	/** list: '-', '+', '*' for bullets, '.' or ')' for ordered lists */
	marker: string
	ordered: boolean
	/** item, dd: columns of content indentation; list: its first marker's column; code: the fence's indentation */
	indent: number
	/** code: fence character and length (0 for indented code); html: start condition (in fenceLength) */
	fence: string
	fenceLength: number
	/** footnote: label; heading, dt: inline text; code: info string */
	text: string
	/** table: rows of raw cell texts, the first being the header */
	rows: string[][]
	/** item: started with a blank line after its marker; fenced code: its opening line is still to be skipped */
	blankStart: boolean
}

export interface LinkReference {
	href: string
	title: string | null
}

export interface BlockResult {
	document: Block
	/** Link reference definitions by normalised label. */
	references: Map<string, LinkReference>
	/** Footnote definitions by exact label; a later one replaces an earlier one. */
	footnotes: Map<string, Block>
	/** Footnote labels in the order of their first definition. */
	footnoteOrder: string[]
}

/** The list a kind of block never fills, shared; frozen, so filling it by mistake throws. */
const NONE = Object.freeze([]) as unknown as never[]

function block(kind: BlockKind, parent: Block | null): Block {
	// New lists only for what the kind holds (a large document has thousands
	// of blocks): lines for paragraphs, code and HTML, rows for tables,
	// children for the others but headings, terms and breaks.
	const lines = kind === 'paragraph' || kind === 'code' || kind === 'html'
	return {
		kind,
		parent,
		children: lines || kind === 'table' || kind === 'heading' || kind === 'dt' || kind === 'hr' ? NONE : [],
		open: true,
		lines: lines ? [] : NONE,
		level: 0,
		marker: '',
		ordered: false,
		indent: 0,
		fence: '',
		fenceLength: 0,
		text: '',
		rows: kind === 'table' ? [] : NONE,
		blankStart: false,
	}
}

const CODE_INDENT = 4
const ATX_HEADING = /^(#{1,6})(?:[ \t]+|$)/
const FENCE_OPEN = /^(`{3,}|~{3,})/
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/
const BULLET = /^[*+-](?=[ \t]|$)/
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/
const FOOTNOTE_DEFINITION = /^\[\^([^\] ]+)\]:/
const DEFINITION_MARKER = /^[:~][ \t]+\S/
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
/** Characters that may start a block other than a paragraph, at indentation 0 to 3: # ` ~ * + _ = < > | : [ - and digits. */
const MAYBE_SPECIAL = new Uint8Array(128)
for (const ch of '#`~*+_=<>|:[-0123456789') {
	MAYBE_SPECIAL[ch.charCodeAt(0)] = 1
}

const HTML_BLOCK_NAMES = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog '
	+ 'dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe '
	+ 'legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td '
	+ 'tfoot th thead title tr track ul').split(' '))
const HTML_OPEN_TAG = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*\s*\/?>\s*$/
const HTML_CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>\s*$/
const HTML_END = [
	/<\/(?:pre|script|style|textarea)>/i,
	/-->/,
	/\?>/,
	/>/,
	/\]\]>/,
]

/** The HTML block start condition (1 to 7) a line opens, or 0. */
function htmlBlockStart(text: string, inParagraph: boolean): number {
	if (/^<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(text)) {
		return 1
	}
	if (text.startsWith('<!--')) {
		return 2
	}
	if (text.startsWith('<?')) {
		return 3
	}
	if (/^<![A-Za-z]/.test(text)) {
		return 4
	}
	if (text.startsWith('<![CDATA[')) {
		return 5
	}
	const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/.exec(text)
	if (name !== null && HTML_BLOCK_NAMES.has((name[1] as string).toLowerCase())) {
		return 6
	}
	if (!inParagraph && (HTML_OPEN_TAG.test(text) || HTML_CLOSE_TAG.test(text))) {
		return 7
	}
	return 0
}

/** Trims spaces, tabs and line endings only: other white space (no-break space, BOM) is text. */
export function trimBlank(text: string): string {
	let start = 0
	let end = text.length
	while (start < end && isBlankChar(text.charCodeAt(start))) {
		start++
	}
	while (end > start && isBlankChar(text.charCodeAt(end - 1))) {
		end--
	}
	return start === 0 && end === text.length ? text : text.slice(start, end)
}

function isBlankChar(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

/** Label normalisation for link references: case-folded, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase()
}

/** Cells of a table row, split at unescaped pipes; an escaped pipe loses its backslash. */
export function splitTableRow(line: string): string[] {
	const text = line.trim()
	const cells: string[] = []
	let current = ''
	let start = 0
	// From pipe to pipe; one after a backslash is text, the backslash dropped.
	for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
		if (i > 0 && text.charCodeAt(i - 1) === 0x5c) {
			current += text.slice(start, i - 1)
			start = i
		} else {
			cells.push(current + text.slice(start, i))
			current = ''
			start = i + 1
		}
	}
	cells.push(current + text.slice(start))
	if (cells.length > 0 && (cells[0] as string).trim() === '') {
		cells.shift()
	}
	if (cells.length > 0 && (cells[cells.length - 1] as string).trim() === '') {
		cells.pop()
	}
	return cells.map((cell) => cell.trim())
}

function delimiterColumns(line: string): number {
	const trimmed = line.trim()
	// A leading `-` followed by a space starts a list item, not a delimiter row.
	if (!TABLE_DELIMITER_ROW.test(trimmed) || !trimmed.includes('-') || /^-[ \t]/.test(trimmed)) {
		return 0
	}
	return trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').length
}

/**
 * A position in the current line, counting columns with tabs to the next
 * multiple of four, as CommonMark does for indentation.
 */
class Line {

	text = ''
	offset = 0
	column = 0
	/** Columns of a tab that was only partly used as indentation. */
	partialTab = 0
	nextNonspace = 0
	nextNonspaceColumn = 0
	indent = 0
	blank = false

	reset(text: string): void {
		this.text = text
		this.offset = 0
		this.column = 0
		this.partialTab = 0
	}

	findNextNonspace(): void {
		let i = this.offset
		let column = this.column
		const text = this.text
		for (; i < text.length; i++) {
			const ch = text.charCodeAt(i)
			if (ch === 0x20) {
				column++
			} else if (ch === 0x09) {
				column += 4 - (column % 4)
			} else {
				break
			}
		}
		this.nextNonspace = i
		this.nextNonspaceColumn = column
		this.indent = column - this.column
		this.blank = i >= text.length
	}

	/** Move past `count` columns (a tab may be split) or `count` characters. */
	advance(count: number, columns: boolean): void {
		const text = this.text
		while (count > 0 && this.offset < text.length) {
			const ch = text.charCodeAt(this.offset)
			if (ch === 0x09 && columns) {
				const width = 4 - (this.column % 4)
				if (width > count) {
					this.column += count
					this.partialTab = width - count
					count = 0
				} else {
					this.column += width
					this.partialTab = 0
					this.offset++
					count -= width
				}
			} else {
				this.partialTab = 0
				this.offset++
				this.column++
				count--
			}
		}
	}

	advanceToNextNonspace(): void {
		this.offset = this.nextNonspace
		this.column = this.nextNonspaceColumn
		this.partialTab = 0
	}

	/** The rest of the line, a partly used tab given back as spaces. */
	rest(): string {
		if (this.partialTab > 0) {
			return ' '.repeat(this.partialTab) + this.text.slice(this.offset + 1)
		}
		return this.text.slice(this.offset)
	}

}

const CONTINUE = 0
const STOP = 1
const LINE_DONE = 2

export class BlockParser {

	private readonly doc = block('document', null)
	private tip: Block = this.doc
	private oldTip: Block = this.doc
	private lastMatched: Block = this.doc
	private allClosed = true
	/** Blank lines just before the current line. */
	private blankRun = 0
	private lazyInQuote = false
	private source = ''
	/** Where the line after the current one starts. */
	private nextLine = 0
	/** The next line was read already (a table's delimiter row). */
	private skipNext = false
	private readonly line = new Line()
	private readonly references = new Map<string, LinkReference>()
	private readonly footnotes = new Map<string, Block>()
	private readonly footnoteOrder: string[] = []
	/** Reads a link reference definition at the start of a paragraph's text: [length used, label, reference]. */
	constructor(private readonly readDefinition: (text: string) => [number, string, LinkReference] | null) {}

	parse(source: string): BlockResult {
		this.source = source
		let start = 0
		const length = source.length
		while (start <= length) {
			let end = source.indexOf('\n', start)
			if (end < 0) {
				end = length
				if (start === end) {
					break
				}
			}
			this.nextLine = end + 1
			if (this.skipNext) {
				this.skipNext = false
			} else {
				this.incorporate(source.slice(start, end))
			}
			start = end + 1
		}
		while (this.tip !== this.doc) {
			this.finalize(this.tip)
		}
		this.finalize(this.doc)
		return { document: this.doc, references: this.references, footnotes: this.footnotes, footnoteOrder: this.footnoteOrder }
	}

	private add(kind: BlockKind): Block {
		while (!this.accepts(this.tip.kind, kind)) {
			this.finalize(this.tip)
		}
		const child = block(kind, this.tip)
		this.tip.children.push(child)
		this.tip = child
		return child
	}

	private accepts(parent: BlockKind, child: BlockKind): boolean {
		switch (parent) {
		case 'document':
		case 'blockquote':
		case 'item':
		case 'footnote':
		case 'dd':
			return child !== 'item' && child !== 'dd' && child !== 'dt'
		case 'list':
			return child === 'item'
		case 'dl':
			return child === 'dd' || child === 'dt'
		default:
			return false
		}
	}

	/** Whether an open container continues on the current line. */
	private continues(container: Block): number {
		const line = this.line
		switch (container.kind) {
		case 'blockquote':
			line.findNextNonspace()
			// A `>` continues the quote after any indentation, as markdown-it reads it.
			if (line.text.charCodeAt(line.nextNonspace) === 0x3e) {
				line.advanceToNextNonspace()
				line.advance(1, false)
				const ch = line.text.charCodeAt(line.offset)
				if (ch === 0x20 || ch === 0x09) {
					line.advance(1, true)
				}
				return CONTINUE
			}
			return STOP
		case 'item':
			line.findNextNonspace()
			// An item that began with a blank line ends at a second one.
			if (line.blank && container.children.length === 0 && container.blankStart) {
				return STOP
			}
			return this.continuesIndented(container.indent)
		case 'footnote':
			line.findNextNonspace()
			return this.continuesIndented(CODE_INDENT)
		case 'dd':
			line.findNextNonspace()
			return this.continuesIndented(container.indent)
		case 'code':
			return this.continuesCode(container)
		case 'html':
			line.findNextNonspace()
			return line.blank && (container.fenceLength === 6 || container.fenceLength === 7) ? STOP : CONTINUE
		case 'paragraph':
			line.findNextNonspace()
			return line.blank ? STOP : CONTINUE
		case 'table':
			line.findNextNonspace()
			return line.blank || line.indent >= CODE_INDENT ? STOP : CONTINUE
		case 'dl': {
			// Blank lines, a further description, or more of the open one.
			line.findNextNonspace()
			const last = container.children[container.children.length - 1]
			const continued = line.blank || DEFINITION_MARKER.test(line.text.slice(line.nextNonspace))
				|| (last?.kind === 'dd' && last.open && line.indent >= last.indent)
			return continued ? CONTINUE : STOP
		}
		case 'list':
		case 'document':
			return CONTINUE
		default:
			return STOP
		}
	}

	/**
	 * Whether a container whose content is indented by `columns` (a list
	 * item, footnote or description) goes on: on a blank line, and on a line
	 * indented that far, which loses the indentation. findNextNonspace has run.
	 */
	private continuesIndented(columns: number): number {
		const line = this.line
		if (line.blank) {
			this.advanceBlank(columns)
			return CONTINUE
		}
		if (line.indent >= columns) {
			line.advance(columns, true)
			return CONTINUE
		}
		return STOP
	}

	/** A blank line loses at most a container's indentation: the rest is kept for fenced code. */
	private advanceBlank(columns: number): void {
		const line = this.line
		if (line.indent <= columns) {
			line.advanceToNextNonspace()
		} else {
			line.advance(columns, true)
		}
	}

	private continuesCode(container: Block): number {
		const line = this.line
		line.findNextNonspace()
		if (container.fenceLength > 0) {
			// Fenced: a closing fence ends it; otherwise strip up to the opening fence's indentation.
			if (line.indent < CODE_INDENT && line.text.charCodeAt(line.nextNonspace) === container.fence.charCodeAt(0)) {
				const rest = line.text.slice(line.nextNonspace)
				const match = /^(`+|~+)[ \t]*$/.exec(rest)
				if (match !== null && (match[1] as string).length >= container.fenceLength && (match[1] as string)[0] === container.fence) {
					this.finalize(container)
					return LINE_DONE
				}
			}
			let strip = container.indent
			while (strip > 0 && line.offset < line.text.length && (line.text.charCodeAt(line.offset) === 0x20 || line.text.charCodeAt(line.offset) === 0x09)) {
				line.advance(1, true)
				strip--
			}
			return CONTINUE
		}
		if (line.indent >= CODE_INDENT) {
			line.advance(CODE_INDENT, true)
			return CONTINUE
		}
		if (line.blank) {
			line.advanceToNextNonspace()
			return CONTINUE
		}
		return STOP
	}

	private incorporate(text: string): void {
		const line = this.line
		line.reset(text)
		this.oldTip = this.tip
		let container = this.doc
		// 1. Which open containers does the line continue?
		let allMatched = true
		for (;;) {
			const last = container.children[container.children.length - 1]
			if (last === undefined || !last.open) {
				break
			}
			const result = this.continues(last)
			if (result === LINE_DONE) {
				this.blankRun = 0
				return
			}
			if (result === STOP) {
				allMatched = false
				break
			}
			container = last
		}
		this.allClosed = container === this.oldTip
		this.lastMatched = container

		// 2. New blocks the line opens.
		// A paragraph's continuation lines keep their indentation (it matters
		// in code spans): where the line stands now is kept to take it from.
		const restOffset = line.offset
		const restTab = line.partialTab
		let leaf = container.kind === 'code' || container.kind === 'html'
		const inLazyParagraph = !allMatched && this.oldTip.kind === 'paragraph'
		let lazy = inLazyParagraph
		// A line that may continue a paragraph inside a block quote lazily can
		// only be kept out of it by what ends a quote, which a footnote
		// definition does not.
		this.lazyInQuote = inLazyParagraph && this.firstUnmatched(container)?.kind === 'blockquote'
		const blankRun = this.blankRun
		this.blankRun = 0
		while (!leaf) {
			line.findNextNonspace()
			if (line.blank) {
				break
			}
			const first = line.text.charCodeAt(line.nextNonspace)
			if (line.indent < CODE_INDENT && (first >= 128 || MAYBE_SPECIAL[first] !== 1)) {
				line.advanceToNextNonspace()
				break
			}
			const opened = this.openBlock(container, lazy, blankRun)
			if (opened === null) {
				break
			}
			lazy = false
			this.lazyInQuote = false
			container = opened
			leaf = container.kind === 'paragraph' || container.kind === 'code' || container.kind === 'html'
			if (container.kind === 'heading' || container.kind === 'hr' || container.kind === 'table') {
				return
			}
		}
		if (line.blank) {
			this.blankRun = blankRun + 1
		}

		// 3. The rest of the line.
		const tip = this.tip
		if (!this.allClosed && !line.blank && tip.kind === 'paragraph' && container.kind !== 'paragraph') {
			// Lazy continuation of a paragraph: it loses the indentation its
			// containers would have taken, and keeps the rest.
			tip.lines.push(this.lazyRest(container))
			return
		}
		this.closeUnmatched()
		switch (container.kind) {
		case 'code':
			if (container.blankStart) {
				container.blankStart = false
			} else {
				container.lines.push(line.rest())
			}
			return
		case 'html':
			container.lines.push(line.rest())
			if (container.fenceLength <= 5 && (HTML_END[container.fenceLength - 1] as RegExp).test(line.text.slice(line.offset))) {
				this.finalize(container)
			}
			return
		case 'paragraph':
			if (!line.blank) {
				line.offset = restOffset
				line.partialTab = restTab
				container.lines.push(line.rest())
			}
			return
		case 'table':
			if (!line.blank) {
				container.rows.push(splitTableRow(line.rest()))
			}
			return
		default:
			if (!line.blank) {
				line.findNextNonspace()
				this.add('paragraph').lines.push(line.text.slice(line.nextNonspace))
			}
		}
	}

	/**
	 * Whether a line that would continue a paragraph lazily starts a block
	 * instead, its indentation counted from the paragraph's own container
	 * (list items, footnotes and descriptions between): less than four
	 * columns there, so a quote, fence, break, heading, list item or HTML
	 * block may start.
	 */
	private interruptsLazily(matched: Block): boolean {
		let offset = 0
		// Column where the innermost list's container starts.
		let listColumn = matched.kind === 'list' ? 0 : -1
		for (let open = this.firstUnmatched(matched); open !== undefined && open.kind !== 'paragraph'; open = this.firstUnmatched(open)) {
			if (open.kind === 'list') {
				listColumn = offset
			} else if (open.kind === 'item' || open.kind === 'dd') {
				offset += open.indent
			} else if (open.kind === 'footnote') {
				offset += CODE_INDENT
			} else if (open.kind !== 'dl') {
				return false
			}
		}
		const line = this.line
		if (line.indent - offset >= CODE_INDENT) {
			return false
		}
		const rest = line.text.slice(line.nextNonspace)
		// A list marker four columns or more into the list's container stays text.
		const item = (BULLET.test(rest) || ORDERED.test(rest)) && !(listColumn >= 0 && line.indent - listColumn >= CODE_INDENT)
		return rest.startsWith('>') || ATX_HEADING.test(rest) || FENCE_OPEN.test(rest) || THEMATIC_BREAK.test(rest)
			|| item || FOOTNOTE_DEFINITION.test(rest)
			|| (rest.startsWith('<') && htmlBlockStart(rest, true) > 0)
	}

	/** A lazy line's text, without as much indentation as the unmatched containers would take. */
	private lazyRest(matched: Block): string {
		let offset = 0
		for (let open = this.firstUnmatched(matched); open !== undefined && open.kind !== 'paragraph'; open = this.firstUnmatched(open)) {
			if (open.kind === 'item' || open.kind === 'dd') {
				offset += open.indent
			} else if (open.kind === 'footnote') {
				offset += CODE_INDENT
			}
		}
		const line = this.line
		line.findNextNonspace()
		if (line.indent <= offset) {
			return line.text.slice(line.nextNonspace)
		}
		line.advance(offset, true)
		return line.rest()
	}

	/** The outermost open block the current line did not continue, below `matched`. */
	private firstUnmatched(matched: Block): Block | undefined {
		const last = matched.children[matched.children.length - 1]
		return last !== undefined && last.open ? last : undefined
	}

	private closeUnmatched(): void {
		if (!this.allClosed) {
			while (this.oldTip !== this.lastMatched) {
				const parent = this.oldTip.parent as Block
				this.finalize(this.oldTip)
				this.oldTip = parent
			}
			this.allClosed = true
		}
	}

	/** Try the block starts at the current position; returns the new container or null. */
	private openBlock(container: Block, lazy: boolean, blankRun: number): Block | null {
		const line = this.line
		const indent = line.indent
		const paragraphOpen = container.kind === 'paragraph' ? container : null
		if (indent >= CODE_INDENT && DEFINITION_MARKER.test(line.text.slice(line.nextNonspace))) {
			// A description's marker may be indented any amount after its term.
			const dd = this.definition(container, blankRun)
			if (dd !== null) {
				return dd
			}
		}
		if (indent >= CODE_INDENT && lazy && this.interruptsLazily(container)) {
			// Less indented than the paragraph's own container, this line ends the
			// paragraph; in the container it belongs to, it is indented code.
			this.closeUnmatched()
		}
		if (indent >= CODE_INDENT) {
			if (this.tip.kind === 'paragraph' || line.blank) {
				return null
			}
			line.advance(CODE_INDENT, true)
			this.closeUnmatched()
			const code = this.add('code')
			return code
		}
		const rest = line.text.slice(line.nextNonspace)
		const first = rest.charCodeAt(0)
		// A table's header row comes first, before what the line may start otherwise.
		if ((container.kind === 'document' || paragraphOpen?.parent?.kind === 'document') && !lazy && rest.includes('|')) {
			const table = this.tableAhead(rest)
			if (table !== null) {
				return table
			}
		}
		// Block quote
		if (first === 0x3e) {
			line.advanceToNextNonspace()
			line.advance(1, false)
			const ch = line.text.charCodeAt(line.offset)
			if (ch === 0x20 || ch === 0x09) {
				line.advance(1, true)
			}
			this.closeUnmatched()
			return this.add('blockquote')
		}
		// ATX heading
		if (first === 0x23) {
			const match = ATX_HEADING.exec(rest)
			if (match !== null) {
				this.closeUnmatched()
				const heading = this.add('heading')
				heading.level = (match[1] as string).length
				const content = rest.slice(match[0].length)
				// A closing sequence of #s goes; most headings have none.
				heading.text = trimBlank(content.includes('#') ? content.replace(/^[ \t]*#+[ \t]*$/, '').replace(/[ \t]+#+[ \t]*$/, '') : content)
				this.finalize(heading)
				return heading
			}
		}
		// Fenced code
		if (first === 0x60 || first === 0x7e) {
			const match = FENCE_OPEN.exec(rest)
			if (match !== null && !(first === 0x60 && rest.slice(match[0].length).includes('`'))) {
				this.closeUnmatched()
				const code = this.add('code')
				code.fence = (match[1] as string)[0] as string
				code.fenceLength = (match[1] as string).length
				code.indent = indent
				code.text = rest.slice(match[0].length).trim()
				line.offset = line.text.length
				line.partialTab = 0
				// The opening line holds the info string, not code.
				code.blankStart = true
				return code
			}
		}
		// HTML block
		if (first === 0x3c) {
			// The seventh kind may not interrupt a paragraph or a table.
			const condition = htmlBlockStart(rest, paragraphOpen !== null || lazy || container.kind === 'table')
			if (condition > 0) {
				this.closeUnmatched()
				const html = this.add('html')
				html.fenceLength = condition
				return html
			}
		}
		// Setext heading underline, or a table's delimiter row, under a paragraph.
		if (paragraphOpen !== null && (first === 0x3d || first === 0x2d || first === 0x7c || first === 0x3a)) {
			// A table's header row is tried first, as its own block start.
			const columns = delimiterColumns(rest)
			if (columns > 0) {
				const table = this.table(paragraphOpen, columns)
				if (table !== null) {
					return table
				}
			}
			if (SETEXT_UNDERLINE.test(rest)) {
				const heading = this.setextHeading(paragraphOpen, first === 0x3d ? 1 : 2)
				if (heading !== null) {
					return heading
				}
			}
		}
		// Thematic break
		if ((first === 0x2a || first === 0x2d || first === 0x5f) && THEMATIC_BREAK.test(rest)) {
			this.closeUnmatched()
			const hr = this.add('hr')
			this.finalize(hr)
			return hr
		}
		// Footnote definition
		if (first === 0x5b && !this.lazyInQuote) {
			const match = FOOTNOTE_DEFINITION.exec(rest)
			if (match !== null) {
				this.closeUnmatched()
				const footnote = this.add('footnote')
				footnote.text = match[1] as string
				if (!this.footnotes.has(footnote.text)) {
					this.footnoteOrder.push(footnote.text)
				}
				this.footnotes.set(footnote.text, footnote)
				line.advanceToNextNonspace()
				line.advance(match[0].length, false)
				line.findNextNonspace()
				line.advanceToNextNonspace()
				return footnote
			}
		}
		// Definition list description
		if ((first === 0x3a || first === 0x7e) && DEFINITION_MARKER.test(rest)) {
			const dd = this.definition(container, blankRun)
			if (dd !== null) {
				return dd
			}
		}
		// List item
		return this.listItem(container, paragraphOpen)
	}

	private setextHeading(paragraph: Block, level: number): Block | null {
		this.closeUnmatched()
		this.resolveDefinitions(paragraph)
		if (paragraph.lines.length === 0) {
			return null
		}
		const heading = block('heading', paragraph.parent)
		heading.level = level
		heading.text = trimBlank(paragraph.lines.join('\n'))
		const siblings = (paragraph.parent as Block).children
		siblings[siblings.length - 1] = heading
		heading.open = false
		this.tip = paragraph.parent as Block
		return heading
	}

	/** A header row at the document's top level, when the next line is its delimiter row. */
	private tableAhead(header: string): Block | null {
		const source = this.source
		const start = this.nextLine
		if (start >= source.length) {
			return null
		}
		let end = source.indexOf('\n', start)
		if (end < 0) {
			end = source.length
		}
		const next = source.slice(start, end)
		const indent = /^[ ]{0,3}(?=\S)/.exec(next)
		if (indent === null) {
			return null
		}
		const columns = delimiterColumns(next)
		const cells = splitTableRow(header)
		if (columns === 0 || cells.length !== columns) {
			return null
		}
		this.closeUnmatched()
		if (this.tip.kind === 'paragraph') {
			this.finalize(this.tip)
		}
		const table = this.add('table')
		table.level = columns
		table.rows.push(cells)
		// The delimiter row is read here.
		this.skipNext = true
		return table
	}

	/** A delimiter row under a paragraph whose last line is a header of as many cells. */
	private table(paragraph: Block, columns: number): Block | null {
		const header = paragraph.lines[paragraph.lines.length - 1] as string
		if (!header.includes('|')) {
			return null
		}
		const cells = splitTableRow(header)
		if (cells.length !== columns) {
			return null
		}
		this.closeUnmatched()
		paragraph.lines.pop()
		const parent = paragraph.parent as Block
		if (paragraph.lines.length > 0) {
			this.finalize(paragraph)
		} else {
			parent.children.pop()
			this.tip = parent
		}
		this.tip = parent
		const table = this.add('table')
		table.level = columns
		table.rows.push(cells)
		return table
	}

	/**
	 * `: description` after a term: a paragraph of one line, just before
	 * (or one blank line before), becomes the term; a description right
	 * after another in a definition list adds to it.
	 */
	private definition(container: Block, blankRun: number): Block | null {
		const line = this.line
		let dl: Block | null = null
		const last = container.children[container.children.length - 1]
		if (container.kind === 'dl') {
			dl = container
		} else if (container.kind === 'paragraph' && container.lines.length === 1) {
			dl = this.termFrom(container)
		} else if (blankRun === 1 && this.tip === container && last?.kind === 'paragraph' && last.lines.length === 1) {
			dl = this.termFrom(last)
		}
		if (dl === null) {
			return null
		}
		this.closeUnmatched()
		while (this.tip !== dl) {
			this.finalize(this.tip)
		}
		const markerColumn = line.nextNonspaceColumn - line.column
		line.advanceToNextNonspace()
		line.advance(1, false)
		const dd = this.add('dd')
		dd.indent = markerColumn + 2
		line.findNextNonspace()
		const spaces = line.nextNonspaceColumn - line.column
		if (spaces >= 5) {
			line.advance(1, true)
		} else {
			line.advanceToNextNonspace()
		}
		return dd
	}

	private termFrom(paragraph: Block): Block | null {
		const parent = paragraph.parent as Block
		const siblings = parent.children
		const index = siblings.lastIndexOf(paragraph)
		const previous = siblings[index - 1]
		const term = block('dt', null)
		term.text = (paragraph.lines[0] as string).trim()
		term.open = false
		siblings.splice(index, 1)
		let dl: Block
		if (previous?.kind === 'dl') {
			dl = previous
			dl.open = true
		} else {
			dl = block('dl', parent)
			siblings.push(dl)
		}
		term.parent = dl
		dl.children.push(term)
		this.tip = dl
		return dl
	}

	private listItem(container: Block, paragraph: Block | null): Block | null {
		const line = this.line
		const rest = line.text.slice(line.nextNonspace)
		let marker: string
		let ordered = false
		let start = 1
		let width: number
		const bullet = BULLET.exec(rest)
		if (bullet !== null) {
			marker = bullet[0]
			width = 1
		} else {
			const number = ORDERED.exec(rest)
			if (number === null || (paragraph !== null && number[1] !== '1')) {
				return null
			}
			ordered = true
			start = Number(number[1])
			marker = number[2] as string
			width = number[0].length
		}
		const afterMarker = rest.slice(width)
		if (paragraph !== null && afterMarker.trim() === '') {
			// An empty item cannot interrupt a paragraph.
			return null
		}
		const markerOffset = line.indent
		line.advanceToNextNonspace()
		line.advance(width, true)
		const columnAfterMarker = line.column
		const partialAfterMarker = line.partialTab
		const offsetAfterMarker = line.offset
		line.findNextNonspace()
		const spaces = line.nextNonspaceColumn - line.column
		let blankStart = false
		if (line.blank) {
			blankStart = true
			width += 1
			line.advanceToNextNonspace()
		} else if (spaces >= 5 || spaces < 1) {
			width += 1
			line.offset = offsetAfterMarker
			line.column = columnAfterMarker
			line.partialTab = partialAfterMarker
			if (spaces >= 1) {
				line.advance(1, true)
			}
		} else {
			width += spaces
			line.advanceToNextNonspace()
		}
		this.closeUnmatched()
		const tip = this.tip
		if (tip.kind !== 'list' || tip.ordered !== ordered || tip.marker !== marker) {
			const list = this.add('list')
			list.indent = markerOffset
			list.ordered = ordered
			list.marker = marker
			list.level = start
		}
		const item = this.add('item')
		item.indent = markerOffset + width
		item.blankStart = blankStart
		return item
	}

	/** Link reference definitions at the start of a paragraph become references. */
	private resolveDefinitions(paragraph: Block): void {
		if (paragraph.lines.length === 0 || !paragraph.lines[0]?.startsWith('[')) {
			return
		}
		let text = paragraph.lines.join('\n')
		let changed = false
		while (text.startsWith('[')) {
			const found = this.readDefinition(text)
			if (found === null) {
				break
			}
			const [used, label, reference] = found
			if (!this.references.has(label)) {
				this.references.set(label, reference)
			}
			text = text.slice(used)
			changed = true
		}
		if (changed) {
			paragraph.lines = text === '' ? [] : text.split('\n')
		}
	}

	private finalize(target: Block): void {
		const parent = target.parent
		target.open = false
		if (target.kind === 'code' && target.fenceLength === 0) {
			while (target.lines.length > 0 && (target.lines[target.lines.length - 1] as string).trim() === '') {
				target.lines.pop()
			}
		}
		if (target.kind === 'paragraph') {
			this.resolveDefinitions(target)
			if (target.lines.length === 0 && parent !== null) {
				parent.children.splice(parent.children.lastIndexOf(target), 1)
			}
		}
		this.tip = parent ?? this.doc
	}

}
