/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Small builders for tests and templates, in the style of
 * prosemirror-test-builder: `doc(h(1, 'Policy'), p('Some ', bold('bold'), ' text'))`.
 * Strings become text nodes, mark builders return text nodes carrying the
 * mark, and adjacent text with the same marks is merged, so a built
 * document is already in the form the editor would produce.
 */
import { schemaData } from './schema'
import {
	type Attachment,
	type BlockNode,
	type BlockquoteNode,
	type BulletListNode,
	type DefinitionDescriptionNode,
	type DefinitionListNode,
	type DefinitionTermNode,
	type DocNode,
	type DocumentMeta,
	type FootnoteNode,
	type HardBreakNode,
	type HeadingNode,
	type InlineNode,
	type LinkMark,
	type Mark,
	type ListItemNode,
	type OrderedListNode,
	type ParagraphNode,
	type PolicyDocument,
	type TableCellNode,
	type TableNode,
	type TableRowNode,
	type TextNode,
	SCHEMA_VERSION,
} from './types'

/** What inline builders accept: plain strings, nodes, or arrays returned by mark builders. */
export type InlineInput = string | InlineNode | readonly InlineInput[]

/** What block containers accept; a string becomes a paragraph. */
export type BlockInput = string | BlockNode

const markRank = new Map(Object.keys(schemaData.marks).map((name, index) => [name, index]))

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
	// Most neighbours carry no marks; lists of different lengths never match.
	const length = a?.length ?? 0
	if (length !== (b?.length ?? 0)) {
		return false
	}
	if (length === 0) {
		return true
	}
	return JSON.stringify(a) === JSON.stringify(b)
}

/** Sort marks by their order in the schema, as ProseMirror keeps marks in rank order. */
export function sortMarks(marks: readonly Mark[]): Mark[] {
	if (marks.length < 2) {
		return marks.slice()
	}
	return [...marks].sort((a, b) => (markRank.get(a.type) ?? 0) - (markRank.get(b.type) ?? 0))
}

/**
 * Drop empty text nodes and merge neighbouring text nodes with equal marks,
 * the normal form ProseMirror keeps inline content in.
 */
export function normalizeInline(nodes: readonly InlineNode[]): InlineNode[] {
	const result: InlineNode[] = []
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as InlineNode
		if (node.type === 'text' && node.text === '') {
			continue
		}
		const last = result[result.length - 1]
		if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
			result[result.length - 1] = { ...last, text: last.text + node.text }
			continue
		}
		result.push(node)
	}
	return result
}

/** A text node; marks are sorted, and omitted when there are none. */
export function text(value: string, marks: readonly Mark[] = []): TextNode {
	return marks.length > 0 ? { type: 'text', text: value, marks: sortMarks(marks) } : { type: 'text', text: value }
}

function flatten(inputs: readonly InlineInput[]): InlineNode[] {
	const nodes: InlineNode[] = []
	for (const input of inputs) {
		if (typeof input === 'string') {
			nodes.push(text(input))
		} else if (Array.isArray(input)) {
			nodes.push(...flatten(input as readonly InlineInput[]))
		} else {
			nodes.push(input as InlineNode)
		}
	}
	return nodes
}

/** Inline content for a node: omitted (not []) when empty, as tiptap's getJSON() does. */
function inlineContent(inputs: readonly InlineInput[]): { content?: InlineNode[] } {
	const content = normalizeInline(flatten(inputs))
	return content.length > 0 ? { content } : {}
}

function blocks(inputs: readonly BlockInput[]): BlockNode[] {
	return inputs.map((input) => (typeof input === 'string' ? p(input) : input))
}

function addMark(mark: Mark, inputs: readonly InlineInput[]): InlineNode[] {
	return flatten(inputs).map((node) => {
		if (node.type !== 'text') {
			return node
		}
		const others = (node.marks ?? []).filter((existing) => existing.type !== mark.type)
		return text(node.text, [...others, mark])
	})
}

