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
