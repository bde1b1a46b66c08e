// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * PolicyEditor as a component: attributes of the editable region, when it
 * emits, the toolbar's keyboard behaviour, shortcuts, and untrusted markup.
 */
import type { Editor } from '@tiptap/core'
import type { VueWrapper } from '@vue/test-utils'
import type { DocNode } from '../../../src/model/types'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import PolicyEditor from '../../../src/components/editor/PolicyEditor.vue'
import { validateBody } from '../../../src/model/validate'
import { doc, footnote, h, li, marked, ol, p, quote, ul } from './helpers'

let wrapper: VueWrapper | null = null

function cleanup(): void {
	wrapper = null
	document.body.innerHTML = ''
}

afterEach(() => {
	wrapper?.unmount()
	cleanup()
})

function mountEditor(body: DocNode, props: Record<string, unknown> = {}) {
	wrapper = mount(PolicyEditor, {
		props: { modelValue: body, language: 'sv', label: 'Miljöpolicy', ...props },
		attachTo: document.body,
	})
	const vm = wrapper.vm as unknown as { editor: Editor, flush: () => DocNode, getDocument: () => DocNode }
	return { wrapper, vm, editor: vm.editor, text: wrapper.find('.ProseMirror').element as HTMLElement }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)))
/** The toolbar follows the editor when the browser is idle (at most 100 ms later). */
const toolbarSettled = () => new Promise((resolve) => setTimeout(resolve, 150)).then(() => nextTick())

/**
 * Press a key on the editable region the way a browser delivers it.
 */
function press(target: HTMLElement, key: string, modifiers: { ctrl?: boolean, shift?: boolean, alt?: boolean } = {}, keyCode?: number): KeyboardEvent {
	const event = new KeyboardEvent('keydown', {
		key,
		ctrlKey: Boolean(modifiers.ctrl),
		shiftKey: Boolean(modifiers.shift),
		altKey: Boolean(modifiers.alt),
		bubbles: true,
		cancelable: true,
		// Browsers send keyCode too; ProseMirror falls back to it for Shift+letter.
		keyCode: keyCode ?? (/^[a-z]$/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0),
	})
	target.dispatchEvent(event)
	return event
}

function caretAt(editor: Editor, text: string, offset = 0): void {
	let pos = -1
	editor.state.doc.descendants((child, at) => {
		if (pos === -1 && child.isText && child.text!.includes(text)) {
			pos = at + child.text!.indexOf(text) + offset
		}
		return pos === -1
	})
	editor.commands.setTextSelection(pos)
}

