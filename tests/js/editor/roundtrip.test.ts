/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Every body the rest of the app produces opens in the editor unchanged and
 * comes back out, through normalizeEditorJson, as the same valid body:
 * the corpus imported from Markdown, the three templates, and the
 * 250-page benchmark document.
 */
import type { JSONContent } from '@tiptap/core'
import type { DocNode } from '../../../src/model/types'
import { Editor } from '@tiptap/core'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../../bench/editor/generate.mjs'
import { createPolicyExtensions } from '../../../src/editor/extensions'
import { markdownToDocument } from '../../../src/model/markdown'
import { normalizeEditorJson } from '../../../src/model/sanitize'
import { createFromTemplate, TEMPLATE_TYPES } from '../../../src/model/templates'
import { validateBody } from '../../../src/model/validate'

const corpusDir = join('..', 'shared', 'corpus')

/**
 * Open `body` in an editor (no view needed) and read it back.
 */
function roundTrip(body: DocNode): { out: DocNode, contentError: Error | null } {
	let contentError: Error | null = null
	const editor = new Editor({
		element: null,
		content: body as JSONContent,
		extensions: createPolicyExtensions(),
		enableContentCheck: true,
		onContentError: ({ error }) => { contentError = error },
	})
	const out = normalizeEditorJson(editor.getJSON())
	editor.destroy()
	return { out, contentError }
}

describe('editor round trip', () => {
	const files = readdirSync(corpusDir).filter((file) => file.endsWith('.md') && file !== 'README.md')

	it('finds the corpus', () => {
		expect(files.length).toBeGreaterThanOrEqual(7)
	})

	it.each(files)('corpus %s opens and comes back unchanged', (file) => {
		const { document } = markdownToDocument(readFileSync(join(corpusDir, file), 'utf8'))
		expect(validateBody(document.body)).toEqual([])
		const { out, contentError } = roundTrip(document.body)
		expect(contentError).toBeNull()
		expect(out).toEqual(document.body)
	})

	it.each(TEMPLATE_TYPES)('template %s opens and comes back unchanged', (type) => {
		const { body } = createFromTemplate(type, { title: 'T', language: 'en' }, (text) => text)
		const { out, contentError } = roundTrip(body)
		expect(contentError).toBeNull()
		expect(out).toEqual(body)
		expect(validateBody(out)).toEqual([])
	})

	it('the 250-page benchmark document opens and comes back unchanged and valid', () => {
		const { body, stats } = generateDocument()
		expect(stats.words).toBeGreaterThanOrEqual(90000)
		const { out, contentError } = roundTrip(body)
		expect(contentError).toBeNull()
		expect(out).toEqual(body)
		expect(validateBody(out)).toEqual([])
	})
})
