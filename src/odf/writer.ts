/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * content.xml from a PolicyDocument, written the way pandoc writes
 * OpenDocument: one case per node kind, automatic styles gathered in the
 * writer state while the body is written and emitted once in front of it,
 * and anything that cannot be rendered reported as a warning while the
 * writer goes on. The XML is gathered in a string that is encoded to UTF-8
 * every BATCH code units or so (into a Utf8Output, output.ts): the pieces
 * of a long document are garbage soon after they are written, instead of
 * the whole XML being held by (and copied by every collection of) the
 * JavaScript heap until it is joined.
 */

import type {
	Attachment, BlockNode, BulletListNode, DefinitionListNode, DocumentMeta, HeadingNode, InlineNode,
	Mark, OrderedListNode, PolicyDocument, TableCellNode, TableNode, TextNode,
} from '../model/types'
import type { Labels } from './labels'
import { firstStrongDirection } from './language'
import { ODF_VERSION, XML_DECL, xmlns } from './namespaces'
import { Utf8Output } from './output'
import { headingStyle, ListStyle, ParagraphStyle, TextStyle } from './styles'
import { escapeAttr, paragraphText, stripForbidden, type SpaceState } from './xml'

/** A text:list that is open while its items are written. */
interface OpenList {
	style: string
	/** The element the current item was opened as (see breakOutOfLists). */
	itemTag: 'text:list-item' | 'text:list-header'
}

interface WriterState {
	/** XML written since the last batch was encoded. */
	xml: string
	/** The batches encoded so far, in order, behind room for the head. */
	out: Utf8Output
	warnings: string[]
	/** Automatic style XML by a key that says what it is, in first-use order. */
	autoStyles: Map<string, { name: string, xml: string }>
	/** Names are prefix + number, counted per prefix (P1, P2, Table1…). */
	styleCounts: Map<string, number>
	/** Lists open around the current position, outermost first. */
	lists: OpenList[]
	/** xml:id of the current top-level list segment, for text:continue-list. */
	listId: string
	listCount: number
	tableCount: number
	noteCount: number
	space: SpaceState
}

/** What surrounds a block: which paragraph style its paragraphs take. */
interface Context {
	paragraphStyle: string
	quoteDepth: number
}

/**
 * Code units of XML gathered before they are encoded. Encoding flattens the
 * gathered string first; a batch of 32K code units stays under V8's
 * large-object size (128 KiB) even when it holds characters beyond Latin-1
 * and takes two bytes each, so it is made in the young generation, whose
 * memory is reused. At 64K, each such batch took fresh pages from the
 * system: on a 250-page document about 700 page faults and 1.5 ms more.
 */
const BATCH = 1 << 15
const encoder = new TextEncoder()

/** Encodes the XML gathered so far once there is a batch of it; called between blocks. */
function flush(st: WriterState): void {
	if (st.xml.length < BATCH) return
	st.out.add(st.xml)
	st.xml = ''
}

function warn(st: WriterState, message: string): void {
	st.warnings.push(message)
}

function autoStyle(st: WriterState, key: string, make: (name: string) => string, prefix: string): string {
	const found = st.autoStyles.get(key)
	if (found !== undefined) return found.name
	const count = (st.styleCounts.get(prefix) ?? 0) + 1
	st.styleCounts.set(prefix, count)
	const name = `${prefix}${count}`
	st.autoStyles.set(key, { name, xml: make(name) })
	return name
}

/**
 * The paragraph style for a paragraph in `context`, made right-to-left when
 * its first strong character is (UAX #9 P2). style:writing-mode rl-tb
 * (part 3 §20.404) also makes "start" alignment the right edge.
 */
function styleFor(st: WriterState, parent: string, content: InlineNode[] | undefined): string {
	if (!isRtl(content)) return parent
	return autoStyle(st, `rtl:${parent}`, (name) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}">`
		+ '<style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="start"/></style:style>', 'P')
}

