/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { bold, doc, emptyDocument, link, p, policyDocument } from '../../../src/model/builders'
import { normalizeEditorJson, removeForbiddenCharacters, sanitizeDocument, stripUnknownAttrs } from '../../../src/model/sanitize'
import { validateDocument } from '../../../src/model/validate'

const meta = { title: 'T', type: 'policy' as const, language: 'sv' }

describe('removeForbiddenCharacters', () => {
	it('removes C0 controls except tab, newline and carriage return', () => {
		const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')
		expect(removeForbiddenCharacters(`a${all}b`)).toBe('a\t\n\rb')
	})

	it('removes U+FFFE, U+FFFF and lone surrogates but keeps valid pairs and U+FFFD', () => {
		expect(removeForbiddenCharacters('x\uFFFE\uFFFF\uFFFDy')).toBe('x\uFFFDy')
		expect(removeForbiddenCharacters('\ud800a\udc00b😀')).toBe('ab😀')
	})

	it('keeps DEL, C1 controls, U+2028 and every letter (XML 1.0 allows them)', () => {
		const text = 'å ą ë ç Ελληνικά العربية „…” ”…” \u007f\u0085\u2028\u2029 \uE000 𝔸'
		expect(removeForbiddenCharacters(text)).toBe(text)
	})
})

describe('sanitizeDocument', () => {
	it('cleans every string, meta included, and leaves the input alone', () => {
		const dirty = policyDocument({ ...meta, title: 'Ti\u0007tel', signatories: [{ name: 'An\u0000na' }] }, doc(p('a\u0001b', link('https://x.se/\u0002', 'l\u000bänk'))))
		const clean = sanitizeDocument(dirty)
		expect(clean.meta.title).toBe('Titel')
		expect(clean.meta.signatories?.[0]?.name).toBe('Anna')
		expect(clean.body).toEqual(doc(p('ab', link('https://x.se/', 'länk'))))
		expect(dirty.meta.title).toBe('Ti\u0007tel')
	})

	it('removes text nodes that only held forbidden characters, so the result stays valid', () => {
		const dirty = policyDocument(meta, doc(p('\u0001'), p('ok', bold('\u0002\u0003'))))
		const clean = sanitizeDocument(dirty)
		expect(validateDocument(dirty).ok).toBe(true)
		expect(clean.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'ok' }] }] })
		expect(validateDocument(clean).ok).toBe(true)
	})
})

describe('stripUnknownAttrs', () => {
	it('keeps declared attributes and drops the rest and nulls', () => {
		expect(stripUnknownAttrs({ href: 'https://x.se', target: '_blank', rel: 'noopener', class: null, title: null }, 'mark', 'link')).toEqual({ href: 'https://x.se' })
		expect(stripUnknownAttrs({ colspan: 2, rowspan: 1, colwidth: null }, 'node', 'tableCell')).toEqual({ colspan: 2, rowspan: 1 })
		expect(stripUnknownAttrs({ textAlign: 'left' }, 'node', 'paragraph')).toBeUndefined()
		expect(stripUnknownAttrs(undefined, 'node', 'heading')).toBeUndefined()
	})
})

describe('normalizeEditorJson', () => {
	it('turns tiptap getJSON() output into a valid body', () => {
		// Shaped like tiptap 3 output with StarterKit, Link and Table.
		const editorJson = {
			type: 'doc',
			content: [
				{ type: 'heading', attrs: { level: 2, textAlign: null, id: 'x' }, content: [{ type: 'text', text: 'Mål' }] },
				{
					type: 'paragraph',
					attrs: { textAlign: null },
					content: [
						{ type: 'text', text: 'Se ' },
						{ type: 'text', text: 'webb', marks: [{ type: 'link', attrs: { href: 'https://vasteras.se', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }] },
						{ type: 'text', text: 'platsen' },
						{ type: 'text', text: ' nu' },
						{ type: 'text', text: '' },
						{ type: 'hardBreak' },
					],
				},
				{ type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [] }] }] },
				{
					type: 'table',
					content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] }] }],
				},
			],
		}
		const body = normalizeEditorJson(editorJson)
		expect(body).toEqual({
			type: 'doc',
			content: [
				{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mål' }] },
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'Se ' },
						{ type: 'text', text: 'webb', marks: [{ type: 'link', attrs: { href: 'https://vasteras.se' } }] },
						{ type: 'text', text: 'platsen nu' },
						{ type: 'hardBreak' },
					],
				},
				{ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
				{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] }] }] },
			],
		})
		expect(validateDocument({ ...emptyDocument(meta), body }).ok).toBe(true)
	})

	it('keeps unknown nodes so validation names them instead of losing text', () => {
		const body = normalizeEditorJson({ type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] })
		const result = validateDocument({ ...emptyDocument(meta), body })
		expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['body.content[0].type'])
	})
})
