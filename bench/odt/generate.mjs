/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A long policy-like Markdown document, the same bytes on every run: three
 * heading levels, paragraphs with bold/italic/links/footnotes, nested bullet
 * and numbered lists, and GFM tables. About 360 words make a page.
 */
import { prng } from '../../tests/fixtures/prng.mjs'

const VOCABULARY = (
	'kommunen staden policy internationellt samarbete arbete utveckling hållbar digital förvaltning '
	+ 'medborgare invånare beslut nämnd styrelse ansvar uppföljning strategi mål åtgärd plan '
	+ 'öppenhet delaktighet tillgänglighet säkerhet integritet data information tjänst service kvalitet '
	+ 'the city council shall ensure that all residents have equal access to public services and information '
	+ 'Rada miasta zapewnia mieszkańcom równy dostęp do usług publicznych oraz informacji '
	+ 'Bashkia siguron që të gjithë qytetarët të kenë qasje të barabartë në shërbime'
).split(' ')

export function generateMarkdown(targetWords = 90_000, seed = 42) {
	const rnd = prng(seed)
	const int = (n) => Math.floor(rnd() * n)
	const out = []
	const notes = []
	// An object, so the loops below see the count that phrase() advances.
	const count = { words: 0 }
	const stats = { headings: 0, paragraphs: 0, listItems: 0, tables: 0, footnotes: 0, links: 0 }

	const phrase = (n) => {
		const list = []
		for (let i = 0; i < n; i++) list.push(VOCABULARY[int(VOCABULARY.length)])
		count.words += n
		return list.join(' ')
	}
	const sentence = () => {
		const s = phrase(6 + int(12))
		return s.charAt(0).toUpperCase() + s.slice(1) + '.'
	}
	const richText = (sentences) => {
		const parts = []
		for (let i = 0; i < sentences; i++) {
			let s = sentence()
			const r = rnd()
			if (r < 0.15) s = s.replace(/^(\S+ \S+)/, '**$1**')
			else if (r < 0.25) s = s.replace(/(\S+ \S+)\.$/, '*$1*.')
			else if (r < 0.35) {
				stats.links++
				s = s.replace(/^(\S+ \S+)/, `[$1](https://example.org/policy/${stats.links}?lang=sv&page=${int(300)})`)
			}
			if (rnd() < 0.08) {
				stats.footnotes++
				s += `[^${stats.footnotes}]`
				notes.push(`[^${stats.footnotes}]: ${sentence()} ${sentence()}`)
			}
			parts.push(s)
		}
		return parts.join(' ')
	}
	const list = (depth, ordered) => {
		const n = 2 + int(4)
		for (let i = 0; i < n; i++) {
			const indent = '   '.repeat(depth)
			stats.listItems++
			out.push(`${indent}${ordered ? `${i + 1}.` : '-'} ${richText(1 + int(2))}`)
			if (depth < 2 && rnd() < 0.3) list(depth + 1, rnd() < 0.5)
		}
		out.push('')
	}
	const table = () => {
		stats.tables++
		const columns = 3 + int(3)
		const row = (cells) => `| ${cells.join(' | ')} |`
		out.push(row(Array.from({ length: columns }, () => phrase(1 + int(2)))))
		out.push(row(Array.from({ length: columns }, () => '---')))
		for (let r = 0, rows = 4 + int(6); r < rows; r++) out.push(row(Array.from({ length: columns }, () => phrase(1 + int(4)))))
		out.push('')
	}

	let chapter = 0
	while (count.words < targetWords) {
		chapter++
		stats.headings++
		out.push(`# ${chapter}. ${phrase(3 + int(4))}`, '')
		for (let section = 1; section <= 4 && count.words < targetWords; section++) {
			stats.headings++
			out.push(`## ${chapter}.${section} ${phrase(2 + int(5))}`, '')
			for (let sub = 1; sub <= 3; sub++) {
				stats.headings++
				out.push(`### ${chapter}.${section}.${sub} ${phrase(2 + int(4))}`, '')
				for (let p = 0, n = 2 + int(3); p < n; p++) {
					stats.paragraphs++
					out.push(richText(3 + int(5)), '')
				}
				const r = rnd()
				if (r < 0.35) list(0, rnd() < 0.5)
				else if (r < 0.5) table()
			}
		}
	}
	out.push(...notes.flatMap((note) => [note, '']))
	return { markdown: out.join('\n'), words: count.words, stats }
}
