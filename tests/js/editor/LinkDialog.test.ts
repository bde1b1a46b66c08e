// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import LinkDialog from '../../../src/components/editor/LinkDialog.vue'

afterEach(() => {
	document.body.innerHTML = ''
})

/**
 * Mount the dialog, type an address and submit the form as Enter would.
 *
 * @param typed what goes into the address field
 */
async function submitWith(typed: string) {
	const wrapper = mount(LinkDialog, { props: { href: '', title: '', canRemove: false }, attachTo: document.body })
	await flushPromises()
	const input = document.body.querySelector<HTMLInputElement>('input[type="text"]')!
	input.value = typed
	input.dispatchEvent(new Event('input'))
	await flushPromises()
	document.body.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
	await flushPromises()
	return wrapper
}

describe('LinkDialog', () => {
	it('saves a web address, adding https:// to www.', async () => {
		const wrapper = await submitWith('www.example.org')
		expect(wrapper.emitted('save')).toEqual([['https://www.example.org', null]])
		wrapper.unmount()
	})

	it('refuses javascript: with a message and does not save', async () => {
		const wrapper = await submitWith('javascript:alert(1)')
		expect(wrapper.emitted('save')).toBeUndefined()
		expect(document.body.textContent).toContain('Use an address starting with https://')
		wrapper.unmount()
	})
})
