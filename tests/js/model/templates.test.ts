/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { schemaData } from '../../../src/model/schema'
import { TEMPLATE_STRINGS, TEMPLATE_TYPES, createFromTemplate } from '../../../src/model/templates'
import type { DocumentType, HeadingNode } from '../../../src/model/types'
import { formatErrors, validateDocument } from '../../../src/model/validate'

const meta = { title: 'Internationell policy', language: 'sv', reference: 'KS 2005/00123', signatories: [{ name: 'Monica Ericsson', title: 'Stadsdirektör' }] }
const swedish: Record<string, string> = {
	Aim: 'Inriktning',
	Vision: 'Sammanfattande vision',
	Method: 'Metod',
	Background: 'Sammanfattande bakgrund',
	'Action plan': 'Handlingsplan',
	Preamble: 'Inledning',
	Principles: 'Principer',
	Commitments: 'Åtaganden',
	Signatories: 'Undertecknare',
	'Proposed decision': 'Förslag till beslut',
}
const translate = (text: string): string => swedish[text] ?? `UNTRANSLATED ${text}`

function headings(type: DocumentType): string[] {
	return createFromTemplate(type, meta, translate).body.content
		.filter((block): block is HeadingNode => block.type === 'heading')
		.map((heading) => heading.content?.map((node) => (node.type === 'text' ? node.text : '')).join('') ?? '')
}

describe('createFromTemplate', () => {
	it('covers every document type of the schema', () => {
		expect([...TEMPLATE_TYPES].sort()).toEqual([...schemaData.documentTypes].sort())
	})

	it.each(TEMPLATE_TYPES)('%s: validates, keeps the metadata and sets the type', (type) => {
		const document = createFromTemplate(type, meta, translate)
		const result = validateDocument(document)
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')
		expect(document.meta).toEqual({ ...meta, type })
		expect(document.attachments).toEqual([])
	})

	it('policy: aim, vision, method, background, action plan', () => {
		expect(headings('policy')).toEqual(['Inriktning', 'Sammanfattande vision', 'Metod', 'Sammanfattande bakgrund', 'Handlingsplan'])
		expect(createFromTemplate('policy', meta, translate).body.content.at(-1)?.type).toBe('orderedList')
	})

	it('declaration: preamble, principles, commitments, signatories', () => {
		expect(headings('declaration')).toEqual(['Inledning', 'Principer', 'Åtaganden', 'Undertecknare'])
		expect(createFromTemplate('declaration', meta, translate).body.content.map((block) => block.type))
			.toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'heading', 'orderedList', 'heading', 'bulletList'])
	})

	it('decision proposal: background and proposed decision; attachments and signatories come from the document', () => {
		expect(headings('decision_proposal')).toEqual(['Sammanfattande bakgrund', 'Förslag till beslut'])
		const document = createFromTemplate('decision_proposal', { ...meta, type: 'policy' }, translate)
		expect(document.meta.type).toBe('decision_proposal')
		expect(document.meta.signatories).toEqual(meta.signatories)
	})

	it('passes only the declared strings through translate', () => {
		const seen = new Set<string>()
		for (const type of TEMPLATE_TYPES) {
			createFromTemplate(type, meta, (text) => {
				seen.add(text)
				return text
			})
		}
		expect([...seen].sort()).toEqual([...TEMPLATE_STRINGS].sort())
	})

	it('returns a fresh document each time', () => {
		const a = createFromTemplate('policy', meta, translate)
		const b = createFromTemplate('policy', meta, translate)
		expect(a).toEqual(b)
		expect(a.body).not.toBe(b.body)
	})
})
