/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Footnote numbers on screen. They are not stored (the ODT writer numbers
 * notes itself, ODF 1.3 part 3 §6.3.4 text:note-citation), so they are
 * widget decorations. CSS counters would be simpler but cannot be used:
 * each top-level block has `content-visibility: auto` (see PolicyEditor.vue),
 * which implies style containment, and that restarts counters in every block.
 *
 * Speed: numbering walks the whole document, so it runs only when a
 * transaction inserts or deletes a footnote; typing just maps the existing
 * decorations, which costs a path through the tree, not the whole tree.
 *
 * The same set carries a line-break hack: when a footnote's text ends with a
 * hard break, browsers put the caret after the footnote instead of on the
 * new line inside it, so text typed there escaped the footnote. An extra
 * <br> after the last one (as ProseMirror adds to textblocks itself) keeps
 * the caret inside.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

const FOOTNOTE = 'footnote'
export const footnoteNumbersKey = new PluginKey<DecorationSet>('policydeskFootnoteNumbers')

/**
 * The widget factory for footnote number `number`.
 *
 * @param number 1-based position of the footnote in the document
 */
function marker(number: number): () => HTMLElement {
	return () => {
		const element = document.createElement('sup')
		element.className = 'pd-footnote__number'
		element.textContent = String(number)
		return element
	}
}

/** A <br> like the one ProseMirror adds to textblocks ending in a hard break. */
function trailingBreak(): HTMLElement {
	const element = document.createElement('br')
	element.className = 'ProseMirror-trailingBreak'
	return element
}

/**
 * The caret hack for a footnote: a trailing <br> if its text ends with a hard break.
 *
 * @param footnote the footnote node
 * @param pos where it starts
 */
function caretHacksFor(footnote: ProseMirrorNode, pos: number): Decoration[] {
	return footnote.lastChild?.type.name === 'hardBreak'
		? [Decoration.widget(pos + footnote.nodeSize - 1, trailingBreak, { side: 1, key: 'fn-trailing-break', caretHack: true, marks: [] })]
		: []
}

/**
 * Number every footnote of `doc` (walks the whole document).
 *
 * @param doc the document
 */
function number(doc: ProseMirrorNode): DecorationSet {
	const decorations: Decoration[] = []
	let count = 0
	doc.descendants((node, pos) => {
		if (node.type.name === FOOTNOTE) {
			const n = ++count
			// Just inside the footnote, before its text; the key lets the DOM node be reused.
			decorations.push(Decoration.widget(pos + 1, marker(n), { side: -1, key: `fn${n}`, ignoreSelection: true, marks: [] }))
			decorations.push(...caretHacksFor(node, pos))
			return false
		}
		// Leaf text needs no walk; everything else may hold a footnote.
		return !node.isText
	})
	return DecorationSet.create(doc, decorations)
}

/**
 * Whether `node` has a footnote among its descendants.
 *
 * @param node a node or fragment
 */
function containsFootnote(node: ProseMirrorNode | { descendants: ProseMirrorNode['descendants'] }): boolean {
	let found = false
	node.descendants((child) => {
		found ||= child.type.name === FOOTNOTE
		return !found && !child.isText
	})
	return found
}

/**
 * Whether any step of `tr` removes or inserts a footnote.
 *
 * @param tr the transaction being applied
 */
function touchesFootnotes(tr: Transaction): boolean {
	return tr.steps.some((step, index) => {
		if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) {
			return false
		}
		const { from, to, slice } = step as unknown as { from: number, to: number, slice: { content: ProseMirrorNode['content'] } }
		if (containsFootnote(slice.content)) {
			return true
		}
		let removed = false
		if (to > from) {
			tr.docs[index]!.nodesBetween(from, to, (child) => {
				removed ||= child.type.name === FOOTNOTE
				return !removed && !child.isText
			})
		}
		return removed
	})
}

export const FootnoteNumbers = Extension.create({
	name: 'footnoteNumbers',
	addProseMirrorPlugins() {
		return [new Plugin<DecorationSet>({
			key: footnoteNumbersKey,
			state: {
				init: (_config, state) => number(state.doc),
				apply: (tr, set) => {
					if (!tr.docChanged) {
						return set
					}
					if (touchesFootnotes(tr)) {
						return number(tr.doc)
					}
					const mapped = set.map(tr.mapping, tr.doc)
					// Editing inside a footnote happens at the caret: refresh that footnote's hack only.
					const { $head } = tr.selection
					if ($head.parent.type.name !== FOOTNOTE) {
						return mapped
					}
					const start = $head.before()
					const end = $head.after()
					const stale = mapped.find(start, end, (spec) => spec.caretHack === true)
					return mapped.remove(stale).add(tr.doc, caretHacksFor($head.parent, start))
				},
			},
			props: {
				decorations: (state) => footnoteNumbersKey.getState(state),
			},
		})]
	},
})
