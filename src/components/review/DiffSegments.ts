/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Renders the word segments of one diffed block as elements: <ins> and <del>
 * for the change (their meaning for assistive technology), a visually hidden
 * word at the start and end of each change (screen readers do not announce
 * <ins>/<del> by default), and the text's own formatting. User text only ever
 * becomes text nodes, never HTML.
 */
import { t } from '@nextcloud/l10n'
import { type FunctionalComponent, type VNode, type VNodeChild, Fragment, h } from 'vue'
import type { DiffSegment } from '../../model/diff'
import type { SimpleMark } from '../../model/types'

/** The element that shows each mark without attributes. */
const MARK_TAGS: Record<SimpleMark['type'], string> = {
	bold: 'strong',
	italic: 'em',
	underline: 'u',
	strike: 's',
	code: 'code',
}

function withMarks(segment: DiffSegment): VNodeChild {
	// Hard breaks are "\n" in the text; the container keeps them with white-space: pre-wrap.
	let node: VNodeChild = segment.text
	for (const mark of segment.marks ?? []) {
		if (mark.type === 'link') {
			// Not a live link: a diff is for reading; the target is shown on hover and to assistive tech.
			node = h('span', { class: 'pd-diff__link', title: mark.attrs.href }, [node, h('span', { class: 'pd-sr-only' }, ` (${mark.attrs.href})`)])
		} else {
			node = h(MARK_TAGS[mark.type], node)
		}
	}
	if (segment.footnote) {
		node = h('span', { class: 'pd-diff__footnote' }, [h('span', { class: 'pd-sr-only' }, t('policydesk', 'Footnote:') + ' '), node])
	}
	return node
}

function change(tag: 'ins' | 'del', start: string, end: string, content: VNodeChild): VNode {
	return h(tag, { class: `pd-diff__${tag}` }, [
		h('span', { class: 'pd-sr-only' }, `[${start} `),
		content,
		h('span', { class: 'pd-sr-only' }, ` ${end}]`),
	])
}

const DiffSegments: FunctionalComponent<{ segments: DiffSegment[] }> = (props) => h(Fragment, props.segments.map((segment) => {
	const content = withMarks(segment)
	switch (segment.op) {
	case 'insert':
		return change('ins', t('policydesk', 'inserted:'), t('policydesk', 'end of insertion'), content)
	case 'delete':
		return change('del', t('policydesk', 'deleted:'), t('policydesk', 'end of deletion'), content)
	default:
		return content
	}
}))

DiffSegments.props = ['segments']

export default DiffSegments