describe('PolicyEditor', () => {
	it('labels the editable region and sets its language and direction', () => {
		const { text } = mountEditor(doc(p('Hej')) as DocNode)
		expect(text.getAttribute('role')).toBe('textbox')
		expect(text.getAttribute('aria-label')).toBe('Miljöpolicy')
		expect(text.getAttribute('aria-multiline')).toBe('true')
		expect(text.getAttribute('lang')).toBe('sv')
		expect(text.getAttribute('dir')).toBe('auto')
		expect(text.getAttribute('contenteditable')).toBe('true')
		const help = document.getElementById(text.getAttribute('aria-describedby')!)
		expect(help?.textContent).toContain('Escape')
	})

	it('follows language and readonly changes; readonly shows no toolbar', async () => {
		const { wrapper, text } = mountEditor(doc(p('Hej')) as DocNode)
		expect(wrapper.find('[role="toolbar"]').exists()).toBe(true)
		await wrapper.setProps({ language: 'sq-AL', readonly: true })
		expect(text.getAttribute('lang')).toBe('sq-AL')
		expect(text.getAttribute('contenteditable')).toBe('false')
		expect(text.getAttribute('aria-readonly')).toBe('true')
		expect(wrapper.find('[role="toolbar"]').exists()).toBe(false)
	})

	it('signals changes cheaply and emits the body only when flushed or after a pause', async () => {
		const { wrapper, vm, editor } = mountEditor(doc(p('Hej')) as DocNode)
		caretAt(editor, 'Hej', 3)
		editor.commands.insertContent(' då')
		editor.commands.insertContent('!')
		await frame()
		expect(wrapper.emitted('change')).toHaveLength(1)
		expect(wrapper.emitted('update:modelValue')).toBeUndefined()
		vm.flush()
		expect(wrapper.emitted('update:modelValue')).toEqual([[doc(p('Hej då!'))]])
		// Nothing new: no second emit.
		vm.flush()
		expect(wrapper.emitted('update:modelValue')).toHaveLength(1)
		editor.commands.insertContent('?')
		await new Promise((resolve) => setTimeout(resolve, 1500))
		expect(wrapper.emitted('update:modelValue')).toHaveLength(2)
	})

	it('emits pending typing when it is unmounted', () => {
		const received: DocNode[] = []
		const { wrapper, editor } = mountEditor(doc(p('a')) as DocNode, { 'onUpdate:modelValue': (body: DocNode) => received.push(body) })
		editor.commands.insertContent('b')
		wrapper.unmount()
		expect(received).toEqual([doc(p('ba'))])
		// Already unmounted: afterEach has nothing left to do.
		cleanup()
	})

	it('keeps the caret and unsent typing when the parent hands its own body back', async () => {
		const { wrapper, vm, editor } = mountEditor(doc(p('one')) as DocNode)
		caretAt(editor, 'one', 3)
		editor.commands.insertContent(' two')
		const sent = vm.flush()
		editor.commands.insertContent(' three')
		// The store replaces the body with an equal copy (say, after a save round trip).
		await wrapper.setProps({ modelValue: JSON.parse(JSON.stringify(sent)) })
		expect(vm.getDocument()).toEqual(doc(p('one two three')))
		// A different body (restored version) replaces the text.
		await wrapper.setProps({ modelValue: doc(h(1)('Restored')) })
		expect(vm.getDocument()).toEqual(doc(h(1)('Restored')))
	})

	it.each([
		['an unknown node', { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] }],
		['an empty text node', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }],
		['a list item without its paragraph', { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [] }] }] }],
	])('opens a body with %s read-only with a message, and never emits', async (_name, invalid) => {
		const received: DocNode[] = []
		const { wrapper, vm, text } = mountEditor(invalid as unknown as DocNode, { 'onUpdate:modelValue': (body: DocNode) => received.push(body) })
		await nextTick()
		expect(text.getAttribute('contenteditable')).toBe('false')
		expect(wrapper.find('[role="toolbar"]').exists()).toBe(false)
		expect(wrapper.text()).toContain('cannot show')
		expect(vm.flush()).toBe(invalid)
		wrapper.unmount()
		cleanup()
		expect(received).toEqual([])
	})

	it('keeps typed and pasted markup as text', () => {
		const { vm, editor, text } = mountEditor(doc(p('x')) as DocNode)
		caretAt(editor, 'x', 1)
		editor.commands.insertContent({ type: 'text', text: '<script>alert(1)</script>' })
		editor.view.pasteText('<img src=x onerror=alert(2)>')
		expect(vm.getDocument()).toEqual(doc(p('x<script>alert(1)</script><img src=x onerror=alert(2)>')))
		expect(validateBody(vm.getDocument())).toEqual([])
		expect(text.querySelector('script, img')).toBeNull()
	})

	it('reads pasted HTML into schema nodes only: no scripts, styles or unsafe links', () => {
		const { vm, editor, text } = mountEditor(doc(p()) as DocNode)
		editor.view.pasteHTML('<h4 style="color:red">Small</h4><p onclick="alert(1)">A <b>bold</b> <a href="javascript:alert(3)">trap</a>'
			+ ' <a href="https://example.org">ok</a><script>alert(4)</script></p><hr><pre><code>x</code></pre>')
		const body = vm.getDocument()
		expect(validateBody(body)).toEqual([])
		expect(JSON.stringify(body)).not.toMatch(/script|style|onclick|javascript|alert\(4\)/)
		expect(body.content[0]).toEqual(p('Small'))
		expect(body.content[1]).toEqual(p('A ', marked('bold', { type: 'bold' }), ' trap ', marked('ok', { type: 'link', attrs: { href: 'https://example.org' } })))
		expect(text.querySelector('script, style, [onclick], hr, pre')).toBeNull()
	})
})

