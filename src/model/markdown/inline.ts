/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Inline Markdown (CommonMark §6, with GFM strikethrough and autolinks,
 * footnote references and inline footnotes) read straight into the
 * document model's inline nodes: text with marks, hard breaks, footnotes.
 *
 * One left-to-right scan, as the spec describes: plain text is taken in
 * runs up to the next character that may mean something; code spans,
 * autolinks, raw HTML, escapes and references are read where they start;
 * `*`, `_` and `~` runs go on a delimiter stack and brackets on a bracket
 * stack, resolved by the spec's "look for link or image" and "process
 * emphasis" procedures. Bare addresses become links at the end, in text
 * outside other links.
 */
import type { InlineNode, Mark, TextNode } from '../types'
import { br, normalizeInline, sortMarks } from '../builders'
import type { LinkReference } from './blocks'
import { normalizeLabel } from './blocks'
import { emailAround, isAllowedLink, normalizeLink, parseDestination, parseLabel, parseTitle, schemeUrlLength, skipSpace, wwwLength } from './links'
import { decodeEntity, ENTITY, ESCAPABLE } from './text'

/** What inline reading needs from the rest of the document, and where it reports. */
export interface InlineContext {
	references: Map<string, LinkReference>
	/** Labels of footnote definitions (exact, as written). */
	footnoteLabels: Set<string>
	/** A reference to a defined footnote; returns the node to fill in later. */
	footnoteReference(label: string): InlineNode
	/** An inline footnote `^[...]`; `read` reads its content. */
	inlineFootnote(read: () => InlineNode[]): InlineNode
	/** Turns an address into a link mark, or null (with a warning) when the model cannot hold it. */
	linkMark(href: string, title: string | null, bare: boolean): Mark | null
	/** A warning about the text being read. */
	note(message: string): void
}

const enum K { Text, Code, Break, Soft, Delim, Bracket, Open, Close, Node, Html }

interface Token {
	k: K
	/** text, code, raw HTML */
	s: string
	/** text: an escape or reference, which no bare address may run into */
	special: boolean
	/** Delim: the character, characters left, the run's original length */
	ch: number
	n: number
	length: number
	canOpen: boolean
	canClose: boolean
	opens: string[] | null
	closes: string[] | null
	/** Bracket: image `![`, still active */
	image: boolean
	active: boolean
	/** Open: the address, title, and whether it was a bare address in the text */
	href: string
	title: string | null
	bare: boolean
	node: InlineNode | null
}

function token(k: K, s = ''): Token {
	return { k, s, special: false, ch: 0, n: 0, length: 0, canOpen: false, canClose: false, opens: null, closes: null, image: false, active: true, href: '', title: null, bare: false, node: null }
}

