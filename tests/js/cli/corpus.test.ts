/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Every corpus document goes through the command line, passes check-odt
 * (zip layout, manifest, strict ODF 1.3 schemas, LibreOffice renders it),
 * and the rendering keeps the source's words and structure. The source side
 * is counted independently of the importer: structure by pandoc, words from
 * markdown-it's text tokens.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import deflist from 'markdown-it-deflist'
import footnote from 'markdown-it-footnote'
import { beforeAll, describe, expect, it } from 'vitest'
import { unpack } from '../odf/odfTestUtils'
import { assertBuilt, CHECK_ODT, policydesk, pool, run, type RunResult } from './cliTestUtils'

const CORPUS = '../shared/corpus'
const files = readdirSync(CORPUS).filter((name) => /\.(md|markdown)$/.test(name)).sort()

interface Outcome {
	source: Record<string, number>
	exported: RunResult
	checked: RunResult | null
	content: string
	text: string
}

const outcomes = new Map<string, Outcome>()

/** The source's text as markdown-it reads it (text, code, raw HTML other than comments and <br>). */
function sourceText(markdown: string): string {
	const md = new MarkdownIt('default', { html: true }).use(footnote).use(deflist)
	const text: string[] = []
	const visit = (list: Token[]): void => {
		for (const token of list) {
			if (token.type === 'text' || token.type === 'code_inline' || token.type === 'code_block' || token.type === 'fence') text.push(token.content)
			else if (token.type === 'html_inline' || token.type === 'html_block') text.push(token.content.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/<br\s*\/?>/gi, ' '))
			if (token.children !== null) visit(token.children)
			text.push(' ')
		}
	}
	visit(md.parse(markdown, {}))
	return text.join('')
}

/**
 * Structure as pandoc reads the source as GFM (CommonMark with tables and
 * autolinks) plus footnotes and definition lists: an outside count, not the
 * importer's own.
 */
async function pandocStructure(path: string): Promise<Record<string, number>> {
	const result = await run('pandoc', ['-f', 'gfm+footnotes+definition_lists', '-t', 'json', path])
	if (result.code !== 0) throw new Error(`pandoc failed on ${path}: ${result.stderr}`)
	const counts = { headings: 0, tables: 0, footnotes: 0, links: 0, listItems: 0 }
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) {
			value.forEach(walk)
			return
		}
		if (value === null || typeof value !== 'object') return
		const node = value as { t?: string, c?: unknown }
		if (node.t === 'Header') counts.headings++
		else if (node.t === 'Table') counts.tables++
		else if (node.t === 'Note') counts.footnotes++
		else if (node.t === 'Link') counts.links++
		else if (node.t === 'BulletList') counts.listItems += (node.c as unknown[]).length
		else if (node.t === 'OrderedList') counts.listItems += ((node.c as unknown[])[1] as unknown[]).length
		walk(node.c)
	}
	walk((JSON.parse(result.stdout) as { blocks: unknown }).blocks)
	return counts
}

function contentStructure(xml: string): Record<string, number> {
	const count = (pattern: RegExp): number => (xml.match(pattern) ?? []).length
	return {
		headings: count(/<text:h[ >]/g),
		tables: count(/<table:table[ >]/g),
		footnotes: count(/<text:note[ >]/g),
		links: count(/<text:a[ >]/g),
		listItems: count(/<text:list-item[ >/]/g),
	}
}

/**
 * Letters and digits only, NFKC (pdftotext may emit ligatures), case kept.
 * Hyphens are removed on both sides because pdftotext joins a word broken
 * after a hyphen at a line end ("Echtzeit-" + "Raum" → "EchtzeitRaum").
 */
function words(text: string): string[] {
	return text.normalize('NFKC').replace(/[-\u00ad\u2010\u2011]/g, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/** Hyphenated compounds of the source by their joined form: "de-bitv-2-0" → de, bitv, 2, 0. */
function compoundParts(text: string): Map<string, string[]> {
	const map = new Map<string, string[]>()
	for (const compound of text.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+/gu) ?? []) {
		map.set(compound.replace(/-/g, ''), compound.split('-'))
	}
	return map
}

function tally(list: string[]): Map<string, number> {
	const map = new Map<string, number>()
	for (const word of list) map.set(word, (map.get(word) ?? 0) + 1)
	return map
}

describe('corpus through the command line', { timeout: 60_000 }, () => {
	beforeAll(async () => {
		assertBuilt()
		const dir = mkdtempSync(join(tmpdir(), 'policydesk-corpus-'))
		await pool(files, 2, async (name) => {
			const odt = join(dir, `${basename(name, '.md')}.odt`)
			const lang = /^([a-z]{2,3})-/.exec(name)?.[1]
			const exported = await policydesk('export', join(CORPUS, name), '-o', odt, ...(lang === undefined ? [] : ['--lang', lang]))
			let checked: RunResult | null = null
			let content = ''
			let text = ''
			if (exported.code === 0) {
				const txt = `${odt}.txt`
				checked = await run(CHECK_ODT, [odt, '--text', txt], 240_000)
				content = unpack(readFileSync(odt))['content.xml'] ?? ''
				try {
					text = readFileSync(txt, 'utf8')
				} catch {
					text = ''
				}
			}
			outcomes.set(name, { source: await pandocStructure(join(CORPUS, name)), exported, checked, content, text })
		})
	}, 900_000)

	it('finds the corpus, with structure to compare', () => {
		expect(files.length).toBeGreaterThanOrEqual(7)
		const total = { headings: 0, tables: 0, footnotes: 0, links: 0, listItems: 0 }
		for (const { source } of outcomes.values()) for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += source[key] ?? 0
		expect(total.headings).toBeGreaterThan(50)
		expect(total.tables).toBeGreaterThan(0)
		expect(total.links).toBeGreaterThan(50)
		expect(total.listItems).toBeGreaterThan(100)
	})

	for (const name of files) {
		describe(name, () => {
			const outcome = (): Outcome => outcomes.get(name) as Outcome

			it('exports and passes check-odt', () => {
				const { exported, checked } = outcome()
				expect(exported.code, exported.stderr).toBe(0)
				expect(checked?.stdout).toMatch(/^schema: ok$/m)
				expect(checked?.stdout).toMatch(/^libreoffice: ok$/m)
				expect(checked?.stdout.trim().split('\n').pop()).toBe('check-odt: OK')
			})

			it('keeps the structure: headings, tables, footnotes, links, list items', () => {
				expect(contentStructure(outcome().content)).toEqual(outcome().source)
			})

			it('keeps every word of the source in the rendered text', () => {
				const text = sourceText(readFileSync(join(CORPUS, name), 'utf8'))
				const source = { counts: tally(words(text)), parts: compoundParts(text) }
				const rendered = tally(words(outcome().text))
				const missing: string[] = []
				for (const [word, n] of source.counts) {
					let got = rendered.get(word) ?? 0
					if (got < n) {
						// A hyphen that ended a line in the source joins the next word
						// in pdftotext's output ("integritets- och" → "integritetsoch"):
						// such a word still counts when it is part of a longer one.
						for (const [other, m] of rendered) if (other !== word && other.includes(word)) got += m
					}
					// pdftotext may also interleave a compound broken inside a table
					// cell with the next column; then each of its parts must be there.
					const parts = source.parts.get(word) ?? []
					if (got < n && parts.length > 1 && parts.every((part) => [...rendered.keys()].some((other) => other.includes(part)))) got = n
					if (got < n) missing.push(`${word} (${got}/${n})`)
				}
				expect(source.counts.size).toBeGreaterThan(50)
				expect(missing).toEqual([])
			})
		})
	}
})