describe('PolicyEditor keyboard', () => {
	it.each<[string, { shift?: boolean }, 'bold' | 'italic' | 'underline' | 'strike' | 'code']>([
		['b', {}, 'bold'],
		['i', {}, 'italic'],
		['u', {}, 'underline'],
		['x', { shift: true }, 'strike'],
		['e', {}, 'code'],
	])('Ctrl+%s toggles a mark', (key, modifiers, markName) => {
		const { vm, editor, text } = mountEditor(doc(p('one two')) as DocNode)
		caretAt(editor, 'two')
		editor.commands.setTextSelection({ from: editor.state.selection.from, to: editor.state.selection.from + 3 })
		press(text, modifiers.shift ? key.toUpperCase() : key, { ctrl: true, ...modifiers })
		expect(vm.getDocument()).toEqual(doc(p('one ', marked('two', { type: markName }))))
	})

	it.each([
		['1', h(1)('Aim')], ['2', h(2)('Aim')], ['3', h(3)('Aim')],
	] as const)('Ctrl+Alt+%s makes a heading, Ctrl+Alt+0 a paragraph', (key, expected) => {
		const { vm, editor, text } = mountEditor(doc(p('Aim')) as DocNode)
		caretAt(editor, 'Aim')
		press(text, key, { ctrl: true, alt: true })
		expect(vm.getDocument()).toEqual(doc(expected))
		press(text, '0', { ctrl: true, alt: true })
		expect(vm.getDocument()).toEqual(doc(p('Aim')))
	})

	it('Ctrl+Shift+7 / 8 make lists, Tab and Shift+Tab indent and outdent', () => {
		const { vm, editor, text } = mountEditor(doc(p('a'), p('b')) as DocNode)
		editor.commands.selectAll()
		press(text, '&', { ctrl: true, shift: true }, 55)
		expect(vm.getDocument()).toEqual(doc(ol(1)(li(p('a')), li(p('b')))))
		press(text, '*', { ctrl: true, shift: true }, 56)
		expect(vm.getDocument()).toEqual(doc(ul(li(p('a')), li(p('b')))))
		caretAt(editor, 'b')
		const tab = press(text, 'Tab')
		expect(tab.defaultPrevented).toBe(true)
		expect(vm.getDocument()).toEqual(doc(ul(li(p('a'), ul(li(p('b')))))))
		press(text, 'Tab', { shift: true })
		expect(vm.getDocument()).toEqual(doc(ul(li(p('a')), li(p('b')))))
	})

	it('Escape then Tab leaves a list instead of indenting', () => {
		const { vm, editor, text } = mountEditor(doc(ul(li(p('a')), li(p('b')))) as DocNode)
		caretAt(editor, 'b')
		press(text, 'Escape')
		const tab = press(text, 'Tab')
		// Not handled: the browser's default (focus to the next control) happens.
		expect(tab.defaultPrevented).toBe(false)
		expect(vm.getDocument()).toEqual(doc(ul(li(p('a')), li(p('b')))))
		// Only the next Tab is released.
		expect(press(text, 'Tab').defaultPrevented).toBe(true)
	})

	it('Tab moves to the next table cell and adds a row after the last; Ctrl+Z undoes', () => {
		const cell = (type: 'tableHeader' | 'tableCell', value: string) => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [p(value)] })
		const start = doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'A'), cell('tableHeader', 'B')] }] })
		const { vm, editor, text } = mountEditor(start as DocNode)
		caretAt(editor, 'A')
		expect(press(text, 'Tab').defaultPrevented).toBe(true)
		expect(editor.state.selection.$from.parent.textContent).toBe('B')
		press(text, 'Tab')
		const rows = (vm.getDocument().content[0] as { content: unknown[] }).content
		expect(rows).toHaveLength(2)
		press(text, 'z', { ctrl: true })
		expect(vm.getDocument()).toEqual(start)
	})

	it('Tab outside lists and tables is not captured', () => {
		const { editor, text } = mountEditor(doc(p('plain')) as DocNode)
		caretAt(editor, 'plain')
		expect(press(text, 'Tab').defaultPrevented).toBe(false)
	})

	it('Ctrl+Shift+B quotes, Shift+Enter breaks the line, Ctrl+Alt+F adds a footnote', () => {
		const { vm, editor, text } = mountEditor(doc(p('ab')) as DocNode)
		caretAt(editor, 'ab', 1)
		// What a browser sends for Ctrl+Shift+B: the capital letter (Bold also listens to Mod-B).
		press(text, 'B', { ctrl: true, shift: true })
		expect(vm.getDocument()).toEqual(doc(quote(p('ab'))))
		press(text, 'Enter', { shift: true })
		expect(vm.getDocument()).toEqual(doc(quote(p('a', { type: 'hardBreak' }, 'b'))))
		press(text, 'f', { ctrl: true, alt: true })
		editor.commands.insertContent('note')
		press(text, 'Enter')
		editor.commands.insertContent('!')
		expect(vm.getDocument()).toEqual(doc(quote(p('a', { type: 'hardBreak' }, footnote('note'), '!b'))))
	})

	it('Ctrl+K opens the link dialog; Alt+F10 moves to the toolbar', async () => {
		const { wrapper, editor, text } = mountEditor(doc(p('link me')) as DocNode)
		caretAt(editor, 'link')
		press(text, 'k', { ctrl: true })
		// The dialog is loaded on first use.
		await vi.waitFor(() => expect(document.body.textContent).toContain('Save link'))
		wrapper.findComponent({ name: 'LinkDialog' }).vm.$emit('close')
		await nextTick()
		press(text, 'F10', { alt: true })
		expect(document.activeElement?.closest('[role="toolbar"]')).not.toBeNull()
	})
})

