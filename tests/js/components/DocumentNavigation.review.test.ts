/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '../../../src/api/documents'
import DocumentNavigation from '../../../src/components/DocumentNavigation.vue'
import { useDocumentsStore } from '../../../src/store/documents'

vi.mock('../../../src/api/documents', () => ({ listDocuments: vi.fn() }))
const listDocuments = vi.mocked(api.listDocuments)

beforeEach(() => {
	setActivePinia(createPinia())
	vi.resetAllMocks()
	listDocuments.mockResolvedValue({ documents: [], total: 0 })
})

describe('DocumentNavigation: documents to review', () => {
	it('offers "To review" next to the other lists and asks the server for scope=review', async () => {
		const wrapper = mount(DocumentNavigation, { props: { activeId: null } })
		const item = wrapper.find('[data-test="scope-review"]')
		expect(item.text()).toBe('To review')

		await item.find('a').trigger('click')
		await flushPromises()

		expect(listDocuments).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'review', offset: 0 }))
		expect(useDocumentsStore().scope).toBe('review')
		expect(wrapper.find('[data-test="scope-review"] a').attributes('aria-current')).toBe('page')
		expect(wrapper.find('[data-test="scope-mine"] a').attributes('aria-current')).toBeUndefined()
		expect(wrapper.find('.app-navigation-caption').text()).toBe('To review')
		expect(wrapper.findAll('[data-test^="scope-"]').map((node) => node.text())).toEqual(['My documents', 'Shared with me', 'To review'])
	})
})
