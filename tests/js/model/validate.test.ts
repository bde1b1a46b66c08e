/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import {
	blockquote, bold, br, code, dd, dl, doc, dt, emptyDocument, fn, h, italic, li, link, ol, p, policyDocument, strike, table, td, th, tr, ul, underline,
} from '../../../src/model/builders'
import { schemaData } from '../../../src/model/schema'
import type { DocumentMeta, PolicyDocument } from '../../../src/model/types'
import { codePointLength, formatErrors, parseDocument, validateBody, validateDocument } from '../../../src/model/validate'

const meta: DocumentMeta = { title: 'Internationell policy', type: 'policy', language: 'sv' }

/*
 * The tests break a document anywhere (wrong types included), which is what
 * the validator must catch, so the sample is typed loosely on purpose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>

/** A deep copy of a valid document, to break in one place. */
function sample(): Loose {
	return JSON.parse(JSON.stringify(policyDocument(
		{ ...meta, reference: 'KS 2015/00123', signatories: [{ name: 'Anna Svensson', title: 'Stadsdirektör' }], keywords: ['policy'] },
		doc(
			h(1, 'Titel'),
			p('Text med ', bold('fetstil'), ', ', italic('kursiv'), ', ', underline('understruken'), ', ', strike('struken'), ', ', code('kod'), ' och ', link('https://example.org', 'länk'), '.', fn('En fotnot', br(), 'rad två'), br()),
			ul(li(p('a'), ol(li('b'), li(p('c'), ul('d'))))),
			table(tr(th('Namn'), th('Roll')), tr(td('Anna'), td(p('Chef'), p('sedan 2020')))),
			blockquote(p('Citat'), ul('punkt')),
			dl(dt('Term'), dd('Beskrivning'), dd('Mer'), dt('Term 2'), dd(p('Text'))),
		),
		[{ fileId: 12, name: 'Bilaga 1.pdf' }],
	)))
}

