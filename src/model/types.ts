/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The one document model of Policy Desk. The rules (which node may hold
 * which, attribute ranges, limits) are data in lib/Model/document-schema.json,
 * read by both this code and the PHP server; these types describe the same
 * JSON for the compiler. Node and mark names follow ProseMirror/tiptap JSON,
 * so the editor's JSON is the stored body without a conversion step.
 */

export const SCHEMA_VERSION = 1

export type DocumentType = 'policy' | 'declaration' | 'decision_proposal'

export type MarkType = 'bold' | 'italic' | 'underline' | 'strike' | 'code' | 'link'

export interface SimpleMark {
	type: Exclude<MarkType, 'link'>
}

export interface LinkMark {
	type: 'link'
	attrs: { href: string, title?: string | null }
}

export type Mark = SimpleMark | LinkMark

export interface TextNode {
	type: 'text'
	text: string
	marks?: Mark[]
}

export interface HardBreakNode {
	type: 'hardBreak'
}

/** A footnote sits where its reference mark appears; its text is its content. */
export interface FootnoteNode {
	type: 'footnote'
	content?: Array<TextNode | HardBreakNode>
}

export type InlineNode = TextNode | HardBreakNode | FootnoteNode

export interface ParagraphNode {
	type: 'paragraph'
	content?: InlineNode[]
}

export interface HeadingNode {
	type: 'heading'
	attrs: { level: 1 | 2 | 3 }
	content?: InlineNode[]
}

export interface BlockquoteNode {
	type: 'blockquote'
	content: BlockNode[]
}

export interface ListItemNode {
	type: 'listItem'
	/** The first child is always a paragraph (schema: "paragraph block*"). */
	content: BlockNode[]
}

export interface BulletListNode {
	type: 'bulletList'
	content: ListItemNode[]
}

export interface OrderedListNode {
	type: 'orderedList'
	attrs?: { start?: number }
	content: ListItemNode[]
}

export interface TableCellNode {
	type: 'tableCell' | 'tableHeader'
	attrs?: { colspan?: number, rowspan?: number }
	content: BlockNode[]
}

export interface TableRowNode {
	type: 'tableRow'
	content: TableCellNode[]
}

/** Rows whose cells are all tableHeader at the top of a table form its header row(s). */
export interface TableNode {
	type: 'table'
	content: TableRowNode[]
}

export interface DefinitionTermNode {
	type: 'definitionTerm'
	content?: InlineNode[]
}

export interface DefinitionDescriptionNode {
	type: 'definitionDescription'
	content: BlockNode[]
}

export interface DefinitionListNode {
	type: 'definitionList'
	content: Array<DefinitionTermNode | DefinitionDescriptionNode>
}

export type BlockNode =
	| ParagraphNode
	| HeadingNode
	| BlockquoteNode
	| BulletListNode
	| OrderedListNode
	| TableNode
	| DefinitionListNode

export interface DocNode {
	type: 'doc'
	content: BlockNode[]
}

export type AnyNode =
	| DocNode
	| BlockNode
	| ListItemNode
	| TableRowNode
	| TableCellNode
	| DefinitionTermNode
	| DefinitionDescriptionNode
	| InlineNode

export interface Signatory {
	name: string
	title?: string
}

export interface DocumentMeta {
	title: string
	type: DocumentType
	/** BCP 47 language tag of the document's text, e.g. "sv", "sq-AL". */
	language: string
	/** Reference or case number, e.g. "KS 2005/00123". */
	reference?: string
	/** Responsible unit, e.g. "Stadsledningskontoret". */
	unit?: string
	/** The body that decides, e.g. "Kommunstyrelsen". */
	decisionBody?: string
	/** Place printed on signature lines, e.g. "Västerås". */
	place?: string
	keywords?: string[]
	signatories?: Signatory[]
}

/** A file from the user's Nextcloud Files, listed as "Attachment n". */
export interface Attachment {
	fileId: number
	name: string
}

/**
 * The whole versioned document: what is stored per version, hashed,
 * reviewed, signed and exported.
 */
export interface PolicyDocument {
	schemaVersion: typeof SCHEMA_VERSION
	meta: DocumentMeta
	attachments: Attachment[]
	body: DocNode
}
