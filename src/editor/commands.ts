/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The toolbar's commands as a table (id → label, icon, shortcut, run,
 * active, enabled), so the toolbar, its tests and the shortcut help read
 * one list. Labels are translated when the table is built, not at import.
 */
import type { Editor } from '@tiptap/core'
import { t } from '@nextcloud/l10n'
import {
	mdiCodeTags, mdiFormatBold, mdiFormatHeader1, mdiFormatHeader2, mdiFormatHeader3,
	mdiFormatIndentDecrease, mdiFormatIndentIncrease, mdiFormatItalic, mdiFormatListBulleted,
	mdiFormatListNumbered, mdiFormatParagraph, mdiFormatQuoteClose, mdiFormatStrikethrough,
	mdiFormatUnderline, mdiKeyboardReturn, mdiLink, mdiNoteTextOutline, mdiRedo, mdiTable,
	mdiTableColumnPlusAfter, mdiTableColumnRemove, mdiTableRemove, mdiTableRowPlusAfter,
	mdiTableRowRemove, mdiUndo,
} from '@mdi/js'

export type CanCommands = ReturnType<Editor['can']>

export type CommandId =
	| 'paragraph' | 'heading1' | 'heading2' | 'heading3'
	| 'bold' | 'italic' | 'underline' | 'strike' | 'code' | 'link'
	| 'bulletList' | 'orderedList' | 'indent' | 'outdent' | 'blockquote'
	| 'insertTable' | 'addRowAfter' | 'deleteRow' | 'addColumnAfter' | 'deleteColumn' | 'deleteTable'
	| 'footnote' | 'hardBreak' | 'undo' | 'redo'

export interface EditorCommand {
	id: CommandId
	label: string
	/** SVG path of a Material Design icon. */
	icon: string
	/** tiptap key notation ("Mod-Shift-x"); see formatShortcut(). */
	shortcut?: string
	run: (editor: Editor) => boolean
	/** For toggles: whether the selection already has it (aria-pressed / aria-checked). */
	isActive?: (editor: Editor) => boolean
	/**
	 * Whether running it now would do anything. Gets one shared editor.can()
	 * (building it walks every registered command, so the toolbar builds it
	 * once per refresh, not once per button).
	 */
	isEnabled?: (can: CanCommands) => boolean
}

const heading = (level: 1 | 2 | 3, label: string, icon: string): EditorCommand => ({
	id: `heading${level}`,
	label,
	icon,
	shortcut: `Mod-Alt-${level}`,
	run: (editor) => editor.chain().focus().setHeading({ level }).run(),
	isActive: (editor) => editor.isActive('heading', { level }),
})

const mark = (id: 'bold' | 'italic' | 'underline' | 'strike' | 'code', label: string, icon: string, shortcut: string): EditorCommand => ({
	id,
	label,
	icon,
	shortcut,
	run: (editor) => editor.chain().focus().toggleMark(id).run(),
	isActive: (editor) => editor.isActive(id),
	isEnabled: (can) => can.toggleMark(id),
})

