// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { footnoteNumbersKey } from '../../../src/editor/footnoteNumbers'
import { body, createEditor, doc, footnote, p, select, ul, li } from './helpers'

let editor: Editor
afterEach(() => editor?.destroy())

const shown = () => [...editor.view.dom.querySelectorAll('.pd-footnote')]
	.map((element) => `${element.querySelector('.pd-footnote__number')?.textContent}:${element.textContent!.replace(/^\d+/, '')}`)

describe('footnote caret', () => {
	it('puts a character typed right after a footnote after it, not into it', () => {
		editor = createEditor(doc(p('Sentence', footnote('note'))))
		editor.commands.setTextSelection(editor.state.doc.content.size - 1)
		const event = new KeyboardEvent('keypress', { key: 'X', bubbles: true, cancelable: true })
		// happy-dom ignores charCode in the init dictionary; ProseMirror only handles keypress with one.
		Object.defineProperty(event, 'charCode', { value: 88 })
		editor.view.dom.dispatchEvent(event)
		expect(event.defaultPrevented).toBe(true)
		expect(body(editor)).toEqual(doc(p('Sentence', footnote('note'), 'X')))
	})

	it('keeps the caret inside a footnote that ends with a line break', () => {
		editor = createEditor(doc(p('a', footnote('note'))))
		select(editor, 'note')
		editor.commands.setTextSelection(editor.state.selection.to)
		editor.commands.setHardBreak()
		const span = editor.view.dom.querySelector('.pd-footnote')!
		expect(span.lastElementChild?.classList.contains('ProseMirror-trailingBreak')).toBe(true)
		editor.commands.insertContent('more')
		expect(body(editor)).toEqual(doc(p('a', footnote('note', { type: 'hardBreak' }, 'more'))))
		// (ProseMirror's own trailing break at the end of the paragraph stays; ours in the footnote goes.)
		expect(editor.view.dom.querySelector('.pd-footnote .ProseMirror-trailingBreak')).toBeNull()
	})
})

describe('footnote numbers', () => {
	it('numbers footnotes in document order, also inside lists', () => {
		editor = createEditor(doc(p('a', footnote('first')), ul(li(p('b', footnote('second')))), p('c', footnote('third'))))
		expect(shown()).toEqual(['1:first', '2:second', '3:third'])
	})

	it('renumbers when a footnote is inserted or deleted, not when text is typed', () => {
		editor = createEditor(doc(p('a', footnote('first'), ' b', footnote('second'))))
		const before = footnoteNumbersKey.getState(editor.state)
		select(editor, ' b', true)
		editor.commands.insertContent('typed')
		// Typing maps the existing decorations; the set is not rebuilt.
		expect(footnoteNumbersKey.getState(editor.state)!.find().map((d) => d.spec.key)).toEqual(before!.find().map((d) => d.spec.key))
		expect(shown()).toEqual(['1:first', '2:second'])

		select(editor, 'a', true)
		editor.commands.insertFootnote()
		editor.commands.insertContent('new')
		expect(shown()).toEqual(['1:new', '2:first', '3:second'])

		select(editor, 'first')
		// Delete the whole "first" footnote node.
		const { $from } = editor.state.selection
		editor.commands.deleteRange({ from: $from.before(), to: $from.after() })
		expect(shown()).toEqual(['1:new', '2:second'])
		// Numbers are decorations only: the stored body has none.
		expect(JSON.stringify(body(editor))).not.toMatch(/"[12]"/)
	})
})