const SPECIAL = /[\n\\`*_~[\]<&]|!\[|\^\[|:\/\//g
/** Unicode punctuation and symbols, made on first use (a Unicode property pattern is slow to make). */
let punctuation: RegExp | undefined
const SCHEME_BEFORE = /(?:^|[^a-z0-9.+-])([a-z][a-z0-9.+-]*)$/i
// eslint-disable-next-line no-control-regex -- CommonMark's autolink excludes control characters
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>/
const EMAIL_AUTOLINK = /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/
const ATTRIBUTE = '(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)'
const HTML_TAG = new RegExp('^(?:<[A-Za-z][A-Za-z0-9-]*' + ATTRIBUTE + '*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>|<!---?>|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)')
const BREAK_TAG = /^<br\s*\/?>$/i
const LINK_OPEN_TAG = /^<a[>\s]/i
const LINK_CLOSE_TAG = /^<\/a\s*>/i
/** What a bare address found by linkifyRun (besides an e-mail address's `@`) contains. */
const LINKIFY_HINT = /www\.|:\/\//i

function isWhitespace(code: number): boolean {
	return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680
		|| (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
}

function isPunctuation(text: string, index: number): boolean {
	const code = text.charCodeAt(index)
	if (code < 0x80) {
		return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
	}
	return (punctuation ??= /[\p{P}\p{S}]/u).test(String.fromCodePoint(text.codePointAt(index) as number))
}

/** Index of the code point before `index` (a low surrogate's pair starts one earlier). */
function previousIndex(text: string, index: number): number {
	const code = text.charCodeAt(index - 1)
	return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1
}

const CODE_MARK: Mark = { type: 'code' }
/** The marks of text outside any: one list, never changed. */
const NO_MARKS: readonly Mark[] = Object.freeze([])

/**
 * Inline nodes as they are built: text carries the marks open at the
 * time, each node its own mark objects. Text right after text with the
 * same marks is appended to it.
 */
class Output {

	readonly nodes: InlineNode[] = []
	private bold = 0
	private italic = 0
	private strike = 0
	private readonly links: Array<Mark | null> = []
	/** The open marks in schema order, or null when they changed since last built. */
	private marks: readonly Mark[] | null = NO_MARKS
	/** The last node, when it is text built here with the marks still open. */
	private last: TextNode | null = null
	private lastCode = false

	/** Empty again, for the next block: one Output serves a parser's every block. */
	reset(): void {
		this.nodes.length = 0
		this.bold = 0
		this.italic = 0
		this.strike = 0
		this.links.length = 0
		this.marks = NO_MARKS
		this.last = null
		this.lastCode = false
	}

	change(type: string, by: number): void {
		if (type === 'bold') {
			this.bold += by
		} else if (type === 'italic') {
			this.italic += by
		} else {
			this.strike += by
		}
		this.marks = null
		this.last = null
	}

	openLink(mark: Mark | null): void {
		this.links.push(mark)
		this.marks = null
		this.last = null
	}

	closeLink(): void {
		this.links.pop()
		this.marks = null
		this.last = null
	}

	node(node: InlineNode): void {
		this.nodes.push(node)
		this.last = null
	}

	text(value: string, code: boolean): void {
		if (value === '') {
			return
		}
		const last = this.last
		if (last !== null && this.lastCode === code) {
			last.text += value
			return
		}
		let marks = this.current()
		if (code) {
			marks = sortMarks([...marks.filter((mark) => mark.type !== 'code'), CODE_MARK])
		}
		const node: TextNode = marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks: marks.map(copyMark) }
		this.nodes.push(node)
		this.last = node
		this.lastCode = code
	}

	private current(): readonly Mark[] {
		if (this.marks === null) {
			const list: Mark[] = []
			if (this.bold > 0) {
				list.push({ type: 'bold' })
			}
			if (this.italic > 0) {
				list.push({ type: 'italic' })
			}
			if (this.strike > 0) {
				list.push({ type: 'strike' })
			}
			for (let i = this.links.length - 1; i >= 0; i--) {
				if (this.links[i] !== null) {
					list.push(this.links[i] as Mark)
					break
				}
			}
			this.marks = sortMarks(list)
		}
		return this.marks
	}

}

export class InlineParser {

	private tokens: Token[] = []
	private readonly delimiters: Token[] = []
	private brackets: Array<{ token: Token, index: number, delimiters: number, start: number }> = []
	private pending = ''
	private text = ''
	private readonly output = new Output()

	constructor(private readonly context: InlineContext) {}

	/**
	 * Inline content of a block to model nodes. Not re-entrant: an inline
	 * footnote's text is read by a parser of its own.
	 */
	parse(text: string): InlineNode[] {
		// Most table cells and list items, and many paragraphs, are plain
		// text: nothing that starts Markdown inline syntax and nothing that
		// linkifyText would make a link. They read as one text node, which
		// is what the full reading below would give them.
		SPECIAL.lastIndex = 0
		if (!SPECIAL.test(text) && !text.includes('@') && !LINKIFY_HINT.test(text)) {
			return text === '' ? [] : [{ type: 'text', text }]
		}
		this.tokens.length = 0
		this.delimiters.length = 0
		this.brackets.length = 0
		this.pending = ''
		this.text = text
		this.scan()
		this.processEmphasis(0)
		return this.build()
	}

	private flush(): void {
		if (this.pending !== '') {
			this.tokens.push(token(K.Text, this.pending))
			this.pending = ''
		}
	}

	private push(t: Token): void {
		this.flush()
		this.tokens.push(t)
	}

	private scan(): void {
		const text = this.text
		const special = SPECIAL
		let pos = 0
		while (pos < text.length) {
			special.lastIndex = pos
			const match = special.exec(text)
			if (match === null) {
				this.pending += text.slice(pos)
				break
			}
			const at = match.index
			if (at > pos) {
				this.pending += text.slice(pos, at)
			}
			pos = this.special(at, match[0])
		}
		this.flush()
	}

	/** Read what starts at `at`; returns where reading goes on. */
	private special(at: number, found: string): number {
		const text = this.text
		switch (found.charCodeAt(0)) {
		case 0x0a: {
			// Line ending: a hard break after two spaces, else a soft break; the spaces go.
			const pending = this.pending
			const trimmed = pending.replace(/ +$/, '')
			this.pending = trimmed
			this.push(token(pending.length - trimmed.length >= 2 ? K.Break : K.Soft))
			let next = at + 1
			while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09) {
				next++
			}
			return next
		}
		case 0x5c: {
			const next = text.charCodeAt(at + 1)
			if (next === 0x0a) {
				this.push(token(K.Break))
				let after = at + 2
				while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) {
					after++
				}
				return after
			}
			if (at + 1 < text.length && ESCAPABLE.test(text[at + 1] as string)) {
				const escaped = token(K.Text, text[at + 1] as string)
				escaped.special = true
				this.push(escaped)
				return at + 2
			}
			this.pending += '\\'
			return at + 1
		}
		case 0x60:
			return this.codeSpan(at)
		case 0x2a:
		case 0x5f:
		case 0x7e:
			return this.delimiterRun(at)
		case 0x5b:
			return this.openBracket(at)
		case 0x21:
			return this.openBracket(at + 1, true)
		case 0x5d:
			return this.closeBracket(at)
		case 0x3c:
			return this.angle(at)
		case 0x26: {
			ENTITY.lastIndex = at
			const entity = ENTITY.exec(text)
			if (entity !== null) {
				const decoded = decodeEntity(entity[0])
				if (decoded !== null) {
					const t = token(K.Text, decoded)
					t.special = true
					this.push(t)
					return at + entity[0].length
				}
			}
			this.pending += '&'
			return at + 1
		}
		case 0x5e:
			return this.inlineFootnote(at)
		case 0x3a:
			return this.schemeLink(at)
		default:
			this.pending += found
			return at + found.length
		}
	}

	private codeSpan(at: number): number {
		const text = this.text
		let end = at
		while (text.charCodeAt(end) === 0x60) {
			end++
		}
		const length = end - at
		let search = end
		for (;;) {
			const next = text.indexOf('`', search)
			if (next < 0) {
				this.pending += text.slice(at, end)
				return end
			}
			let close = next
			while (text.charCodeAt(close) === 0x60) {
				close++
			}
			if (close - next === length) {
				let content = text.slice(end, next).replace(/\n/g, ' ')
				if (content.length >= 2 && content.charCodeAt(0) === 0x20 && content.charCodeAt(content.length - 1) === 0x20 && content.trim() !== '') {
					content = content.slice(1, -1)
				}
				this.push(token(K.Code, content))
				return close
			}
			search = close
		}
	}

	private delimiterRun(at: number): number {
		const text = this.text
		const ch = text.charCodeAt(at)
		let end = at
		while (text.charCodeAt(end) === ch) {
			end++
		}
		const length = end - at
		if (ch === 0x7e && length < 2) {
			this.pending += '~'
			return end
		}
		const before = at === 0 ? 0x20 : text.charCodeAt(at - 1)
		const after = end >= text.length ? 0x20 : text.charCodeAt(end)
		const beforeSpace = at === 0 || isWhitespace(before)
		const afterSpace = end >= text.length || isWhitespace(after)
		const beforePunct = at > 0 && isPunctuation(text, previousIndex(text, at))
		const afterPunct = end < text.length && isPunctuation(text, end)
		const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
		const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
		const t = token(K.Delim, text.slice(at, end))
		t.ch = ch
		t.n = length
		t.length = length
		if (ch === 0x5f) {
			t.canOpen = left && (!right || beforePunct)
			t.canClose = right && (!left || afterPunct)
		} else {
			t.canOpen = left
			t.canClose = right
		}
		this.push(t)
		if (t.canOpen || t.canClose) {
			this.delimiters.push(t)
		}
		return end
	}

	private openBracket(at: number, image = false): number {
		const text = this.text
		if (!image && text.charCodeAt(at + 1) === 0x5e) {
			// A footnote reference `[^label]`, unless a link follows.
			const close = text.indexOf(']', at + 2)
			if (close > at + 2) {
				const label = text.slice(at + 2, close)
				if (!/[ \n]/.test(label) && this.context.footnoteLabels.has(label) && !this.linkFollows(close + 1)) {
					const t = token(K.Node)
					t.node = this.context.footnoteReference(label)
					this.push(t)
					return close + 1
				}
			}
		}
		const t = token(K.Bracket, image ? '![' : '[')
		t.image = image
		this.push(t)
		this.brackets.push({ token: t, index: this.tokens.length - 1, delimiters: this.delimiters.length, start: at + 1 })
		return at + 1
	}

	private closeBracket(at: number): number {
		const text = this.text
		const opener = this.brackets.pop()
		if (opener === undefined) {
			this.pending += ']'
			return at + 1
		}
		if (!opener.token.active) {
			this.pending += ']'
			return at + 1
		}
		// Inline link, full, collapsed or shortcut reference.
		let href: string | null = null
		let title: string | null = null
		let end = at + 1
		if (text.charCodeAt(end) === 0x28) {
			const inline = this.inlineLink(end)
			if (inline !== null) {
				[end, href, title] = inline
			}
		}
		if (href === null) {
			let label: string | null = null
			const full = parseLabel(text, at + 1)
			if (full !== null) {
				label = full[1]
				end = full[0]
			} else {
				label = text.slice(opener.start, at)
				end = text.startsWith('[]', at + 1) ? at + 3 : at + 1
			}
			const reference = label.length <= 999 && !/(?:^|[^\\])[[\]]/.test(label) ? this.context.references.get(normalizeLabel(label)) : undefined
			if (reference !== undefined) {
				href = reference.href
				title = reference.title
			}
		}
		if (href === null || !isAllowedLink(href)) {
			this.pending += ']'
			return at + 1
		}
		const url = normalizeLink(href)
		this.flush()
		const start = opener.index
		if (opener.token.image) {
			this.processEmphasis(opener.delimiters)
			const alt = this.plainTokens(start + 1)
			this.tokens.length = start
			const image = token(K.Text, alt !== '' ? alt : `[${url}]`)
			image.image = true
			this.tokens.push(image)
			this.brackets = this.brackets.filter((b) => b.index < start)
		} else {
			this.processEmphasis(opener.delimiters)
			this.tokens[start] = linkOpen(url, title, false)
			// Bare addresses inside the link's text stay text.
			if (this.hasBareLinkAfter(start)) {
				this.tokens = this.tokens.filter((t, i) => i <= start || !((t.k === K.Open && t.bare) || (t.k === K.Close && t.bare)))
			}
			this.tokens.push(token(K.Close))
			// No links inside links.
			const brackets = this.brackets
			for (let i = 0; i < brackets.length; i++) {
				const bracket = brackets[i] as (typeof brackets)[number]
				if (!bracket.token.image) {
					bracket.token.active = false
				}
			}
		}
		return end
	}

	/** Whether a link destination or reference follows a bracket closing at `pos - 1`. */
	private linkFollows(pos: number): boolean {
		const text = this.text
		const next = text.charCodeAt(pos)
		if (next === 0x28) {
			return this.inlineLink(pos) !== null
		}
		if (next === 0x5b) {
			const label = parseLabel(text, pos)
			return label !== null && this.context.references.has(normalizeLabel(label[1]))
		}
		return false
	}

	/** `(destination "title")` at `pos`: [end, destination, title] or null. */
	private inlineLink(pos: number): [number, string, string | null] | null {
		const text = this.text
		let i = skipSpace(text, pos + 1)
		let href = ''
		let title: string | null = null
		if (text.charCodeAt(i) !== 0x29) {
			const destination = parseDestination(text, i)
			if (destination === null) {
				return null
			}
			href = destination[1]
			const afterDestination = destination[0]
			i = skipSpace(text, afterDestination)
			if (i !== afterDestination) {
				const parsed = parseTitle(text, i)
				if (parsed !== null) {
					title = parsed[1]
					i = skipSpace(text, parsed[0])
				}
			}
		}
		if (text.charCodeAt(i) !== 0x29) {
			return null
		}
		return [i + 1, href, title]
	}

	/** Plain text of the tokens from `start` (an image's description). */
	private plainTokens(start: number): string {
		let out = ''
		for (let i = start; i < this.tokens.length; i++) {
			const t = this.tokens[i] as Token
			switch (t.k) {
			case K.Text:
			case K.Code:
			case K.Bracket:
				out += t.s
				break
			case K.Html:
				out += t.s
				break
			case K.Delim:
				out += t.s.slice(0, t.n)
				break
			case K.Soft:
			case K.Break:
				out += ' '
				break
			default:
				break
			}
		}
		return out
	}

	/** `<` starts an autolink, raw HTML, or nothing. */
	private angle(at: number): number {
		const rest = this.text.slice(at, at + 4096)
		const auto = AUTOLINK.exec(rest)
		if (auto !== null) {
			return this.autolink(at, auto[0].length, auto[1] as string, auto[1] as string)
		}
		const email = EMAIL_AUTOLINK.exec(rest)
		if (email !== null) {
			return this.autolink(at, email[0].length, `mailto:${email[1] as string}`, email[1] as string)
		}
		const html = HTML_TAG.exec(this.text.slice(at))
		if (html !== null) {
			this.push(token(K.Html, html[0]))
			return at + html[0].length
		}
		this.pending += '<'
		return at + 1
	}

	private autolink(at: number, length: number, href: string, label: string): number {
		const url = normalizeLink(href)
		if (!isAllowedLink(url)) {
			this.pending += '<'
			return at + 1
		}
		this.push(linkOpen(url, null, false))
		this.tokens.push(token(K.Text, label))
		this.tokens.push(token(K.Close))
		return at + length
	}

	/** `^[...]`: a footnote written in place. */
	private inlineFootnote(at: number): number {
		const text = this.text
		let depth = 0
		for (let i = at + 1; i < text.length; i++) {
			const ch = text.charCodeAt(i)
			if (ch === 0x5c) {
				i++
			} else if (ch === 0x60) {
				let run = i
				while (text.charCodeAt(run) === 0x60) {
					run++
				}
				const closeAt = text.indexOf(text.slice(i, run), run)
				if (closeAt >= 0) {
					i = closeAt + (run - i) - 1
				} else {
					i = run - 1
				}
			} else if (ch === 0x5b) {
				depth++
			} else if (ch === 0x5d) {
				depth--
				if (depth === 0) {
					const inner = text.slice(at + 2, i)
					const t = token(K.Node)
					t.node = this.context.inlineFootnote(() => new InlineParser(this.context).parse(inner))
					this.push(t)
					return i + 1
				}
			}
		}
		this.pending += '^'
		return at + 1
	}

	/**
	 * `scheme://` in running text, where the scheme starts a word: a web
	 * address as a link, read before emphasis (a `*` at its end stays out).
	 * After other punctuation, linkifyText() finds it in the finished text.
	 */
	private schemeLink(at: number): number {
		const scheme = SCHEME_BEFORE.exec(this.pending)
		if (scheme === null || this.insideLink()) {
			this.pending += ':'
			return at + 1
		}
		const name = scheme[1] as string
		const start = at - name.length
		let length = schemeUrlLength(this.text, start)
		if (length <= name.length + 3) {
			this.pending += ':'
			return at + 1
		}
		let raw = this.text.slice(start, start + length)
		const stars = /\*+$/.exec(raw)
		if (stars !== null) {
			raw = raw.slice(0, -stars[0].length)
			length -= stars[0].length
		}
		const url = normalizeLink(raw)
		if (!isAllowedLink(url)) {
			this.pending += ':'
			return at + 1
		}
		this.pending = this.pending.slice(0, -name.length)
		this.push(linkOpen(url, null, true))
		this.tokens.push(token(K.Text, raw.replace(/\\([!-/:-@[-`{-~])/g, '$1')))
		const close = token(K.Close)
		close.bare = true
		this.tokens.push(close)
		return start + length
	}

	/** Whether a bare address was made a link among the tokens after `start`. */
	private hasBareLinkAfter(start: number): boolean {
		const tokens = this.tokens
		for (let i = start + 1; i < tokens.length; i++) {
			const t = tokens[i] as Token
			if (t.k === K.Open && t.bare) {
				return true
			}
		}
		return false
	}

	private insideLink(): boolean {
		let depth = 0
		const tokens = this.tokens
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i] as Token
			if (t.k === K.Open) {
				depth++
			} else if (t.k === K.Close) {
				depth--
			}
		}
		return depth > 0
	}

	/** CommonMark's "process emphasis" over the delimiters from `bottom` on. */
	private processEmphasis(bottom: number): void {
		const stack = this.delimiters
		if (stack.length - bottom < 2) {
			// Nothing to pair.
			stack.length = bottom
			return
		}
		// Where the search for an opener stops, by closer kind; made when first needed.
		let openersBottom: Map<number, number> | null = null
		for (let c = bottom; c < stack.length; c++) {
			const closer = stack[c] as Token
			if (!closer.canClose || closer.n === 0) {
				continue
			}
			if (closer.ch === 0x7e && closer.n < 2) {
				continue
			}
			const key = closer.ch * 8 + (closer.canOpen ? 4 : 0) + closer.length % 3
			const floor = Math.max(bottom, openersBottom?.get(key) ?? bottom)
			let found = -1
			for (let o = c - 1; o >= floor; o--) {
				const opener = stack[o] as Token
				if (opener.ch !== closer.ch || !opener.canOpen || opener.n === 0) {
					continue
				}
				if (closer.ch === 0x7e) {
					// Strikethrough pairs `~~` with `~~`; an odd marker stays literal,
					// before the opening and after the closing one.
					if (opener.n >= 2 && closer.n >= 2) {
						found = o
						break
					}
					continue
				}
				const odd = (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0)
				if (!odd) {
					found = o
					break
				}
			}
			if (found < 0) {
				(openersBottom ??= new Map()).set(key, c)
				if (!closer.canOpen) {
					closer.canClose = false
				}
				continue
			}
			const opener = stack[found] as Token
			const use = closer.ch === 0x7e ? 2 : closer.n >= 2 && opener.n >= 2 ? 2 : 1
			const mark = closer.ch === 0x7e ? 'strike' : use === 2 ? 'bold' : 'italic'
			opener.n -= use
			closer.n -= use
			;(opener.opens ??= []).unshift(mark)
			;(closer.closes ??= []).push(mark)
			for (let between = found + 1; between < c; between++) {
				(stack[between] as Token).canOpen = false
				;(stack[between] as Token).canClose = false
			}
			if (closer.n > (closer.ch === 0x7e ? 1 : 0)) {
				c--
			}
		}
		stack.length = bottom
	}

	/** Tokens to model nodes, carrying the open marks. */
	private build(): InlineNode[] {
		this.linkifyText()
		const tokens = this.tokens
		const out = this.output
		out.reset()
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i] as Token
			switch (t.k) {
			case K.Text:
				if (t.image) {
					this.context.note('Images cannot be stored in documents; each was replaced by its description (alt text).')
				}
				out.text(t.s, false)
				break
			case K.Bracket:
				out.text(t.s, false)
				break
			case K.Soft:
				out.text(' ', false)
				break
			case K.Break:
				out.node(br())
				break
			case K.Code:
				out.text(t.s, true)
				break
			case K.Delim:
				if (t.closes !== null) {
					for (let j = 0; j < t.closes.length; j++) {
						out.change(t.closes[j] as string, -1)
					}
				}
				if (t.n > 0) {
					out.text(t.s.slice(0, t.n), false)
				}
				if (t.opens !== null) {
					for (let j = 0; j < t.opens.length; j++) {
						out.change(t.opens[j] as string, 1)
					}
				}
				break
			case K.Open:
				out.openLink(this.context.linkMark(t.href, t.title, t.bare))
				break
			case K.Close:
				out.closeLink()
				break
			case K.Node:
				out.node(t.node as InlineNode)
				break
			case K.Html:
				if (BREAK_TAG.test(t.s.trim())) {
					out.node(br())
				} else if (!t.s.startsWith('<!--')) {
					this.context.note('Raw HTML was kept as plain text.')
					out.text(t.s, false)
				}
				break
			}
		}
		return normalizeInline(out.nodes)
	}

	/** Bare `www.` and e-mail addresses in plain text outside links become links. */
	private linkifyText(): void {
		// Plain text is made of pieces of the block's text, so a text with
		// neither can have no run that linkifyRun would change.
		if (!this.text.includes('@') && !LINKIFY_HINT.test(this.text)) {
			return
		}
		const tokens = this.tokens
		let depth = 0
		let htmlDepth = 0
		const out: Token[] = []
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i] as Token
			if (t.k === K.Open) {
				depth++
			} else if (t.k === K.Close) {
				depth--
			} else if (t.k === K.Html) {
				if (LINK_OPEN_TAG.test(t.s)) {
					htmlDepth++
				} else if (LINK_CLOSE_TAG.test(t.s) && htmlDepth > 0) {
					htmlDepth--
				}
			}
			if (!plainText(t) || depth > 0 || htmlDepth > 0) {
				out.push(t)
				continue
			}
			// A run of plain text: text, and delimiters and brackets that stayed literal.
			let end = i
			let value = t.s
			while (end + 1 < tokens.length && plainText(tokens[end + 1] as Token)) {
				end++
				value += (tokens[end] as Token).s
			}
			if (!value.includes('@') && !/www\.|:\/\//i.test(value)) {
				for (let j = i; j <= end; j++) {
					out.push(tokens[j] as Token)
				}
			} else {
				this.linkifyRun(value, out)
			}
			i = end
		}
		this.tokens = out
	}

	private linkifyRun(value: string, out: Token[]): void {
		let from = 0
		let pos = 0
		const found = /www\.|@|(?:https?|ftp):\/\//gi
		while (pos < value.length) {
			found.lastIndex = pos
			const match = found.exec(value)
			if (match === null) {
				break
			}
			let start = -1
			let end = -1
			let href = ''
			if (match[0].endsWith('//')) {
				const length = isSeparatorBefore(value, match.index - 1) ? schemeUrlLength(value, match.index) : 0
				if (length > match[0].length) {
					start = match.index
					end = match.index + length
					href = value.slice(start, end)
				}
			} else if (match[0] === '@') {
				const email = emailAround(value, match.index, from)
				if (email !== null) {
					[start, end] = email
					href = `mailto:${value.slice(start, end)}`
				}
			} else {
				const length = isSeparatorBefore(value, match.index - 1) && !/[.:/\\\-_@]/.test(value[match.index - 1] ?? '') ? wwwLength(value, match.index) : 0
				if (length > 0) {
					start = match.index
					end = match.index + length
					href = `http://${value.slice(start, end)}`
				}
			}
			if (start < 0) {
				pos = match.index + match[0].length
				continue
			}
			const url = normalizeLink(href)
			if (start > from) {
				out.push(token(K.Text, value.slice(from, start)))
			}
			out.push(linkOpen(url, null, true), token(K.Text, value.slice(start, end)), token(K.Close))
			from = end
			pos = end
		}
		if (from < value.length) {
			out.push(token(K.Text, value.slice(from)))
		}
	}

}

function linkOpen(href: string, title: string | null, bare: boolean): Token {
	const t = token(K.Open)
	t.href = href
	t.title = title
	t.bare = bare
	return t
}

/**
 * Whether the character at `index` may come right before a bare address:
 * none, white space, a control character, punctuation other than `_`, or
 * one of `$+<=>^`|｜`.
 */
function isSeparatorBefore(text: string, index: number): boolean {
	if (index < 0) {
		return true
	}
	const ch = text[index] as string
	if (ch === '_') {
		return false
	}
	const code = text.charCodeAt(index)
	return isWhitespace(code) || code < 0x20 || (code >= 0x7f && code <= 0x9f) || '$+<=>^`|｜'.includes(ch) || isPunctuation(text, previousIndex(text, index + 1))
}

/** Whether a token stands for literal text, which bare addresses may run through. */
function plainText(t: Token): boolean {
	return (t.k === K.Text && !t.special && !t.image) || t.k === K.Bracket
		|| (t.k === K.Delim && t.opens === null && t.closes === null)
}

/** A fresh mark object, so no two nodes share one. */
export function copyMark(mark: Mark): Mark {
	return mark.type === 'link' ? { type: 'link', attrs: { ...mark.attrs } } : { type: mark.type } as Mark
}
