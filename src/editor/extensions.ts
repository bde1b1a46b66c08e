/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The tiptap extensions whose ProseMirror schema is exactly
 * lib/Model/document-schema.json (tests/js/editor/schema.test.ts compares
 * the two, node by node). StarterKit parts the model has no node for are
 * switched off, and stock nodes that carry attributes the model does not
 * know (orderedList `type`, link `target`/`rel`/`class`, cell `colwidth`)
 * are narrowed, so getJSON() yields nothing the server would refuse.
 */
import type { AnyExtension } from '@tiptap/core'
import { Extension } from '@tiptap/core'
import { StarterKit } from '@tiptap/starter-kit'
import { Bold } from '@tiptap/extension-bold'
import { Code } from '@tiptap/extension-code'
import { Italic } from '@tiptap/extension-italic'
import { Strike } from '@tiptap/extension-strike'
import { Underline } from '@tiptap/extension-underline'
import { OrderedList } from '@tiptap/extension-list'
import { Link } from '@tiptap/extension-link'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import { DefinitionDescription, DefinitionList, DefinitionTerm } from './definitionList'
import { Footnote } from './footnote'
import { FootnoteNumbers } from './footnoteNumbers'
import { isSafeHref } from './href'
import documentSchema from '../../lib/Model/document-schema.json'

const cellAttributes = () => ({
	colspan: { default: 1 },
	rowspan: { default: 1 },
})

const PolicyOrderedList = OrderedList.extend({
	addAttributes() {
		return {
			start: {
				default: 1,
				parseHTML: (element: HTMLElement) => {
					const start = Number.parseInt(element.getAttribute('start') ?? '1', 10)
					// The schema requires start ≥ 1; <ol start="0"> or "-3" from a paste becomes 1.
					return Number.isInteger(start) && start >= 1 ? start : 1
				},
			},
		}
	},
})

/**
 * tiptap's code mark excludes every other mark; the model does not, and the
 * Markdown import makes linked code ([`occ`](…)) from the corpus. Like every
 * other mark here it only excludes itself.
 */
const PolicyCode = Code.extend({ excludes: 'code' })

const PolicyLink = Link.extend({
	// Same priority as the other marks, so it takes its place in schema order (see markExtensions).
	priority: 100,
	// Keep the caret's link mark from spreading into text typed after a link.
	inclusive: false,
	addAttributes() {
		return {
			href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') },
			title: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('title') || null },
		}
	},
}).configure({
	// Every way a link enters the document (dialog, paste, markdown) passes the schema's rule.
	isAllowedUri: (url: string) => isSafeHref(url),
	// Autolinking scans the changed text on every keystroke; links are made on purpose here.
	autolink: false,
	linkOnPaste: true,
	openOnClick: false,
	enableClickSelection: false,
	HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
})

/**
 * The marks, registered in the order document-schema.json lists them.
 * ProseMirror sorts a text node's marks by that registration order, and the
 * order is part of the stored JSON and so of the document hash: opening and
 * saving a document must not reorder `[code, link]` into `[link, code]`.
 */
const markExtensions: Record<string, AnyExtension> = {
	bold: Bold,
	italic: Italic,
	underline: Underline,
	strike: Strike,
	code: PolicyCode,
	link: PolicyLink,
}

/** The mark extensions in document-schema.json order; throws if the model gained a mark the editor lacks. */
function marksInSchemaOrder(): AnyExtension[] {
	return Object.keys(documentSchema.marks).map((name) => {
		const extension = markExtensions[name]
		if (!extension) {
			throw new Error(`No editor extension for the model's mark "${name}"`)
		}
		return extension
	})
}

export interface PolicyExtensionOptions {
	/** Mod-k: ask the user for a link target (the editor has no dialog of its own). */
	onLinkRequest?: () => void
}

/**
 * Shortcuts the stock extensions don't give, or give differently.
 *
 * @param options callbacks into the component
 */
function policyKeymap(options: PolicyExtensionOptions): AnyExtension {
	return Extension.create({
		name: 'policyKeymap',
		// Before the stock keymaps: Bold also answers to "Mod-B" (capital), which
		// is what Ctrl+Shift+B produces, and would take the block quote shortcut.
		priority: 1000,
		addKeyboardShortcuts() {
			return {
				'Mod-Shift-b': () => this.editor.commands.toggleBlockquote(),
				'Mod-Shift-x': () => this.editor.commands.toggleStrike(),
				'Mod-k': () => {
					if (!this.editor.isEditable || !options.onLinkRequest) {
						return false
					}
					options.onLinkRequest()
					return true
				},
			}
		},
	})
}

/**
 * Every extension of the Policy Desk editor: the schema of document-schema.json plus behaviour.
 *
 * @param options callbacks into the component (the link dialog)
 */
export function createPolicyExtensions(options: PolicyExtensionOptions = {}): AnyExtension[] {
	return [
		StarterKit.configure({
			heading: { levels: [1, 2, 3] },
			orderedList: false,
			bold: false,
			italic: false,
			underline: false,
			strike: false,
			code: false,
			link: false,
			codeBlock: false,
			horizontalRule: false,
			// A trailing paragraph would be added to every opened document and
			// turn "open" into "change"; the gap cursor reaches the end instead.
			trailingNode: false,
		}),
		PolicyOrderedList,
		...marksInSchemaOrder(),
		Table.configure({ resizable: false, allowTableNodeSelection: false }),
		TableRow.extend({ content: '(tableHeader | tableCell)+' }),
		TableHeader.extend({ addAttributes: cellAttributes }),
		TableCell.extend({ addAttributes: cellAttributes }),
		DefinitionList,
		DefinitionTerm,
		DefinitionDescription,
		Footnote,
		FootnoteNumbers,
		policyKeymap(options),
	]
}
