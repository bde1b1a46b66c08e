/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SaveStatus from '../../../src/components/SaveStatus.vue'

describe('SaveStatus', () => {
	it.each([
		['saved', 'Saved'],
		['saving', 'Saving…'],
		['unsaved', 'Unsaved changes'],
		['offline', 'Offline – kept locally'],
		['conflict', 'Conflict – choose which text to keep'],
	] as const)('says %s in words, as a polite live region', (status, text) => {
		const wrapper = mount(SaveStatus, { props: { status } })
		expect(wrapper.text()).toBe(text)
		expect(wrapper.attributes('role')).toBe('status')
		expect(wrapper.attributes('aria-live')).toBe('polite')
	})

	it('names the server message of a refused save', () => {
		const wrapper = mount(SaveStatus, { props: { status: 'error', error: 'content.meta.title must be 1 to 255 characters long' } })
		expect(wrapper.text()).toBe('Not saved – kept locally: content.meta.title must be 1 to 255 characters long')
	})
})
