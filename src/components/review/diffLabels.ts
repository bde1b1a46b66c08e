/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Words for what the diff view shows: what kind of block changed and how,
 * and the list marker or table position that the flattened block lost.
 */
import { t } from '@nextcloud/l10n'
import type { BlockContainer, BlockDiff, MetaChange, TextBlockType } from '../../model/diff'

export function blockTypeLabel(type: TextBlockType, level?: number): string {
	switch (type) {
	case 'heading':
		return t('policydesk', 'Heading {level}', { level: String(level ?? 1) })
	case 'definitionTerm':
		return t('policydesk', 'Term')
	case 'paragraph':
		return t('policydesk', 'Paragraph')
	}
}

function where(containers: BlockContainer[]): string {
	const last = containers[containers.length - 1]
	if (last?.type === 'table') {
		return t('policydesk', 'table row {row}, column {column}', { row: String(last.row + 1), column: String(last.column + 1) })
	}
	if (last?.type === 'bulletList' || last?.type === 'orderedList') {
		return t('policydesk', 'list item')
	}
	if (containers.some((c) => c.type === 'blockquote')) {
		return t('policydesk', 'quotation')
	}
	return ''
}

/**
 * A visible sentence for a non-equal block: "Added: Paragraph (list item)".
 */
export function blockDescription(block: BlockDiff): string {
	const what = blockTypeLabel(block.type, block.level)
	const place = where(block.containers)
	const described = place === '' ? what : t('policydesk', '{what} ({place})', { what, place })
	switch (block.kind) {
	case 'inserted':
		return t('policydesk', '+ Added: {block}', { block: described })
	case 'deleted':
		return t('policydesk', '− Removed: {block}', { block: described })
	case 'changed':
		if (block.previous) {
			const before = blockTypeLabel(block.previous.type, block.previous.level)
			const placeBefore = where(block.previous.containers)
			return t('policydesk', '± Changed: {block}, was {before}', {
				block: described,
				before: placeBefore === '' ? before : t('policydesk', '{what} ({place})', { what: before, place: placeBefore }),
			})
		}
		return t('policydesk', '± Changed: {block}', { block: described })
	default:
		return ''
	}
}

/**
 * The list bullet or number of a list item's first paragraph, as the reader sees it.
 */
export function blockMarker(block: BlockDiff): string {
	const last = block.containers[block.containers.length - 1]
	const path = block.path ?? block.oldPath ?? []
	// Only a list item's first block carries the marker; later ones continue the item.
	const first = path[path.length - 1] === 0
	if (!first) {
		return ''
	}
	if (last?.type === 'bulletList') {
		return '•'
	}
	if (last?.type === 'orderedList') {
		return `${last.start + last.item}.`
	}
	return ''
}

export function metaFieldLabel(field: MetaChange['field']): string {
	switch (field) {
	case 'title':
		return t('policydesk', 'Title')
	case 'type':
		return t('policydesk', 'Document type')
	case 'language':
		return t('policydesk', 'Language')
	case 'reference':
		return t('policydesk', 'Reference')
	case 'unit':
		return t('policydesk', 'Responsible unit')
	case 'decisionBody':
		return t('policydesk', 'Decision body')
	case 'place':
		return t('policydesk', 'Place')
	case 'keywords':
		return t('policydesk', 'Keywords')
	case 'signatories':
		return t('policydesk', 'Signatories')
	}
}
