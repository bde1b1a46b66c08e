/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The importer's own footnote tail gives markdown-it-footnote's token stream.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import deflist from 'markdown-it-deflist'
import footnote from 'markdown-it-footnote'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module without declarations
import { generateMarkdown } from '../../../bench/odt/generate.mjs'
import { footnoteTail } from '../../../src/model/markdown'

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

describe('footnoteTail', () => {
	it.each(inputs())('gives the same tokens as markdown-it-footnote for %s', (_, text) => {
		const pluginEnv = {}
		const ownEnv = {}
		const plugin = parser(false).parse(text, pluginEnv)
		const own = parser(true).parse(text, ownEnv)
		expect(JSON.stringify(own)).toBe(JSON.stringify(plugin))
		expect(ownEnv).toEqual(pluginEnv)
	})
})