describe('EditorToolbar', () => {
	it('is one tab stop; arrow keys, Home and End move between buttons', async () => {
		const { wrapper, editor } = mountEditor(doc(p('x')) as DocNode)
		// Something to undo, so Undo is the last enabled button (Redo stays disabled).
		editor.commands.insertContent('y')
		await toolbarSettled()
		const toolbar = wrapper.find('[role="toolbar"]')
		expect(toolbar.attributes('aria-label')).toBe('Formatting')
		const tabbable = () => toolbar.findAll('button').filter((button) => button.attributes('tabindex') === '0')
		expect(tabbable()).toHaveLength(1)
		const first = tabbable()[0]!.element as HTMLElement
		first.focus()
		first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
		const second = document.activeElement as HTMLElement
		expect(second).not.toBe(first)
		expect(second.getAttribute('tabindex')).toBe('0')
		expect(first.getAttribute('tabindex')).toBe('-1')
		second.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }))
		expect(document.activeElement?.getAttribute('aria-label')).toBe('Undo')
		;(document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }))
		expect(document.activeElement).toBe(first)
	})

	it('applies a mark on click and reports it with aria-pressed', async () => {
		const { wrapper, vm, editor } = mountEditor(doc(p('one two')) as DocNode)
		caretAt(editor, 'two')
		editor.commands.setTextSelection({ from: editor.state.selection.from, to: editor.state.selection.from + 3 })
		await toolbarSettled()
		const bold = wrapper.find('[data-command="bold"]')
		expect(bold.attributes('aria-pressed')).toBe('false')
		await bold.trigger('click')
		expect(vm.getDocument()).toEqual(doc(p('one ', marked('two', { type: 'bold' }))))
		await toolbarSettled()
		expect(wrapper.find('[data-command="bold"]').attributes('aria-pressed')).toBe('true')
	})

	it('labels every button and names its shortcut', () => {
		const { wrapper } = mountEditor(doc(p('x')) as DocNode)
		const buttons = wrapper.find('[role="toolbar"]').findAll('button')
		expect(buttons.length).toBeGreaterThan(15)
		for (const button of buttons) {
			expect(button.attributes('aria-label') || button.text(), button.html()).toBeTruthy()
		}
		expect(wrapper.find('[data-command="strike"]').attributes('aria-keyshortcuts')).toBe('Control+Shift+X')
	})
})
