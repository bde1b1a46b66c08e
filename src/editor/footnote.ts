/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A footnote is an inline node whose content is its text (schema:
 * "(text | hardBreak)*"). It is edited in place rather than in a popover:
 * the caret walks into it with the arrow keys like into any other text, so
 * nothing extra is needed for keyboard or screen-reader users, and no node
 * view (a per-node JavaScript object) is created, which keeps a document
 * with hundreds of footnotes as cheap to open as one without.
 * The number shown is a decoration (footnoteNumbers.ts); the ODT writer
 * numbers footnotes itself (ODF 1.3 part 3, §6.3 text:note).
 */
import { Node, mergeAttributes } from '@tiptap/core'
import { Plugin, TextSelection } from '@tiptap/pm/state'
import { t } from '@nextcloud/l10n'

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		footnote: {
			/** Insert a footnote at the caret (holding the selected text, if any) and put the caret inside it. */
			insertFootnote: () => ReturnType
			/** Move the caret from inside a footnote to just after it. */
			leaveFootnote: () => ReturnType
		}
	}
}

export const Footnote = Node.create({
	name: 'footnote',
	group: 'inline',
	inline: true,
	content: '(text | hardBreak)*',
	// The caret must not slip out when it reaches either edge while typing.
	defining: true,

	parseHTML() {
		return [{ tag: 'span[data-type="footnote"]' }]
	},

	renderHTML({ HTMLAttributes }) {
		return ['span', mergeAttributes(HTMLAttributes, {
			'data-type': 'footnote',
			class: 'pd-footnote',
			role: 'note',
			'aria-label': t('policydesk', 'Footnote'),
		}), 0]
	},

	addCommands() {
		return {
			insertFootnote: () => ({ state, tr, dispatch }) => {
				const { $from, from, to, empty } = state.selection
				const type = state.schema.nodes.footnote!
				if ($from.parent.type === type || !$from.parent.canReplaceWith($from.index(), $from.index(), type)) {
					return false
				}
				if (!dispatch) {
					return true
				}
				// Selected text becomes the footnote text only when it is plain
				// inline text of one block (a footnote holds no block content).
				const selected = empty || !$from.sameParent(state.selection.$to)
					? null
					: state.doc.slice(from, to).content
				let footnote
				try {
					footnote = type.createChecked(null, selected ?? undefined)
				} catch {
					footnote = type.create()
				}
				tr.replaceRangeWith(selected ? from : to, to, footnote)
				// Inside the new footnote, after its text.
				const inside = tr.mapping.map(selected ? from : to, -1) + footnote.nodeSize - 1
				tr.setSelection(TextSelection.create(tr.doc, inside)).scrollIntoView()
				dispatch(tr)
				return true
			},
			leaveFootnote: () => ({ state, tr, dispatch }) => {
				const { $head } = state.selection
				if ($head.parent.type.name !== this.name) {
					return false
				}
				if (dispatch) {
					tr.setSelection(TextSelection.create(tr.doc, $head.after())).scrollIntoView()
					dispatch(tr)
				}
				return true
			},
		}
	},

	addProseMirrorPlugins() {
		return [new Plugin({
			props: {
				/**
				 * With the caret right after a footnote, browsers put typed text at
				 * the end of the footnote's own DOM (the caret cannot be told apart
				 * from "inside, at the end"). So the first character typed there is
				 * inserted by us, after the footnote; the rest then follows it.
				 *
				 * @param view the editor view
				 * @param event the keypress
				 */
				handleKeyPress: (view, event) => {
					const { selection } = view.state
					if (!selection.empty || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey
						|| selection.$from.nodeBefore?.type.name !== this.name) {
						return false
					}
					view.dispatch(view.state.tr.insertText(event.key).scrollIntoView())
					return true
				},
			},
		})]
	},

	addKeyboardShortcuts() {
		return {
			'Mod-Alt-f': () => this.editor.commands.insertFootnote(),
			// A footnote cannot hold a paragraph break, so Enter and Escape-like
			// keys finish it instead: the caret continues after the marker.
			Enter: () => this.editor.commands.leaveFootnote(),
		}
	},
})
