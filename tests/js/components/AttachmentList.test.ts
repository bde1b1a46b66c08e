/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import AttachmentList from '../../../src/components/AttachmentList.vue'
import type { Attachment } from '../../../src/model/types'

const picked = vi.fn()
const showError = vi.fn()

// The file picker is Nextcloud's; the component's job is what it does with the picked nodes.
vi.mock('../../../src/composables/notify', () => ({
	loadDialogs: async () => ({
		showError,
		getFilePickerBuilder: () => {
			const builder = {
				setMultiSelect: () => builder,
				allowDirectories: () => builder,
				addButton: () => builder,
				build: () => ({ pickNodes: picked }),
			}
			return builder
		},
	}),
}))

const two: Attachment[] = [{ fileId: 11, name: 'Budget.pdf' }, { fileId: 12, name: 'Map.png' }]

function buttonByLabel(wrapper: ReturnType<typeof mount>, label: string) {
	const button = wrapper.findAll('button').find((candidate) => candidate.attributes('aria-label') === label)
	if (!button) {
		throw new Error(`no button "${label}"`)
	}
	return button
}

beforeEach(() => {
	// Nextcloud pages set the web root; here the instance runs at the server root.
	(window as unknown as { _oc_webroot: string })._oc_webroot = ''
	picked.mockReset()
	showError.mockReset()
})

describe('AttachmentList', () => {
	it('numbers attachments and links each to Files by file id', () => {
		const wrapper = mount(AttachmentList, { props: { attachments: two } })
		const items = wrapper.findAll('li')
		expect(items.map((item) => item.find('.pd-attachments__label').text())).toEqual(['Attachment 1', 'Attachment 2'])
		expect(items[1]?.get('a').attributes('href')).toBe('/index.php/f/12')
		expect(items[1]?.get('a').text()).toBe('Map.png')
	})

	it('reorders and removes, so the numbers follow the order', async () => {
		const wrapper = mount(AttachmentList, { props: { attachments: two } })
		await buttonByLabel(wrapper, 'Move attachment 2 up').trigger('click')
		expect(wrapper.emitted('update')?.[0]).toEqual([[two[1], two[0]]])
		await buttonByLabel(wrapper, 'Remove attachment 1').trigger('click')
		expect(wrapper.emitted('update')?.[1]).toEqual([[two[1]]])
		expect(buttonByLabel(wrapper, 'Move attachment 1 up').attributes('disabled')).toBeDefined()
	})

	it('adds picked files once each, by file id and name', async () => {
		picked.mockResolvedValue([
			{ fileid: 12, basename: 'Map.png' },
			{ fileid: 13, basename: 'Survey.ods' },
			{ fileid: 13, basename: 'Survey.ods' },
		])
		const wrapper = mount(AttachmentList, { props: { attachments: two } })
		await wrapper.get('[data-test="attach-file"]').trigger('click')
		await vi.waitFor(() => expect(wrapper.emitted('update')).toBeTruthy())
		expect(wrapper.emitted('update')?.[0]).toEqual([[...two, { fileId: 13, name: 'Survey.ods' }]])
	})

	it('changes nothing when the picker is closed', async () => {
		picked.mockRejectedValue(new Error('closed'))
		const wrapper = mount(AttachmentList, { props: { attachments: two } })
		await wrapper.get('[data-test="attach-file"]').trigger('click')
		await new Promise((resolve) => setTimeout(resolve, 0))
		expect(wrapper.emitted('update')).toBeUndefined()
	})

	it('offers no changes when read-only', () => {
		const wrapper = mount(AttachmentList, { props: { attachments: two, readonly: true } })
		expect(wrapper.find('[data-test="attach-file"]').exists()).toBe(false)
		expect(wrapper.findAll('button')).toHaveLength(0)
	})
})
