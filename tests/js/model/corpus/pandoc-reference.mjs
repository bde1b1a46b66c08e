/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Prints the independent reading of the corpus that markdown.test.ts asserts:
 * counts and the SHA-256 of the word sequence, from pandoc's AST
 * (`pandoc -f gfm+footnotes+definition_lists -t json`), not from markdown-it.
 * Run from the repository root when the corpus changes:
 *   node tests/js/model/corpus/pandoc-reference.mjs
 * gfm (not commonmark_x) because our importer, like GFM, does not read
 * "a)" items as lettered lists and does autolink bare URLs.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const corpus = join('..', 'shared', 'corpus')
const isSpacer = (html) => /^(<!--[\s\S]*-->|(<br\s*\/?>\s*)+)$/i.test(html.trim())

function read(file) {
	const ast = JSON.parse(execFileSync('pandoc', ['-f', 'gfm+footnotes+definition_lists', '-t', 'json', join(corpus, file)], { encoding: 'utf8' }))
	const counts = { headings: 0, tables: 0, footnotes: 0, links: 0, listItems: 0, definitionLists: 0 }
	const out = []
	const inlines = (list) => {
		for (const { t, c } of list) {
			switch (t) {
			case 'Str':
				out.push(c)
				break
			case 'Space':
			case 'SoftBreak':
			case 'LineBreak':
				out.push(' ')
				break
			case 'Code':
				out.push(c[1])
				break
			case 'Emph':
			case 'Strong':
			case 'Strikeout':
			case 'Underline':
			case 'SmallCaps':
			case 'Superscript':
			case 'Subscript':
				inlines(c)
				break
			case 'Link':
				counts.links++
				inlines(c[1])
				break
			case 'Image':
			case 'Span':
				inlines(c[1])
				break
			case 'Note':
				counts.footnotes++
				out.push(' ')
				blocks(c)
				out.push(' ')
				break
			case 'RawInline':
				out.push(isSpacer(c[1]) ? ' ' : c[1])
				break
			default:
				throw new Error(`unhandled inline ${t} in ${file}`)
			}
		}
	}
	const blocks = (list) => {
		for (const { t, c } of list) {
			out.push(' ')
			switch (t) {
			case 'Para':
			case 'Plain':
				inlines(c)
				break
			case 'Header':
				counts.headings++
				inlines(c[2])
				break
			case 'BulletList':
				counts.listItems += c.length
				c.forEach(blocks)
				break
			case 'OrderedList':
				counts.listItems += c[1].length
				c[1].forEach(blocks)
				break
			case 'BlockQuote':
				blocks(c)
				break
			case 'CodeBlock':
				out.push(c[1])
				break
			case 'RawBlock':
				out.push(isSpacer(c[1]) ? ' ' : c[1])
				break
			case 'DefinitionList':
				counts.definitionLists++
				for (const [term, definitions] of c) {
					inlines(term)
					out.push(' ')
					definitions.forEach(blocks)
				}
				break
			case 'Table': {
				counts.tables++
				const [, , , head, bodies, foot] = c
				const rows = [...head[1], ...bodies.flatMap((body) => [...body[2], ...body[3]]), ...foot[1]]
				for (const row of rows) {
					for (const cell of row[1]) {
						out.push(' ')
						blocks(cell[4])
					}
				}
				break
			}
			case 'Div':
				blocks(c[1])
				break
			case 'HorizontalRule':
				break
			default:
				throw new Error(`unhandled block ${t} in ${file}`)
			}
			out.push(' ')
		}
	}
	blocks(ast.blocks)
	const words = out.join('').split(/\s+/).filter((word) => word !== '')
	return { ...counts, words: words.length, wordsSha256: createHash('sha256').update(words.join('\n')).digest('hex') }
}

for (const file of readdirSync(corpus).filter((name) => name.endsWith('.md')).sort()) {
	process.stdout.write(`\t'${file}': ${JSON.stringify(read(file)).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/"/g, '\'')},\n`)
}
