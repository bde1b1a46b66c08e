/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { translateTemplateHeading } from '../../../src/composables/templateHeadings'
import { createFromTemplate, TEMPLATE_STRINGS, TEMPLATE_TYPES } from '../../../src/model/templates'

// A stand-in catalogue that marks every translated string, so the test sees
// which text went through t() and for which app.
vi.mock('@nextcloud/l10n', () => ({ t: (app: string, text: string) => `«${app}:${text}»` }))

/**
 * What Nextcloud's string extraction sees: the literal t() calls in the
 * source, as [key, literal] pairs of the HEADINGS table.
 */
function literalEntries(): Array<[string, string]> {
	const source = readFileSync('src/composables/templateHeadings.ts', 'utf8')
	const entries: Array<[string, string]> = []
	for (const match of source.matchAll(/^\t(?:'([^']+)'|(\w+)): \(\) => t\('policydesk', '([^'\\]+)'\),$/gm)) {
		entries.push([match[1] ?? match[2]!, match[3]!])
	}
	return entries
}

describe('template headings', () => {
	it('have one literal t(\'policydesk\', …) call per TEMPLATE_STRINGS entry, translating its own key', () => {
		const entries = literalEntries()
		expect(entries.map(([key]) => key).sort()).toEqual([...TEMPLATE_STRINGS].sort())
		for (const [key, literal] of entries) {
			expect(literal).toBe(key)
		}
	})

	it('translates each heading through the app catalogue', () => {
		for (const heading of TEMPLATE_STRINGS) {
			expect(translateTemplateHeading(heading)).toBe(`«policydesk:${heading}»`)
		}
	})

	it('gives every template only translated headings', () => {
		for (const type of TEMPLATE_TYPES) {
			const headings = createFromTemplate(type, { title: 'T', language: 'en' }, translateTemplateHeading).body.content
				.filter((block) => block.type === 'heading')
				.map((block) => block.content?.[0])
			expect(headings.length).toBeGreaterThan(0)
			for (const text of headings) {
				expect(text).toMatchObject({ type: 'text', text: expect.stringMatching(/^«policydesk:.+»$/) })
			}
		}
	})
})