export const bold = (...content: InlineInput[]): InlineNode[] => addMark({ type: 'bold' }, content)
export const italic = (...content: InlineInput[]): InlineNode[] => addMark({ type: 'italic' }, content)
export const underline = (...content: InlineInput[]): InlineNode[] => addMark({ type: 'underline' }, content)
export const strike = (...content: InlineInput[]): InlineNode[] => addMark({ type: 'strike' }, content)
export const code = (...content: InlineInput[]): InlineNode[] => addMark({ type: 'code' }, content)

/** `link('https://example.org', 'text')`; the link text defaults to the address. */
export function link(href: string, ...content: InlineInput[]): InlineNode[] {
	const mark: LinkMark = { type: 'link', attrs: { href } }
	return addMark(mark, content.length > 0 ? content : [href])
}

export function br(): HardBreakNode {
	return { type: 'hardBreak' }
}

/** A footnote at the reference position; its text (and line breaks) is its content. */
export function fn(...content: Array<string | TextNode | HardBreakNode | readonly InlineNode[]>): FootnoteNode {
	const nodes = normalizeInline(flatten(content)).filter((node): node is TextNode | HardBreakNode => node.type !== 'footnote')
	return nodes.length > 0 ? { type: 'footnote', content: nodes } : { type: 'footnote' }
}

export function p(...content: InlineInput[]): ParagraphNode {
	return { type: 'paragraph', ...inlineContent(content) }
}

export function h(level: 1 | 2 | 3, ...content: InlineInput[]): HeadingNode {
	return { type: 'heading', attrs: { level }, ...inlineContent(content) }
}

export function blockquote(...content: BlockInput[]): BlockquoteNode {
	return { type: 'blockquote', content: blocks(content) }
}

/** A list item; a leading string becomes its first paragraph. */
export function li(...content: BlockInput[]): ListItemNode {
	return { type: 'listItem', content: blocks(content) }
}

function items(inputs: ReadonlyArray<ListItemNode | string>): ListItemNode[] {
	return inputs.map((item) => (typeof item === 'string' ? li(item) : item))
}

export function ul(...content: Array<ListItemNode | string>): BulletListNode {
	return { type: 'bulletList', content: items(content) }
}

/** `ol(li('a'), li('b'))`, or `ol(3, 'c', 'd')` to start at 3. */
export function ol(...content: Array<ListItemNode | string | number>): OrderedListNode {
	const start = typeof content[0] === 'number' ? content[0] : 1
	const rest = content.filter((item): item is ListItemNode | string => typeof item !== 'number')
	return { type: 'orderedList', attrs: { start }, content: items(rest) }
}

function cell(type: 'tableCell' | 'tableHeader', content: BlockInput[]): TableCellNode {
	return { type, attrs: { colspan: 1, rowspan: 1 }, content: blocks(content.length > 0 ? content : [p()]) }
}

export const th = (...content: BlockInput[]): TableCellNode => cell('tableHeader', content)
export const td = (...content: BlockInput[]): TableCellNode => cell('tableCell', content)

export function tr(...cells: TableCellNode[]): TableRowNode {
	return { type: 'tableRow', content: cells }
}

export function table(...rows: TableRowNode[]): TableNode {
	return { type: 'table', content: rows }
}

export function dt(...content: InlineInput[]): DefinitionTermNode {
	return { type: 'definitionTerm', ...inlineContent(content) }
}

export function dd(...content: BlockInput[]): DefinitionDescriptionNode {
	return { type: 'definitionDescription', content: blocks(content) }
}

export function dl(...content: Array<DefinitionTermNode | DefinitionDescriptionNode>): DefinitionListNode {
	return { type: 'definitionList', content }
}

/** The body; an empty document holds one empty paragraph, since `doc` needs `block+`. */
export function doc(...content: BlockInput[]): DocNode {
	return { type: 'doc', content: content.length > 0 ? blocks(content) : [p()] }
}

/** A whole stored document from metadata and a body. */
export function policyDocument(meta: DocumentMeta, body: DocNode, attachments: Attachment[] = []): PolicyDocument {
	return { schemaVersion: SCHEMA_VERSION, meta, attachments, body }
}

/** A new, empty document: one empty paragraph, no attachments. */
export function emptyDocument(meta: DocumentMeta): PolicyDocument {
	return policyDocument(meta, doc())
}
