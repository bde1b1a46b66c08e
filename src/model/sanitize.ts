/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Cleaning that makes outside JSON storable: characters XML 1.0 cannot
 * carry (they would make the exported content.xml not well-formed) and
 * editor attributes the schema does not declare.
 */
import { normalizeInline } from './builders'
import { schemaData } from './schema'
import type { DocNode, InlineNode } from './types'

/**
 * XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]. With the `u` flag a lone surrogate is one code point
 * in D800–DFFF, so it falls outside the allowed ranges and is removed too.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
/**
 * What could be forbidden, without the `u` flag, which makes a scan of a
 * long text several times slower: controls, U+FFFE/FFFF, and any
 * surrogate (paired ones are fine, but then the exact pattern decides).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Remove every character XML 1.0 forbids (C0 controls, U+FFFE/FFFF, lone surrogates). */
export function removeForbiddenCharacters(text: string): string {
	if (!MAYBE_FORBIDDEN.test(text)) {
		return text
	}
	FORBIDDEN.lastIndex = 0
	return FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Remove text nodes left empty (after cleaning) from a content list; drop the list if it is then empty. */
function pruneEmptyText(record: Record<string, unknown>): void {
	if (!Array.isArray(record.content)) {
		return
	}
	const content = record.content.filter((child) => !(isRecord(child) && child.type === 'text' && child.text === ''))
	if (content.length === 0 && record.content.length > 0) {
		delete record.content
	} else {
		record.content = content
	}
}

/**
 * A copy of any JSON value with forbidden characters removed from every
 * string, and text nodes that became empty removed, so the result of
 * sanitising a valid document is still valid.
 */
export function sanitizeDocument<T>(value: T): T {
	const clean = (item: unknown): unknown => {
		if (typeof item === 'string') {
			return removeForbiddenCharacters(item)
		}
		if (Array.isArray(item)) {
			return item.map(clean)
		}
		if (isRecord(item)) {
			const result: Record<string, unknown> = {}
			for (const [key, child] of Object.entries(item)) {
				result[key] = clean(child)
			}
			pruneEmptyText(result)
			return result
		}
		return item
	}
	return clean(value) as T
}

/**
 * Keep only the attributes the schema declares for a node or mark, and
 * drop null/undefined values unless the attribute is nullable (tiptap
 * writes `title: null`, `colwidth: null`, `target: "_blank"` and the like).
 * Returns undefined when nothing remains, so no empty `attrs` is written.
 */
export function stripUnknownAttrs(attrs: unknown, kind: 'node' | 'mark', type: string): Record<string, unknown> | undefined {
	if (!isRecord(attrs)) {
		return undefined
	}
	const specs = (kind === 'node' ? schemaData.nodes[type]?.attrs : schemaData.marks[type]?.attrs) ?? {}
	const result: Record<string, unknown> = {}
	for (const name of Object.keys(specs)) {
		const value = attrs[name]
		if (value === undefined || value === null) {
			continue
		}
		result[name] = value
	}
	return Object.keys(result).length > 0 ? result : undefined
}

function normalizeNode(node: unknown): unknown {
	if (!isRecord(node)) {
		return node
	}
	const type = typeof node.type === 'string' ? node.type : ''
	const result: Record<string, unknown> = { type: node.type }
	if (type === 'text') {
		result.text = typeof node.text === 'string' ? removeForbiddenCharacters(node.text) : node.text
		if (Array.isArray(node.marks) && node.marks.length > 0) {
			result.marks = node.marks.map((mark) => {
				if (!isRecord(mark) || typeof mark.type !== 'string') {
					return mark
				}
				const attrs = stripUnknownAttrs(sanitizeDocument(mark.attrs), 'mark', mark.type)
				return attrs === undefined ? { type: mark.type } : { type: mark.type, attrs }
			})
		}
		return result
	}
	const attrs = stripUnknownAttrs(node.attrs, 'node', type)
	if (attrs !== undefined) {
		result.attrs = sanitizeDocument(attrs)
	}
	if (Array.isArray(node.content) && node.content.length > 0) {
		let content = node.content.map(normalizeNode)
		const inline = content.every((child) => isRecord(child) && typeof child.type === 'string' && schemaData.nodes[child.type]?.inline === true)
		if (inline) {
			content = normalizeInline(content as InlineNode[])
		}
		if (content.length > 0) {
			result.content = content
		}
	}
	return result
}

/**
 * The stored body for an editor's `getJSON()` output: undeclared attributes
 * and null optionals dropped, forbidden characters removed, empty text
 * nodes removed and neighbouring text with equal marks merged. Unknown node
 * types are kept as they are, so validateDocument reports them instead of
 * text silently disappearing.
 */
export function normalizeEditorJson(json: unknown): DocNode {
	return normalizeNode(json) as DocNode
}
