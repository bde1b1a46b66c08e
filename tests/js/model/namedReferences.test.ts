/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The reader's table of HTML5 named character references, generated from
 * the character-entities package, agrees with a second source, the
 * entities package's strict decoder, on every name; and the reader decodes
 * them (and nothing else) in Markdown text.
 */
import { characterEntities } from 'character-entities'
import { decodeHTMLStrict } from 'entities'
import { describe, expect, it } from 'vitest'
import { p } from '../../../src/model/builders'
import { markdownToDocument } from '../../../src/model/markdown'
import { NAMED_REFERENCES } from '../../../src/model/markdown/namedReferences'
import { decodeEntity } from '../../../src/model/markdown/text'

describe('named character references', () => {
	const table = JSON.parse(NAMED_REFERENCES) as Record<string, string>

	it('is the whole list, as generated (node scripts/generate-named-references.mjs)', () => {
		expect(table).toEqual(characterEntities)
		expect(Object.keys(table).length).toBe(2125)
	})

	it('decodes every name as the entities package does', () => {
		for (const [name, text] of Object.entries(table)) {
			expect([name, decodeEntity(`&${name};`)]).toEqual([name, decodeHTMLStrict(`&${name};`)])
			expect(text.length).toBeGreaterThan(0)
		}
	})

	it('leaves alone what is not a name, including names of Object.prototype', () => {
		for (const reference of ['&ampx;', '&AMp;', '&constructor;', '&toString;', '&__proto__;', '&hasOwnProperty;', '&nosuchname;']) {
			expect([reference, decodeEntity(reference)]).toEqual([reference, null])
		}
	})

	it('reads references in text, and keeps what only looks like one', () => {
		const { document } = markdownToDocument('&copy; &Auml;&nbsp;&ngE; &#x1F600; &amp &ampx; &constructor;')
		expect(document.body.content).toEqual([p('© Ä\u00a0≧̸ 😀 &amp &ampx; &constructor;')])
	})
})
