/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Tiny builders in the spirit of prosemirror-test-builder: doc(p('foo'))
 * gives model JSON, so expectations read like the documents they describe.
 */
import type { JSONContent } from '@tiptap/core'
import { Editor } from '@tiptap/core'
import { createPolicyExtensions } from '../../../src/editor/extensions'
import { normalizeEditorJson } from '../../../src/model/sanitize'

type Child = JSONContent | string
const kids = (children: Child[]) => children.map((child) => (typeof child === 'string' ? { type: 'text', text: child } : child))
const node = (type: string, attrs?: Record<string, unknown>) => (...children: Child[]): JSONContent => {
	const out: JSONContent = { type }
	if (attrs) {
		out.attrs = attrs
	}
	if (children.length > 0) {
		out.content = kids(children)
	}
	return out
}

export const doc = node('doc')
export const p = node('paragraph')
export const h = (level: 1 | 2 | 3) => node('heading', { level })
export const ul = node('bulletList')
export const ol = (start = 1) => node('orderedList', { start })
export const li = node('listItem')
export const quote = node('blockquote')
export const table = node('table')
export const tr = node('tableRow')
export const th = node('tableHeader', { colspan: 1, rowspan: 1 })
export const td = node('tableCell', { colspan: 1, rowspan: 1 })
export const footnote = node('footnote')
export const br = (): JSONContent => ({ type: 'hardBreak' })
export const marked = (text: string, ...marks: JSONContent['marks'] & object): JSONContent => ({ type: 'text', text, marks })

export function createEditor(content: JSONContent, options: Parameters<typeof createPolicyExtensions>[0] = {}): Editor {
	const element = document.createElement('div')
	document.body.appendChild(element)
	return new Editor({ element, content, extensions: createPolicyExtensions(options), injectCSS: false })
}

/**
 * Place the selection on the first occurrence of `text` (or a caret at its start when `caret`).
 */
export function select(editor: Editor, text: string, caret = false): void {
	let found: { from: number, to: number } | null = null
	editor.state.doc.descendants((child, pos) => {
		if (found || !child.isText) {
			return !found
		}
		const index = child.text!.indexOf(text)
		if (index !== -1) {
			found = { from: pos + index, to: pos + index + text.length }
		}
		return false
	})
	if (!found) {
		throw new Error(`"${text}" is not in the document`)
	}
	const { from, to } = found
	editor.commands.setTextSelection(caret ? from : { from, to })
}

export const body = (editor: Editor) => normalizeEditorJson(editor.getJSON())
