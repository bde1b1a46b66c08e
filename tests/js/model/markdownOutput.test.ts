/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What markdownToDocument no longer checks on every run, checked here:
 * its own footnote tail gives markdown-it-footnote's token stream, and its
 * output is already sanitised, valid and free of shared objects.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import deflist from 'markdown-it-deflist'
import footnote from 'markdown-it-footnote'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module without declarations
import { generateMarkdown } from '../../../bench/odt/generate.mjs'
import { MarkdownImportError, markdownToDocument } from '../../../src/model/markdown'
import { fuzzDocuments } from './reference/fuzz'
import { footnoteTail } from './reference/markdownItImport'
import { sanitizeDocument } from '../../../src/model/sanitize'
import { schemaData } from '../../../src/model/schema'
import { formatErrors, validateDocument } from '../../../src/model/validate'

const corpusDir = join('..', 'shared', 'corpus')

/** Footnote shapes: numbered and named, inline, nested, unused, repeated, in tables, lists and quotes. */
const footnoteCases: string[] = [
	'Text[^a] and[^b] and again[^a] and inline^[inline *note* with www.example.org and [^a]].\n\n[^a]: First note\n\n    Second paragraph, see https://example.com/x\\_y.\n[^b]: B note[^c].\n[^c]: C note.\n[^unused]: never used\n',
	'# Title\n\n| a | b |\n|---|---|\n| x[^n] | [link](http://x.org "t") |\n\n[^n]: in table\n\n> quote[^m]\n\n[^m]: > nested quote in note\n    - list in note\n',
	'Term\n: Def[^d]\n\n[^d]: dl note <br> with html\n',
	'[^x]: only a definition\n\ntext\n',
	'^[first inline] ^[second [^z]]\n\n[^z]: zed\n',
	'1. a\n   - b\n     - c[^q]\n\n       [^q]: definition inside a list\n',
	'no footnotes at all, [a link](https://example.org)\n',
]

function parser(tail: boolean): MarkdownIt {
	const md = new MarkdownIt('default', { html: true, linkify: true }).use(footnote).use(deflist)
	if (tail) {
		md.core.ruler.at('footnote_tail', footnoteTail)
	}
	return md
}

function inputs(): Array<[string, string]> {
	const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort()
		.map((name): [string, string] => [name, readFileSync(join(corpusDir, name), 'utf8')])
	const generated = [1, 2].map((seed): [string, string] => [`generated ${seed}`, generateMarkdown(4000, seed).markdown])
	return [...corpus, ...generated, ...footnoteCases.map((text, index): [string, string] => [`footnotes ${index}`, text])]
}

describe('footnoteTail of the reference reader', () => {
	it.each(inputs())('gives the same tokens as markdown-it-footnote for %s', (_, text) => {
		const pluginEnv = {}
		const ownEnv = {}
		const plugin = parser(false).parse(text, pluginEnv)
		const own = parser(true).parse(text, ownEnv)
		expect(JSON.stringify(own)).toBe(JSON.stringify(plugin))
		expect(ownEnv).toEqual(pluginEnv)
	})
})

