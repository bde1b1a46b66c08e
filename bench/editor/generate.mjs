/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Generates a long policy document as model JSON (the body only), for the
 * editor benchmark: chapters, sections, paragraphs with bold/italic/links and
 * footnotes, lists nested four deep, tables with a header row, quotes.
 * Deterministic (seeded), so every run measures the same document.
 * About 360 words make a printed A4 page of body text; 90,000 words ≈ 250 pages.
 */

const WORDS = ('the city council shall ensure that municipal services remain accessible to all residents '
	+ 'including persons with disabilities and older people in every district by providing clear information '
	+ 'planning procurement sustainability climate adaptation energy efficiency public transport housing '
	+ 'education social welfare participation transparency accountability budget review committee board '
	+ 'department unit staff responsibility measure indicator target year report annual evaluation follow-up '
	+ 'cooperation region state national law regulation guideline strategy vision method background action plan '
	+ 'democracy citizens dialogue openness digital infrastructure water waste biodiversity green areas safety').split(' ')

function random(seed) {
	// mulberry32: small, fast, good enough to vary text deterministically.
	let state = seed >>> 0
	return () => {
		state = (state + 0x6D2B79F5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

/**
 * @param {{ words?: number, seed?: number }} options
 * @return {{ body: object, stats: Record<string, number> }}
 */
export function generateDocument({ words = 90000, seed = 2026 } = {}) {
	const rnd = random(seed)
	const pick = (list) => list[Math.floor(rnd() * list.length)]
	const stats = { words: 0, blocks: 0, paragraphs: 0, headings: 0, lists: 0, listItems: 0, tables: 0, footnotes: 0, links: 0 }

	const phrase = (count) => {
		const out = []
		for (let i = 0; i < count; i++) {
			out.push(pick(WORDS))
		}
		stats.words += count
		return out.join(' ')
	}
	const text = (value, marks) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
	const sentence = () => {
		const s = phrase(8 + Math.floor(rnd() * 12))
		return s.charAt(0).toUpperCase() + s.slice(1) + '. '
	}

	const inline = (sentences) => {
		const content = []
		for (let i = 0; i < sentences; i++) {
			const r = rnd()
			if (r < 0.08) {
				content.push(text(phrase(2), [{ type: 'bold' }]), text(' '))
			} else if (r < 0.14) {
				content.push(text(phrase(3), [{ type: 'italic' }]), text(' '))
			} else if (r < 0.2) {
				stats.links++
				content.push(text(phrase(3), [{ type: 'link', attrs: { href: `https://www.example.se/policy/${stats.links}` } }]), text(' '))
			}
			content.push(text(sentence()))
			if (rnd() < 0.06) {
				stats.footnotes++
				content.push({ type: 'footnote', content: [text(sentence().trim())] })
				content.push(text(' '))
			}
		}
		// Merge neighbouring unmarked text nodes, as the editor would store them.
		const merged = []
		for (const node of content) {
			const last = merged[merged.length - 1]
			if (last && last.type === 'text' && node.type === 'text' && !last.marks && !node.marks) {
				last.text += node.text
			} else {
				merged.push({ ...node })
			}
		}
		const lastNode = merged[merged.length - 1]
		if (lastNode && lastNode.type === 'text' && !lastNode.marks) {
			lastNode.text = lastNode.text.trimEnd()
		}
		// The schema (like ProseMirror) has no empty text nodes.
		return merged.filter((node) => node.type !== 'text' || node.text !== '')
	}

	const paragraph = (sentences = 3 + Math.floor(rnd() * 4)) => {
		stats.paragraphs++
		return { type: 'paragraph', content: inline(sentences) }
	}
	const list = (depth) => {
		stats.lists++
		const items = []
		const count = 2 + Math.floor(rnd() * 3)
		for (let i = 0; i < count; i++) {
			stats.listItems++
			const item = { type: 'listItem', content: [paragraph(1)] }
			if (depth < 4 && rnd() < 0.35) {
				item.content.push(list(depth + 1))
			}
			items.push(item)
		}
		return rnd() < 0.5 ? { type: 'bulletList', content: items } : { type: 'orderedList', attrs: { start: 1 }, content: items }
	}
	const cell = (type, words) => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph', content: [text(phrase(words))] }] })
	const table = () => {
		stats.tables++
		const columns = 4
		const rows = [{ type: 'tableRow', content: Array.from({ length: columns }, () => cell('tableHeader', 2)) }]
		for (let r = 0; r < 5; r++) {
			rows.push({ type: 'tableRow', content: Array.from({ length: columns }, () => cell('tableCell', 4)) })
		}
		return { type: 'table', content: rows }
	}
	const heading = (level) => {
		stats.headings++
		const title = phrase(3 + Math.floor(rnd() * 3))
		return { type: 'heading', attrs: { level }, content: [text(title.charAt(0).toUpperCase() + title.slice(1))] }
	}

	const content = []
	let chapter = 0
	while (stats.words < words) {
		chapter++
		content.push(heading(1))
		for (let section = 0; section < 6 && stats.words < words; section++) {
			content.push(heading(2))
			for (let sub = 0; sub < 3 && stats.words < words; sub++) {
				content.push(heading(3))
				const paragraphs = 4 + Math.floor(rnd() * 4)
				for (let i = 0; i < paragraphs; i++) {
					content.push(paragraph())
				}
				const r = rnd()
				if (r < 0.5) {
					content.push(list(1))
				} else if (r < 0.65) {
					content.push(table())
				} else if (r < 0.75) {
					content.push({ type: 'blockquote', content: [paragraph(2)] })
				}
			}
		}
	}
	stats.blocks = content.length
	stats.chapters = chapter
	return { body: { type: 'doc', content }, stats }
}
