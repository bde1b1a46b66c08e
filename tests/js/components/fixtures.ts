/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PolicyDocument } from '../../../src/model/types'

export function documentWith(paragraphs: string[], title = 'Budget policy'): PolicyDocument {
	return {
		schemaVersion: 1,
		meta: { title, type: 'policy', language: 'sv' },
		attachments: [],
		body: {
			type: 'doc',
			content: paragraphs.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
		},
	}
}