function isRtl(content: InlineNode[] | undefined): boolean {
	if (content === undefined) return false
	for (let i = 0; i < content.length; i++) {
		const node = content[i] as InlineNode
		if (node.type !== 'text') continue
		const direction = firstStrongDirection(node.text)
		if (direction !== null) return direction === 'rtl'
	}
	return false
}

/** Quotations nested inside quotations step further in (1 cm a level). */
function quoteStyle(st: WriterState, depth: number): string {
	if (depth <= 1) return ParagraphStyle.quotations
	return autoStyle(st, `quote:${depth}`, (name) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${ParagraphStyle.quotations}">`
		+ `<style:paragraph-properties fo:margin-left="${depth}cm"/></style:style>`, 'P')
}

// ---------------------------------------------------------------- inline

const MARK_ORDER: Array<Exclude<Mark['type'], 'link'>> = ['bold', 'italic', 'underline', 'strike', 'code']

/** Wraps already written text in one named character style per mark, bold outermost. */
function markedText(st: WriterState, node: TextNode): string {
	let xml = paragraphText(node.text, st.space)
	const marks = node.marks
	if (marks === undefined || marks.length === 0) return xml
	for (let i = MARK_ORDER.length - 1; i >= 0; i--) {
		const type = MARK_ORDER[i] as Exclude<Mark['type'], 'link'>
		if (hasMark(marks, type)) xml = `<text:span text:style-name="${TextStyle[type]}">${xml}</text:span>`
	}
	return xml
}

function hasMark(marks: Mark[], type: Mark['type']): boolean {
	for (let i = 0; i < marks.length; i++) {
		if ((marks[i] as Mark).type === type) return true
	}
	return false
}

function linkOf(node: InlineNode): { href: string, title?: string | null } | null {
	if (node.type !== 'text' || node.marks === undefined) return null
	// Indexed: an iterator here was an allocation per text node.
	for (let i = 0; i < node.marks.length; i++) {
		const mark = node.marks[i] as Mark
		if (mark.type === 'link') return mark.attrs
	}
	return null
}

function sameLink(a: { href: string, title?: string | null }, b: { href: string, title?: string | null } | null): boolean {
	return b !== null && a.href === b.href && (a.title ?? null) === (b.title ?? null)
}

/** What a URI may hold literally; "#" is not here because only the first one may stand. */
const URI_KEEP = /[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2}/y

/**
 * xlink:href (part 3 §19.910) must be a URI reference to strict validators
 * (jing checks XSD anyURI), so the link is mapped the way RFC 3987 §3.1 maps
 * an IRI to a URI: every character outside RFC 3986's unreserved and
 * reserved sets is percent-encoded as UTF-8, as is a "%" that starts no
 * escape and a second "#". ODT internal links are evaluated relative to an
 * imaginary folder named like the document (LibreOffice does this, as
 * pandoc notes in #3524), so a relative link to a sibling file needs one
 * "../" more to reach it.
 */
export function linkTarget(href: string): string {
	const clean = stripForbidden(href)
	const hash = clean.indexOf('#')
	const encoded = hash === -1
		? percentEncode(clean, URI_KEEP)
		: percentEncode(clean.slice(0, hash), URI_KEEP) + '#' + percentEncode(clean.slice(hash + 1), URI_KEEP)
	if (encoded === '' || encoded.startsWith('#') || encoded.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(encoded)) return encoded
	return '../' + encoded
}

