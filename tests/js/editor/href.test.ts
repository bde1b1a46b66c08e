/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { isSafeHref, normalizeHref } from '../../../src/editor/href'

describe('link targets', () => {
	it.each([
		'https://www.vasteras.se/', 'http://example.org/a?b=c#d', 'mailto:kommun@example.se', 'tel:+4621390000',
		'#aim', '/apps/files/?fileid=12', './annex.pdf', '../annex.pdf', 'annex.pdf',
	])('accepts %s', (href) => {
		expect(isSafeHref(href)).toBe(true)
	})

	it.each([
		'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', 'data:text/html,x',
		'vbscript:msgbox', 'file:///etc/passwd', '', 'https://example.org/' + 'a'.repeat(2048),
	])('refuses %j', (href) => {
		expect(isSafeHref(href)).toBe(false)
	})

	it('reads what people type into the dialog', () => {
		expect(normalizeHref('  https://example.org  ')).toBe('https://example.org')
		expect(normalizeHref('www.example.org/plan')).toBe('https://www.example.org/plan')
		expect(normalizeHref('annex.pdf')).toBe('annex.pdf')
		expect(normalizeHref('javascript:alert(1)')).toBeNull()
		expect(normalizeHref('   ')).toBeNull()
	})
})