/** Every toolbar command, labels in the user's language. */
export function createEditorCommands(): Record<CommandId, EditorCommand> {
	const list: EditorCommand[] = [
		{
			id: 'paragraph',
			label: t('policydesk', 'Paragraph'),
			icon: mdiFormatParagraph,
			shortcut: 'Mod-Alt-0',
			run: (editor) => editor.chain().focus().setParagraph().run(),
			isActive: (editor) => editor.isActive('paragraph'),
		},
		heading(1, t('policydesk', 'Heading 1'), mdiFormatHeader1),
		heading(2, t('policydesk', 'Heading 2'), mdiFormatHeader2),
		heading(3, t('policydesk', 'Heading 3'), mdiFormatHeader3),
		mark('bold', t('policydesk', 'Bold'), mdiFormatBold, 'Mod-b'),
		mark('italic', t('policydesk', 'Italic'), mdiFormatItalic, 'Mod-i'),
		mark('underline', t('policydesk', 'Underline'), mdiFormatUnderline, 'Mod-u'),
		mark('strike', t('policydesk', 'Strikethrough'), mdiFormatStrikethrough, 'Mod-Shift-x'),
		mark('code', t('policydesk', 'Code'), mdiCodeTags, 'Mod-e'),
		{
			id: 'link',
			label: t('policydesk', 'Link'),
			icon: mdiLink,
			shortcut: 'Mod-k',
			// The toolbar opens the link dialog; applying a target is applyLink().
			run: () => false,
			isActive: (editor) => editor.isActive('link'),
			isEnabled: (can) => can.setMark('link', { href: '#' }),
		},
		{
			id: 'bulletList',
			label: t('policydesk', 'Bulleted list'),
			icon: mdiFormatListBulleted,
			shortcut: 'Mod-Shift-8',
			run: (editor) => editor.chain().focus().toggleBulletList().run(),
			isActive: (editor) => editor.isActive('bulletList'),
		},
		{
			id: 'orderedList',
			label: t('policydesk', 'Numbered list'),
			icon: mdiFormatListNumbered,
			shortcut: 'Mod-Shift-7',
			run: (editor) => editor.chain().focus().toggleOrderedList().run(),
			isActive: (editor) => editor.isActive('orderedList'),
		},
		{
			id: 'indent',
			label: t('policydesk', 'Indent list item'),
			icon: mdiFormatIndentIncrease,
			shortcut: 'Tab',
			run: (editor) => editor.chain().focus().sinkListItem('listItem').run(),
			isEnabled: (can) => can.sinkListItem('listItem'),
		},
		{
			id: 'outdent',
			label: t('policydesk', 'Outdent list item'),
			icon: mdiFormatIndentDecrease,
			shortcut: 'Shift-Tab',
			run: (editor) => editor.chain().focus().liftListItem('listItem').run(),
			isEnabled: (can) => can.liftListItem('listItem'),
		},
		{
			id: 'blockquote',
			label: t('policydesk', 'Block quote'),
			icon: mdiFormatQuoteClose,
			shortcut: 'Mod-Shift-b',
			run: (editor) => editor.chain().focus().toggleBlockquote().run(),
			isActive: (editor) => editor.isActive('blockquote'),
		},
		{
			id: 'insertTable',
			label: t('policydesk', 'Insert table'),
			icon: mdiTable,
			run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
			isEnabled: (can) => can.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
		},
		{
			id: 'addRowAfter',
			label: t('policydesk', 'Add row below'),
			icon: mdiTableRowPlusAfter,
			run: (editor) => editor.chain().focus().addRowAfter().run(),
			isEnabled: (can) => can.addRowAfter(),
		},
		{
			id: 'deleteRow',
			label: t('policydesk', 'Delete row'),
			icon: mdiTableRowRemove,
			run: (editor) => editor.chain().focus().deleteRow().run(),
			isEnabled: (can) => can.deleteRow(),
		},
		{
			id: 'addColumnAfter',
			label: t('policydesk', 'Add column to the right'),
			icon: mdiTableColumnPlusAfter,
			run: (editor) => editor.chain().focus().addColumnAfter().run(),
			isEnabled: (can) => can.addColumnAfter(),
		},
		{
			id: 'deleteColumn',
			label: t('policydesk', 'Delete column'),
			icon: mdiTableColumnRemove,
			run: (editor) => editor.chain().focus().deleteColumn().run(),
			isEnabled: (can) => can.deleteColumn(),
		},
		{
			id: 'deleteTable',
			label: t('policydesk', 'Delete table'),
			icon: mdiTableRemove,
			run: (editor) => editor.chain().focus().deleteTable().run(),
			isEnabled: (can) => can.deleteTable(),
		},
		{
			id: 'footnote',
			label: t('policydesk', 'Insert footnote'),
			icon: mdiNoteTextOutline,
			shortcut: 'Mod-Alt-f',
			run: (editor) => editor.chain().focus().insertFootnote().run(),
			isEnabled: (can) => can.insertFootnote(),
		},
		{
			id: 'hardBreak',
			label: t('policydesk', 'Line break'),
			icon: mdiKeyboardReturn,
			shortcut: 'Shift-Enter',
			run: (editor) => editor.chain().focus().setHardBreak().run(),
			isEnabled: (can) => can.setHardBreak(),
		},
		{
			id: 'undo',
			label: t('policydesk', 'Undo'),
			icon: mdiUndo,
			shortcut: 'Mod-z',
			run: (editor) => editor.chain().focus().undo().run(),
			isEnabled: (can) => can.undo(),
		},
		{
			id: 'redo',
			label: t('policydesk', 'Redo'),
			icon: mdiRedo,
			shortcut: 'Mod-Shift-z',
			run: (editor) => editor.chain().focus().redo().run(),
			isEnabled: (can) => can.redo(),
		},
	]
	return Object.fromEntries(list.map((command) => [command.id, command])) as Record<CommandId, EditorCommand>
}

/** Whether this is a platform where "Mod" means ⌘. */
function isApple(): boolean {
	return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '')
}

/**
 * "Mod-Shift-x" → "Ctrl+Shift+X" (or "⌘+Shift+X" on Apple systems), for button titles.
 *
 * @param shortcut tiptap key notation
 * @param apple whether Mod means ⌘ (detected from the browser by default)
 */
export function formatShortcut(shortcut: string, apple = isApple()): string {
	return shortcut.split('-').map((part) => {
		if (part === 'Mod') {
			return apple ? '⌘' : 'Ctrl'
		}
		if (part === 'Alt' && apple) {
			return '⌥'
		}
		return part.length === 1 ? part.toUpperCase() : part
	}).join('+')
}

/**
 * tiptap notation → the aria-keyshortcuts form ("Control+Shift+X").
 *
 * @param shortcut tiptap key notation
 * @param apple whether Mod means ⌘ (detected from the browser by default)
 */
export function ariaShortcut(shortcut: string, apple = isApple()): string {
	return shortcut.split('-').map((part) => {
		if (part === 'Mod') {
			return apple ? 'Meta' : 'Control'
		}
		return part.length === 1 ? part.toUpperCase() : part
	}).join('+')
}

/**
 * Set a link on the selection, or insert the address as linked text when nothing is selected.
 *
 * @param editor the editor
 * @param href a target that passed normalizeHref()
 * @param title optional tooltip text
 */
export function applyLink(editor: Editor, href: string, title: string | null): boolean {
	const attrs = { href, title: title || null }
	if (editor.state.selection.empty && !editor.isActive('link')) {
		return editor.chain().focus().insertContent({ type: 'text', text: title || href, marks: [{ type: 'link', attrs }] }).run()
	}
	return editor.chain().focus().extendMarkRange('link').setLink(attrs).run()
}

/**
 * Remove the link around the caret or from the selection.
 *
 * @param editor the editor
 */
export function removeLink(editor: Editor): boolean {
	return editor.chain().focus().extendMarkRange('link').unsetLink().run()
}
