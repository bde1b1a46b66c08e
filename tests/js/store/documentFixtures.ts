/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { DocumentDetail } from '../../../src/api/types'
import type { PolicyDocument } from '../../../src/model/types'

export function content(text: string, title = 'Climate policy'): PolicyDocument {
	return {
		schemaVersion: 1,
		meta: { title, type: 'policy', language: 'sv' },
		attachments: [],
		body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
	}
}

export function detail(revision: number, text: string, id = 7): DocumentDetail {
	const doc = content(text)
	return {
		id,
		title: doc.meta.title,
		type: 'policy',
		language: 'sv',
		state: 'draft',
		ownerId: 'alice',
		ownerDisplayName: 'Alice',
		createdAt: 1700000000,
		updatedAt: 1700000000 + revision,
		revision,
		content: doc,
		hash: 'a'.repeat(64),
		latestVersionId: 1,
		canEdit: true,
		canShare: true,
	}
}