function errorsOf(value: unknown): string[] {
	const result = validateDocument(value)
	return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`)
}

function pathsOf(value: unknown): string[] {
	const result = validateDocument(value)
	return result.ok ? [] : result.errors.map((error) => error.path)
}

describe('validateDocument accepts', () => {
	it('a document using every node and mark', () => {
		const result = validateDocument(sample())
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')
		expect(result.ok && result.document.meta.title).toBe('Internationell policy')
	})

	it('an empty document', () => {
		expect(validateDocument(emptyDocument(meta)).ok).toBe(true)
	})

	it('attributes left to their defaults and a link title that is null', () => {
		const document = sample()
		delete document.body.content[2].content[0].content[1].attrs
		delete document.body.content[3].content[0].content[0].attrs
		document.body.content[1].content[11].marks[0].attrs.title = null
		expect(errorsOf(document)).toEqual([])
	})

	it('lists nested far deeper than four levels', () => {
		let list = ul('innermost')
		for (let i = 0; i < 10; i++) {
			list = ul(li(p(`level ${i}`), list))
		}
		expect(errorsOf(policyDocument(meta, doc(list)))).toEqual([])
	})

	it.each(['https://x.se', 'http://x.se', 'mailto:a@b.se', 'tel:+4621', '#section', '/apps/files', '../checklistor/', './a', 'page.html'])('the link %s', (href) => {
		expect(errorsOf(policyDocument(meta, doc(p(link(href, 'x')))))).toEqual([])
	})
})

describe('validateDocument rejects, naming the field', () => {
	it.each<[string, (d: Loose) => void, string]>([
		['a heading level outside 1–3', (d) => { d.body.content[0].attrs.level = 4 }, 'body.content[0].attrs.level: must be one of 1, 2, 3'],
		['a fractional heading level', (d) => { d.body.content[0].attrs.level = 1.5 }, 'body.content[0].attrs.level: must be an integer, not a fractional number'],
		['a missing heading level', (d) => { delete d.body.content[0].attrs }, 'body.content[0].attrs.level: is required'],
		['an ordered list starting at 0', (d) => { d.body.content[2].content[0].content[1].attrs.start = 0 }, 'body.content[2].content[0].content[1].attrs.start: must be at least 1'],
		['an unknown attribute', (d) => { d.body.content[0].attrs.id = 'x' }, 'body.content[0].attrs.id: is not a known field'],
		['an unknown node type', (d) => { d.body.content[1].type = 'image' }, 'body.content[1].type: "image" is not a known node type'],
		['a node without type', (d) => { delete d.body.content[1].type }, 'body.content[1].type: is required and must be a string'],
		['a node that is not an object', (d) => { d.body.content[1] = 'text' }, 'body.content[1]: must be a node object, not a string'],
		['text directly in the doc', (d) => { d.body.content[1] = { type: 'text', text: 'x' } }, 'body.content[1]: "text" is not allowed here in "doc" (expected blockquote or bulletList or definitionList or heading or orderedList or paragraph or table; content: block+)'],
		['a list item starting with a list', (d) => { d.body.content[2].content[0].content.shift() }, 'body.content[2].content[0].content[0]: "orderedList" is not allowed here in "listItem" (expected paragraph; content: paragraph block*)'],
		['an empty bullet list', (d) => { d.body.content[2].content = [] }, 'body.content[2].content: "bulletList" is incomplete (expected listItem; content: listItem+)'],
		['an empty doc', (d) => { d.body.content = [] }, 'body.content: "doc" is incomplete (expected blockquote or bulletList or definitionList or heading or orderedList or paragraph or table; content: block+)'],
		['a term without description', (d) => { d.body.content[5].content.splice(4, 1) }, 'body.content[5].content: "definitionList" is incomplete (expected definitionDescription; content: (definitionTerm definitionDescription+)+)'],
		['a footnote inside a footnote', (d) => { d.body.content[1].content[13].content[0] = { type: 'footnote' } }, 'body.content[1].content[13].content[0]: "footnote" is not allowed here in "footnote" (expected hardBreak or text; content: (text | hardBreak)*)'],
		['an empty text node', (d) => { d.body.content[0].content[0].text = '' }, 'body.content[0].content[0].text: must be a non-empty string'],
		['content on a hard break', (d) => { d.body.content[1].content[14].content = [{ type: 'text', text: 'x' }] }, 'body.content[1].content[14].content: "hardBreak" cannot have content'],
		['attrs on a text node', (d) => { d.body.content[0].content[0].attrs = {} }, 'body.content[0].content[0].attrs: is not a known field'],
		['an empty content list on a hard break', (d) => { d.body.content[1].content[14].content = [] }, 'body.content[1].content[14].content: "hardBreak" cannot have content'],
		['content that is not an array', (d) => { d.body.content[1].content = 'x' }, 'body.content[1].content: must be an array, not a string'],
		['an unknown mark', (d) => { d.body.content[1].content[1].marks[0].type = 'highlight' }, 'body.content[1].content[1].marks[0].type: must be one of bold, italic, underline, strike, code, link'],
		['a doubled mark', (d) => { d.body.content[1].content[1].marks.push({ type: 'bold' }) }, 'body.content[1].content[1].marks[1].type: "bold" appears twice'],
		['a javascript: link', (d) => { d.body.content[1].content[11].marks[0].attrs.href = 'javascript:alert(1)' }, 'body.content[1].content[11].marks[0].attrs.href: has an invalid format (expected ^(https?:|mailto:|tel:|#|/|\\.\\.?/|[^:]*$))'],
		['a link without href', (d) => { d.body.content[1].content[11].marks[0].attrs = {} }, 'body.content[1].content[11].marks[0].attrs.href: is required'],
		['tiptap link attributes', (d) => { d.body.content[1].content[11].marks[0].attrs.target = '_blank' }, 'body.content[1].content[11].marks[0].attrs.target: is not a known field'],
		['marks on a paragraph', (d) => { d.body.content[1].marks = [] }, 'body.content[1].marks: is not a known field'],
		['an empty title', (d) => { d.meta.title = '' }, 'meta.title: must not be empty'],
		['a 256-character title', (d) => { d.meta.title = 'å'.repeat(256) }, 'meta.title: must be at most 255 characters long'],
		['an unknown document type', (d) => { d.meta.type = 'memo' }, 'meta.type: must be one of "policy", "declaration", "decision_proposal"'],
		['a malformed language', (d) => { d.meta.language = 'swedish!' }, 'meta.language: has an invalid format (expected ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$)'],
		['a missing language', (d) => { delete d.meta.language }, 'meta.language: is required'],
		['an unknown meta field', (d) => { d.meta.author = 'x' }, 'meta.author: is not a known field'],
		['a signatory without name', (d) => { d.meta.signatories[0] = { title: 'Chef' } }, 'meta.signatories[0].name: is required'],
		['a keyword that is a number', (d) => { d.meta.keywords[0] = 5 }, 'meta.keywords[0]: must be a string, not a number'],
		['an attachment id of 0', (d) => { d.attachments[0].fileId = 0 }, 'attachments[0].fileId: must be at least 1'],
		['an attachment id as string', (d) => { d.attachments[0].fileId = '12' }, 'attachments[0].fileId: must be an integer, not a string'],
		['attachments that are not a list', (d) => { d.attachments = {} }, 'attachments: must be an array, not an object'],
		['another schema version', (d) => { d.schemaVersion = 2 }, 'schemaVersion: must be 1'],
		['an unknown top-level field', (d) => { d.extra = true }, 'extra: is not a known field'],
		['a body that is not a doc', (d) => { d.body = d.body.content[1] }, 'body.type: must be "doc"'],
	])('%s', (_name, breakIt, expected) => {
		const document = sample()
		breakIt(document)
		expect(errorsOf(document)).toEqual([expected])
	})

	it('every error, not only the first', () => {
		const document = sample()
		document.meta.title = ''
		document.body.content[0].attrs.level = 7
		document.attachments[0].name = ''
		expect(pathsOf(document)).toEqual(['meta.title', 'attachments[0].name', 'body.content[0].attrs.level'])
	})

	it('a missing meta, attachments and body', () => {
		expect(errorsOf({ schemaVersion: 1 })).toEqual(['meta: is required', 'attachments: is required', 'body: is required'])
	})

	it.each([null, 'doc', 42, [], undefined])('the non-document %j', (value) => {
		expect(validateDocument(value).ok).toBe(false)
	})

	it('more than 100 attachments', () => {
		const document = sample()
		document.attachments = Array.from({ length: schemaData.maxAttachments + 1 }, (_, i) => ({ fileId: i + 1, name: `f${i}` }))
		expect(errorsOf(document)).toEqual(['attachments: must have at most 100 items'])
	})

	it('nesting beyond maxDepth, without recursing further', () => {
		let quote = blockquote('deep')
		for (let i = 0; i < schemaData.limits.maxDepth; i++) {
			quote = blockquote(quote)
		}
		const errors = validateBody(doc(quote))
		expect(errors).toHaveLength(1)
		expect(errors[0]?.message).toBe(`is nested deeper than ${schemaData.limits.maxDepth} levels`)
		expect(errors[0]?.path).toBe(`body${'.content[0]'.repeat(schemaData.limits.maxDepth)}`)
	})

	it('a body larger than maxBodyBytes', () => {
		const big = 'x'.repeat(1024 * 1024)
		const document = policyDocument(meta, doc(...Array.from({ length: 9 }, () => p(big))))
		expect(errorsOf(document)).toEqual([': is larger than 8388608 bytes'])
	})

	it('a text node over maxTextLength', () => {
		const document = policyDocument(meta, doc(p('y'.repeat(schemaData.limits.maxTextLength + 1))))
		expect(errorsOf(document)).toEqual(['body.content[0].content[0].text: must be at most 1048576 characters long'])
	})

	it('a cyclic value, as a value rather than an exception', () => {
		const document = sample()
		document.meta.self = document
		expect(errorsOf(document)).toEqual([': is not serialisable as JSON'])
	})

	it('caps the error list at 100', () => {
		const document = policyDocument(meta, doc(...Array.from({ length: 300 }, () => p('x'))))
		document.body.content.forEach((block) => { (block as Loose).attrs = { bogus: 1 } })
		const result = validateDocument(document)
		expect(result.ok ? 0 : result.errors.length).toBe(100)
	})
})

describe('codePointLength', () => {
	it('counts astral characters once, as mb_strlen does', () => {
		expect(codePointLength('😀å')).toBe(2)
		expect(codePointLength('\ud800x')).toBe(2)
	})

	it('lets a 255-emoji title through', () => {
		const document: PolicyDocument = emptyDocument({ ...meta, title: '😀'.repeat(255) })
		expect(validateDocument(document).ok).toBe(true)
	})
})

describe('parseDocument', () => {
	it('parses and validates JSON text', () => {
		const result = parseDocument(JSON.stringify(sample()))
		expect(result.ok && result.document.body.content[0]).toEqual(h(1, 'Titel'))
	})

	it('reports malformed JSON as a value', () => {
		const result = parseDocument('{"schemaVersion": 1,')
		expect(result.ok).toBe(false)
		expect(result.ok ? '' : result.errors[0]?.message).toMatch(/^is not valid JSON \(/)
	})

	it('reports schema errors with paths', () => {
		expect(parseDocument('{"schemaVersion":1,"meta":{},"attachments":[],"body":{"type":"doc","content":[]}}').ok).toBe(false)
	})
})
