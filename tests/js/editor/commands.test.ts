// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Every toolbar command, run on a small document, yields the model JSON a
 * reader of the schema would expect.
 */
import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { applyLink, createEditorCommands, formatShortcut, removeLink } from '../../../src/editor/commands'
import { validateBody } from '../../../src/model/validate'
import { body, br, createEditor, doc, footnote, h, li, marked, ol, p, quote, select, table, td, th, tr, ul } from './helpers'

const commands = createEditorCommands()
let editor: Editor

// Whatever a command leaves behind must be a body the server accepts.
afterEach(() => {
	expect(validateBody(body(editor))).toEqual([])
	editor.destroy()
})

describe('toolbar commands', () => {
	it.each([
		['bold'], ['italic'], ['underline'], ['strike'], ['code'],
	] as const)('%s marks the selected text and is then active', (id) => {
		editor = createEditor(doc(p('one two three')))
		select(editor, 'two')
		expect(commands[id].isActive!(editor)).toBe(false)
		expect(commands[id].run(editor)).toBe(true)
		expect(body(editor)).toEqual(doc(p('one ', marked('two', { type: id }), ' three')))
		expect(commands[id].isActive!(editor)).toBe(true)
		commands[id].run(editor)
		expect(body(editor)).toEqual(doc(p('one two three')))
	})

	it.each([
		['heading1', h(1)('Aim')],
		['heading2', h(2)('Aim')],
		['heading3', h(3)('Aim')],
	] as const)('%s turns the paragraph into that heading, paragraph turns it back', (id, expected) => {
		editor = createEditor(doc(p('Aim')))
		select(editor, 'Aim', true)
		commands[id].run(editor)
		expect(body(editor)).toEqual(doc(expected))
		expect(commands[id].isActive!(editor)).toBe(true)
		commands.paragraph.run(editor)
		expect(body(editor)).toEqual(doc(p('Aim')))
	})

	it('makes bulleted and numbered lists and toggles between them', () => {
		editor = createEditor(doc(p('first')))
		select(editor, 'first', true)
		commands.bulletList.run(editor)
		expect(body(editor)).toEqual(doc(ul(li(p('first')))))
		commands.orderedList.run(editor)
		expect(body(editor)).toEqual(doc(ol(1)(li(p('first')))))
		commands.orderedList.run(editor)
		expect(body(editor)).toEqual(doc(p('first')))
	})

	it('indents and outdents a list item, four levels deep', () => {
		editor = createEditor(doc(ul(li(p('a')), li(p('b')))))
		select(editor, 'b', true)
		expect(commands.indent.isEnabled!(editor.can())).toBe(true)
		commands.indent.run(editor)
		expect(body(editor)).toEqual(doc(ul(li(p('a'), ul(li(p('b')))))))
		commands.outdent.run(editor)
		expect(body(editor)).toEqual(doc(ul(li(p('a')), li(p('b')))))
		// The first item has nothing to nest under.
		select(editor, 'a', true)
		expect(commands.indent.isEnabled!(editor.can())).toBe(false)
	})

	it('wraps and unwraps a block quote', () => {
		editor = createEditor(doc(p('quoted')))
		select(editor, 'quoted', true)
		commands.blockquote.run(editor)
		expect(body(editor)).toEqual(doc(quote(p('quoted'))))
		commands.blockquote.run(editor)
		expect(body(editor)).toEqual(doc(p('quoted')))
	})

	it('inserts a 3×3 table with a header row and edits rows and columns', () => {
		editor = createEditor(doc(p('before')))
		editor.commands.setTextSelection(7)
		expect(commands.addRowAfter.isEnabled!(editor.can())).toBe(false)
		commands.insertTable.run(editor)
		const empty = () => [p()]
		const header = () => tr(...[0, 1, 2].map(() => ({ ...th(), content: empty() })))
		const row = (cells = 3) => tr(...Array.from({ length: cells }, () => ({ ...td(), content: empty() })))
		expect(body(editor).content[1]).toEqual(table(header(), row(), row()))

		// The caret is in the first header cell after insertion.
		commands.addRowAfter.run(editor)
		expect(body(editor).content[1]!.content).toHaveLength(4)
		commands.deleteRow.run(editor)
		expect(body(editor).content[1]!.content).toHaveLength(3)
		commands.addColumnAfter.run(editor)
		expect((body(editor).content[1] as ReturnType<typeof table>).content!.map((r) => r.content!.length)).toEqual([4, 4, 4])
		commands.deleteColumn.run(editor)
		expect((body(editor).content[1] as ReturnType<typeof table>).content!.map((r) => r.content!.length)).toEqual([3, 3, 3])
		commands.deleteTable.run(editor)
		expect(body(editor)).toEqual(doc(p('before')))
	})

	it('inserts an empty footnote at the caret and puts the caret inside it', () => {
		editor = createEditor(doc(p('Sentence.')))
		select(editor, '.', true)
		commands.footnote.run(editor)
		editor.commands.insertContent('See annex 2')
		expect(body(editor)).toEqual(doc(p('Sentence', footnote('See annex 2'), '.')))
		// Enter finishes the footnote; typing continues after it.
		editor.commands.leaveFootnote()
		editor.commands.insertContent('!')
		expect(body(editor)).toEqual(doc(p('Sentence', footnote('See annex 2'), '!.')))
	})

	it('turns selected text into a footnote, and refuses a footnote inside a footnote', () => {
		editor = createEditor(doc(p('Text source here')))
		select(editor, 'source')
		commands.footnote.run(editor)
		expect(body(editor)).toEqual(doc(p('Text ', footnote('source'), ' here')))
		expect(commands.footnote.isEnabled!(editor.can())).toBe(false)
	})

	it('inserts a hard line break', () => {
		editor = createEditor(doc(p('line one')))
		select(editor, ' one', true)
		commands.hardBreak.run(editor)
		expect(body(editor)).toEqual(doc(p('line', br(), ' one')))
	})

	it('undoes and redoes', () => {
		editor = createEditor(doc(p('text')))
		expect(commands.undo.isEnabled!(editor.can())).toBe(false)
		select(editor, 'text')
		commands.bold.run(editor)
		expect(commands.undo.isEnabled!(editor.can())).toBe(true)
		commands.undo.run(editor)
		expect(body(editor)).toEqual(doc(p('text')))
		commands.redo.run(editor)
		expect(body(editor)).toEqual(doc(p(marked('text', { type: 'bold' }))))
	})

	it('links the selection with only the model\'s link attributes', () => {
		editor = createEditor(doc(p('see the plan')))
		select(editor, 'plan')
		expect(applyLink(editor, 'https://example.org/plan', null)).toBe(true)
		expect(body(editor)).toEqual(doc(p('see the ', marked('plan', { type: 'link', attrs: { href: 'https://example.org/plan' } }))))
		expect(commands.link.isActive!(editor)).toBe(true)
		applyLink(editor, '#aim', 'Aim')
		expect(body(editor)).toEqual(doc(p('see the ', marked('plan', { type: 'link', attrs: { href: '#aim', title: 'Aim' } }))))
		removeLink(editor)
		expect(body(editor)).toEqual(doc(p('see the plan')))
	})

	it('inserts the address as linked text when nothing is selected', () => {
		editor = createEditor(doc(p('Mail: ')))
		editor.commands.setTextSelection(editor.state.doc.content.size - 1)
		applyLink(editor, 'mailto:kommun@example.se', null)
		expect(body(editor)).toEqual(doc(p('Mail: ', marked('mailto:kommun@example.se', { type: 'link', attrs: { href: 'mailto:kommun@example.se' } }))))
	})

	it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' javascript:alert(1)'])(
		'refuses the link target %s', (href) => {
			editor = createEditor(doc(p('click me')))
			select(editor, 'click')
			expect(applyLink(editor, href, null)).toBe(false)
			expect(body(editor)).toEqual(doc(p('click me')))
		},
	)

	it('shows shortcuts in the platform\'s notation', () => {
		expect(formatShortcut('Mod-Shift-x', false)).toBe('Ctrl+Shift+X')
		expect(formatShortcut('Mod-Alt-1', true)).toBe('⌘+⌥+1')
	})
})