describe('markdownToDocument output', () => {
	it.each(inputs())('%s is sanitised and valid without another pass', (_, text) => {
		const { document } = markdownToDocument(text, { language: 'sv' })
		const result = validateDocument(document)
		expect(result.ok ? '' : formatErrors(result.errors)).toBe('')
		expect(sanitizeDocument(document)).toEqual(document)
	})

	it.each(inputs())('%s shares no object between two places', (_, text) => {
		const { document } = markdownToDocument(text)
		const seen = new Set<object>()
		const visit = (value: unknown): void => {
			if (typeof value !== 'object' || value === null) {
				return
			}
			expect(seen.has(value)).toBe(false)
			seen.add(value)
			Object.values(value).forEach(visit)
		}
		visit(document)
	})

	it('gives a valid, clean document for each of 3,000 fuzz documents', () => {
		const problems: string[] = []
		for (const fuzz of fuzzDocuments(3000, 30260001)) {
			const { document } = markdownToDocument(fuzz.markdown, fuzz.options)
			const result = validateDocument(document)
			if (!result.ok) {
				problems.push(`seed ${fuzz.seed}: ${formatErrors(result.errors)}`)
			} else if (JSON.stringify(sanitizeDocument(document)) !== JSON.stringify(document)) {
				problems.push(`seed ${fuzz.seed}: not clean`)
			}
		}
		expect(problems).toEqual([])
	})

	it('stays clean when the source holds forbidden characters and references to them', () => {
		const { document } = markdownToDocument('a\u0001b &#0; &#xFFFE; &#xFFFF; &#xD800; &#x1F600; \uD800 [x](https://e.org "t\u0002") <b\u0003>')
		expect(validateDocument(document).ok).toBe(true)
		expect(sanitizeDocument(document)).toEqual(document)
	})

	it.each([
		['# A&#12;B\n\ntext', { title: 'A B', body: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'AB' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'text' }] }] }],
		['&#x0c; &#012; &#XC;', { title: 'Untitled', body: [{ type: 'paragraph', content: [{ type: 'text', text: '  ' }] }] }],
		['&#12;', { title: 'Untitled', body: [{ type: 'paragraph' }] }],
		['[x](https://e.org "&#xC;")', { title: 'Untitled', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://e.org', title: '' } }] }] }] }],
		['`&#12;` &#12;', { title: 'Untitled', body: [{ type: 'paragraph', content: [{ type: 'text', text: '&#12;', marks: [{ type: 'code' }] }, { type: 'text', text: ' ' }] }] }],
	])('removes the form feed a reference like %j decodes to', (markdown, expected) => {
		const { document } = markdownToDocument(markdown)
		expect(document.meta.title).toBe(expected.title)
		expect(document.body.content).toEqual(expected.body)
		expect(validateDocument(document).ok).toBe(true)
		expect(sanitizeDocument(document)).toEqual(document)
	})

	it('refuses a result larger than the body limit (a long footnote referenced many times)', () => {
		const note = 'word '.repeat(20_000)
		const references = Array.from({ length: 100 }, () => 'See[^long].').join('\n\n')
		const markdown = `${references}\n\n[^long]: ${note}\n`
		expect(markdown.length).toBeLessThan(schemaData.limits.maxBodyBytes)
		expect(() => markdownToDocument(markdown)).toThrow(new MarkdownImportError(`The imported document cannot be stored: (document): is larger than ${schemaData.limits.maxBodyBytes} bytes`))
	})

	it('refuses a text longer than the schema allows deep in a quote and a list, naming where it is', () => {
		const markdown = `# Title\n\n> - short\n>   - ${'x'.repeat(schemaData.limits.maxTextLength + 1)}\n\nAfter.\n`
		expect(() => markdownToDocument(markdown)).toThrow(new MarkdownImportError(`The imported document cannot be stored: body.content[1].content[0].content[0].content[1].content[0].content[0].content[0].text: must be at most ${schemaData.limits.maxTextLength} characters long`))
	})

	it('refuses a text longer than the schema allows, naming where it is', () => {
		const markdown = `# Title\n\n${'x'.repeat(schemaData.limits.maxTextLength + 1)}\n`
		expect(() => markdownToDocument(markdown)).toThrow(new MarkdownImportError(`The imported document cannot be stored: body.content[1].content[0].text: must be at most ${schemaData.limits.maxTextLength} characters long`))
		const result = validateDocument(JSON.parse(JSON.stringify({ schemaVersion: 1, meta: { title: 'T', type: 'policy', language: 'en' }, attachments: [], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(schemaData.limits.maxTextLength + 1) }] }] } })))
		expect(result.ok ? '' : formatErrors(result.errors)).toBe(`body.content[0].content[0].text: must be at most ${schemaData.limits.maxTextLength} characters long`)
	})
})