/** A whole text of URI_KEEP matches: nothing to percent-encode. */
const URI_CLEAN = /^(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/

function percentEncode(text: string, keep: RegExp): string {
	if (URI_CLEAN.test(text)) return text
	let out = ''
	let i = 0
	while (i < text.length) {
		keep.lastIndex = i
		const kept = keep.exec(text)
		if (kept !== null) {
			out += kept[0]
			i += kept[0].length
			continue
		}
		const codePoint = text.codePointAt(i) as number
		const char = String.fromCodePoint(codePoint)
		for (const byte of encoder.encode(char)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0')
		i += char.length
	}
	return out
}

function writeInline(st: WriterState, content: InlineNode[] | undefined): string {
	if (content === undefined) return ''
	let xml = ''
	let i = 0
	while (i < content.length) {
		const node = content[i] as InlineNode
		if (node.type === 'text' && node.marks === undefined) {
			// Most of a document: plain text.
			xml += paragraphText(node.text, st.space)
			i++
			continue
		}
		const link = linkOf(node)
		if (link !== null) {
			// Adjacent text nodes carrying the same link are one text:a, so a
			// link with a bold word in it stays one link.
			let inner = ''
			while (i < content.length && sameLink(link, linkOf(content[i] as InlineNode))) {
				inner += markedText(st, content[i] as TextNode)
				i++
			}
			const title = link.title !== undefined && link.title !== null && link.title !== '' ? ` office:title="${escapeAttr(link.title)}"` : ''
			xml += `<text:a xlink:type="simple" xlink:href="${escapeAttr(linkTarget(link.href))}"${title} text:style-name="${TextStyle.link}" text:visited-style-name="${TextStyle.visitedLink}">${inner}</text:a>`
			continue
		}
		xml += inlineNode(st, node)
		i++
	}
	return xml
}

function inlineNode(st: WriterState, node: InlineNode): string {
	switch (node.type) {
	case 'text':
		return markedText(st, node)
	case 'hardBreak':
		st.space.space = true
		return '<text:line-break/>'
	case 'footnote': {
		// text:note (part 3 §6.3.2): the citation is what LibreOffice shows
		// until it renumbers; the body has its own paragraph and space state.
		const n = ++st.noteCount
		const outer = st.space
		st.space = { space: true }
		const body = writeInline(st, node.content)
		st.space = outer
		const style = styleFor(st, ParagraphStyle.footnote, node.content)
		return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation>`
			+ `<text:note-body><text:p text:style-name="${style}">${body}</text:p></text:note-body></text:note>`
	}
	default: {
		const unknown: never = node
		warn(st, `unknown inline node "${(unknown as { type: string }).type}" skipped`)
		return ''
	}
	}
}

// ---------------------------------------------------------------- blocks

function paragraph(st: WriterState, style: string, content: InlineNode[] | undefined): void {
	st.space = { space: true }
	const name = styleFor(st, style, content)
	st.xml += `<text:p text:style-name="${name}">` + writeInline(st, content) + '</text:p>'
}

function heading(st: WriterState, node: HeadingNode): void {
	let level = node.attrs?.level
	if (level !== 1 && level !== 2 && level !== 3) {
		warn(st, `heading level ${String(level)} written as level 1`)
		level = 1
	}
	st.space = { space: true }
	const name = styleFor(st, headingStyle(level), node.content)
	st.xml += `<text:h text:style-name="${name}" text:outline-level="${level}">` + writeInline(st, node.content) + '</text:h>'
}

function blocks(st: WriterState, content: BlockNode[] | undefined, ctx: Context): void {
	if (content === undefined) return
	for (let i = 0; i < content.length; i++) {
		block(st, content[i] as BlockNode, ctx)
		flush(st)
	}
}

function block(st: WriterState, node: BlockNode, ctx: Context): void {
	switch (node.type) {
	case 'paragraph':
		paragraph(st, ctx.paragraphStyle, node.content)
		return
	case 'heading':
		heading(st, node)
		return
	case 'blockquote': {
		const depth = ctx.quoteDepth + 1
		blocks(st, node.content, { paragraphStyle: quoteStyle(st, depth), quoteDepth: depth })
		return
	}
	case 'bulletList':
	case 'orderedList':
		list(st, node, ctx)
		return
	case 'table':
		table(st, node)
		return
	case 'definitionList':
		definitionList(st, node, ctx)
		return
	default: {
		const unknown: never = node
		warn(st, `unknown block node "${(unknown as { type: string }).type}" skipped`)
	}
	}
}

/**
 * text:list (part 3 §5.3). Every list gets its own text:list whose first
 * ordered item carries text:start-value, so each list starts where the
 * document says (and a second nested list in the same item does not go on
 * counting from the first). Nested lists name their own style so a bullet
 * list inside a numbered one keeps its bullets.
 */
function list(st: WriterState, node: BulletListNode | OrderedListNode, ctx: Context): void {
	const ordered = node.type === 'orderedList'
	const style = ordered ? ListStyle.numbered : ListStyle.bullet
	const top = st.lists.length === 0
	let attrs = ` text:style-name="${style}"`
	if (top) {
		st.listId = `list${++st.listCount}`
		attrs += ` xml:id="${st.listId}"`
	}
	const open: OpenList = { style, itemTag: 'text:list-item' }
	st.lists.push(open)
	st.xml += `<text:list${attrs}>`
	const start = ordered ? (node.attrs?.start ?? 1) : 1
	const itemContext: Context = { paragraphStyle: ParagraphStyle.list, quoteDepth: ctx.quoteDepth }
	for (let index = 0; index < node.content.length; index++) {
		const item = node.content[index] as (typeof node.content)[number]
		open.itemTag = 'text:list-item'
		const startAttr = ordered && index === 0 ? ` text:start-value="${Number.isInteger(start) && start >= 0 ? start : 1}"` : ''
		st.xml += `<text:list-item${startAttr}>`
		if (item.type !== 'listItem') warn(st, `"${(item as { type: string }).type}" inside a list written as a list item`)
		blocks(st, item.content, itemContext)
		st.xml += `</${open.itemTag}>`
	}
	st.xml += '</text:list>'
	st.lists.pop()
}

/**
 * A table may not stand inside text:list-item (part 3 §5.3.4 allows only
 * text:p, text:h and text:list there), so a table in a list item closes the
 * open lists, stands between them, and the lists reopen as a continuation
 * (text:continue-list, §19.791) holding text:list-header elements, which
 * carry no number (§5.3.3). The next item then goes on counting.
 */
function breakOutOfLists(st: WriterState, write: () => void): void {
	const open = st.lists
	for (let i = open.length - 1; i >= 0; i--) st.xml += `</${(open[i] as OpenList).itemTag}></text:list>`
	st.lists = []
	write()
	st.lists = open
	const previous = st.listId
	st.listId = `list${++st.listCount}`
	open.forEach((entry, i) => {
		const attrs = i === 0 ? ` xml:id="${st.listId}" text:continue-list="${previous}"` : ''
		st.xml += `<text:list text:style-name="${entry.style}"${attrs}><text:list-header>`
		entry.itemTag = 'text:list-header'
	})
}

function definitionList(st: WriterState, node: DefinitionListNode, ctx: Context): void {
	const description: Context = { paragraphStyle: ParagraphStyle.definitionDescription, quoteDepth: ctx.quoteDepth }
	for (const child of node.content) {
		if (child.type === 'definitionTerm') paragraph(st, ParagraphStyle.definitionTerm, child.content)
		else if (child.type === 'definitionDescription') blocks(st, child.content, description)
		else warn(st, `"${(child as { type: string }).type}" inside a definition list skipped`)
	}
}

function table(st: WriterState, node: TableNode): void {
	if (st.lists.length > 0) {
		breakOutOfLists(st, () => table(st, node))
		return
	}
	const rows = node.content.filter((row) => row.type === 'tableRow' && Array.isArray(row.content) && row.content.length > 0)
	if (rows.length === 0) {
		warn(st, 'empty table skipped')
		return
	}
	// Header rows: the leading rows made only of tableHeader cells. They go
	// into table:table-header-rows (§9.1.7), which LibreOffice repeats on
	// every page the table runs onto. A body may not be empty, so a table of
	// header cells only keeps its last row in the body.
	let headerRows = 0
	while (headerRows < rows.length - 1 && (rows[headerRows]?.content ?? []).every((cell) => cell.type === 'tableHeader')) headerRows++

	const grid = layoutTable(rows.map((row) => row.content), headerRows)
	const tableStyle = autoStyle(st, 'table', (name) => `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>`, 'Table')
	const cellStyle = autoStyle(st, 'table-cell', (name) => `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>`, 'TableCell')
	const number = ++st.tableCount
	st.xml += `<table:table table:name="Table${number}" table:style-name="${tableStyle}">`
		+ `<table:table-column${grid.columns > 1 ? ` table:number-columns-repeated="${grid.columns}"` : ''}/>`
	const savedSpace = st.space
	grid.rows.forEach((row, r) => {
		if (r === 0 && headerRows > 0) st.xml += '<table:table-header-rows>'
		st.xml += '<table:table-row>'
		for (let c = 0; c < row.length; c++) {
			const slot = row[c] as Slot | null
			if (slot === null) {
				st.xml += '<table:covered-table-cell/>'
				continue
			}
			let attrs = ` table:style-name="${cellStyle}" office:value-type="string"`
			if (slot.colspan > 1) attrs += ` table:number-columns-spanned="${slot.colspan}"`
			if (slot.rowspan > 1) attrs += ` table:number-rows-spanned="${slot.rowspan}"`
			st.xml += `<table:table-cell${attrs}>`
			if (slot.cell !== undefined) {
				const style = slot.cell.type === 'tableHeader' ? ParagraphStyle.tableHeading : ParagraphStyle.tableContents
				blocks(st, slot.cell.content, { paragraphStyle: style, quoteDepth: 0 })
			}
			st.xml += '</table:table-cell>'
		}
		st.xml += '</table:table-row>'
		if (r === headerRows - 1) st.xml += '</table:table-header-rows>'
	})
	st.space = savedSpace
	st.xml += '</table:table>'
}

interface Slot {
	/** Undefined for the empty cells that pad a short row. */
	cell?: TableCellNode
	colspan: number
	rowspan: number
}

/**
 * Places cells on a grid the way HTML does: a cell takes the next column
 * not covered by a row span from above. Every row comes out as long as the
 * widest one; null marks a covered cell (table:covered-table-cell, §9.1.5).
 * Row spans stop at the end of the header rows or of the table.
 */
export function layoutTable(rows: TableCellNode[][], headerRows: number): { columns: number, rows: Array<Array<Slot | null>> } {
	const grid: Array<Array<Slot | null | undefined>> = rows.map(() => [])
	rows.forEach((cells, r) => {
		const limit = r < headerRows ? headerRows : rows.length
		const line = grid[r] as Array<Slot | null | undefined>
		let c = 0
		for (let i = 0; i < cells.length; i++) {
			const cell = cells[i] as TableCellNode
			while (line[c] !== undefined) c++
			const colspan = clampSpan(cell.attrs?.colspan, 1000)
			const rowspan = clampSpan(cell.attrs?.rowspan, limit - r)
			line[c] = { cell, colspan, rowspan }
			for (let dr = 0; dr < rowspan; dr++) {
				const covered = grid[r + dr] as Array<Slot | null | undefined>
				for (let dc = 0; dc < colspan; dc++) {
					if (dr !== 0 || dc !== 0) covered[c + dc] = null
				}
			}
			c += colspan
		}
	})
	const columns = Math.max(1, ...grid.map((line) => line.length))
	return {
		columns,
		rows: grid.map((line) => {
			const full: Array<Slot | null> = []
			for (let c = 0; c < columns; c++) {
				const slot = line[c]
				full.push(slot === undefined ? { colspan: 1, rowspan: 1 } : slot)
			}
			return full
		}),
	}
}

function clampSpan(value: unknown, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return 1
	return Math.min(value, Math.max(1, max))
}

// ---------------------------------------------------------------- document

/**
 * The title on top of the first page, unless the body already opens with a
 * level-1 heading of the same words (as Markdown imports do), which would
 * print the title twice.
 */
function titleBlock(st: WriterState, meta: DocumentMeta, first: BlockNode | undefined): void {
	const plain = (text: string): string => text.replace(/\s+/g, ' ').trim()
	const opensWithTitle = first?.type === 'heading' && first.attrs?.level === 1
		&& plain((first.content ?? []).map((node) => (node.type === 'text' ? node.text : ' ')).join('')) === plain(meta.title)
	if (!opensWithTitle) paragraph(st, ParagraphStyle.title, [{ type: 'text', text: meta.title }])
	const sub = [meta.reference, meta.decisionBody, meta.unit].filter((s): s is string => s !== undefined && s !== '')
	if (sub.length > 0) paragraph(st, ParagraphStyle.subtitle, [{ type: 'text', text: sub.join(' · ') }])
}

function attachmentList(st: WriterState, attachments: Attachment[], labels: Labels): void {
	if (attachments.length === 0) return
	paragraph(st, ParagraphStyle.attachmentsHeading, [{ type: 'text', text: labels.attachments }])
	attachments.forEach((attachment, i) => {
		const label = labels.attachment.replace('%n', String(i + 1))
		paragraph(st, ParagraphStyle.attachment, [{ type: 'text', text: `${label}: ${attachment.name}` }])
	})
}

/** One block per signatory: place and date, a line to sign on, name, title. */
function signatureBlock(st: WriterState, meta: DocumentMeta, labels: Labels): void {
	const signatories = meta.signatories ?? []
	const place = meta.place ?? ''
	for (const person of signatories) {
		const placeText = place === '' ? `${labels.place}: ____________________` : `${labels.place}: ${place}`
		st.space = { space: true }
		st.xml += `<text:p text:style-name="${ParagraphStyle.signatureLine}">`
			+ paragraphText(placeText, st.space) + '<text:tab/>' + paragraphText(`${labels.date}: ____________________`, { space: true }) + '</text:p>'
		paragraph(st, ParagraphStyle.signatureLine, [{ type: 'text', text: `${labels.signature}: ________________________________` }])
		paragraph(st, ParagraphStyle.signature, [{ type: 'text', text: person.name }])
		if (person.title !== undefined && person.title !== '') paragraph(st, ParagraphStyle.signature, [{ type: 'text', text: person.title }])
	}
}

export interface ContentResult {
	xml: string
	warnings: string[]
}

/** content.xml as UTF-8, and the writer's warnings. */
export function contentBytes(doc: PolicyDocument, labels: Labels): { bytes: Uint8Array, warnings: string[] } {
	const st: WriterState = {
		xml: '',
		out: new Utf8Output(),
		warnings: [],
		autoStyles: new Map(),
		styleCounts: new Map(),
		lists: [],
		listId: '',
		listCount: 0,
		tableCount: 0,
		noteCount: 0,
		space: { space: true },
	}
	titleBlock(st, doc.meta, doc.body?.content?.[0])
	if (doc.body?.type !== 'doc') warn(st, 'document body is not a "doc" node')
	blocks(st, doc.body?.content, { paragraphStyle: ParagraphStyle.body, quoteDepth: 0 })
	attachmentList(st, doc.attachments ?? [], labels)
	signatureBlock(st, doc.meta, labels)
	st.out.add(st.xml + '</office:text></office:body></office:document-content>')
	let styles = ''
	for (const { xml } of st.autoStyles.values()) styles += xml
	// The automatic styles are known only now, and go in front of the body.
	const head = encoder.encode(XML_DECL
		+ `<office:document-content${xmlns('office', 'style', 'text', 'table', 'fo', 'xlink')} office:version="${ODF_VERSION}">`
		+ `<office:automatic-styles>${styles}</office:automatic-styles>`
		+ '<office:body><office:text>')
	const bytes = st.out.finish(head)
	return { bytes, warnings: st.warnings }
}

export function contentXml(doc: PolicyDocument, labels: Labels): ContentResult {
	const { bytes, warnings } = contentBytes(doc, labels)
	// A copy: the bytes may be a view of a resizable buffer, which not every
	// TextDecoder takes.
	return { xml: new TextDecoder().decode(bytes.slice()), warnings }
}
