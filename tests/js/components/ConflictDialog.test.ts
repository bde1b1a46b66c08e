/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ConflictDialog from '../../../src/components/ConflictDialog.vue'
import type { SaveConflict } from '../../../src/store/document'
import { detail } from '../store/documentFixtures'
import { documentWith } from './fixtures'

function conflict(): SaveConflict {
	return {
		mine: documentWith(['My paragraph <script>alert(1)</script>']),
		theirs: { ...detail(9, 'Their paragraph'), content: documentWith(['Their paragraph']) },
		createVersion: true,
	}
}

afterEach(() => {
	document.body.innerHTML = ''
})

describe('ConflictDialog', () => {
	it('shows both texts side by side, as text', async () => {
		const wrapper = mount(ConflictDialog, { props: { conflict: conflict() }, attachTo: document.body })
		await wrapper.vm.$nextTick()
		const mine = document.querySelector('[data-test="conflict-mine"]')
		const theirs = document.querySelector('[data-test="conflict-theirs"]')
		expect(mine?.textContent).toContain('My paragraph <script>alert(1)</script>')
		expect(mine?.querySelector('script')).toBeNull()
		expect(theirs?.textContent).toContain('Their paragraph')
		expect(document.body.textContent).toContain('revision 9')
		wrapper.unmount()
	})

	it.each([
		['conflict-keep-mine', 'keepMine'],
		['conflict-take-theirs', 'takeTheirs'],
		['conflict-copy', 'copyMine'],
	])('the %s button emits %s once, then the choices are disabled', async (testId, event) => {
		const wrapper = mount(ConflictDialog, { props: { conflict: conflict() }, attachTo: document.body })
		await wrapper.vm.$nextTick()
		const button = document.querySelector<HTMLButtonElement>(`[data-test="${testId}"]`)
		button?.click()
		await wrapper.vm.$nextTick()
		expect(wrapper.emitted(event)).toHaveLength(1)
		expect(button?.disabled).toBe(true)
		wrapper.unmount()
	})
})
