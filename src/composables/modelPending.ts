/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * TEMPORARY stand-ins for src/model/templates.ts and src/model/markdown.ts
 * (written in parallel); same signatures, minimal behaviour. Delete this
 * file when those land and import them directly.
 */
import type { DocumentMeta, DocumentType, PolicyDocument } from '../model/types'

export function createFromTemplate(type: DocumentType, meta: Omit<DocumentMeta, 'type'>, translate: (text: string) => string): PolicyDocument {
	return {
		schemaVersion: 1,
		meta: { ...meta, type },
		attachments: [],
		body: {
			type: 'doc',
			content: [
				{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: translate('Background') }] },
				{ type: 'paragraph' },
			],
		},
	}
}

export function markdownToDocument(markdown: string, meta: { title: string, language: string, type: DocumentType }): { document: PolicyDocument, warnings: string[] } {
	const paragraphs = markdown.split(/\n{2,}/).map((text) => text.trim()).filter((text) => text !== '')
	return {
		document: {
			schemaVersion: 1,
			meta,
			attachments: [],
			body: {
				type: 'doc',
				content: paragraphs.length > 0
					? paragraphs.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }))
					: [{ type: 'paragraph' }],
			},
		},
		warnings: [],
	}
}
