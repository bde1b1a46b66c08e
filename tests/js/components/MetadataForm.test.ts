/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MetadataForm from '../../../src/components/MetadataForm.vue'
import type { DocumentMeta } from '../../../src/model/types'

const meta: DocumentMeta = {
	title: 'Internationell policy',
	type: 'policy',
	language: 'sv',
	signatories: [{ name: 'Anders Ek', title: 'Kommunstyrelsens ordförande' }],
}

function inputByLabel(wrapper: ReturnType<typeof mount>, label: string) {
	const labelElement = wrapper.findAll('label').find((candidate) => candidate.text() === label)
	if (!labelElement) {
		throw new Error(`no label "${label}"`)
	}
	return wrapper.get(`#${labelElement.attributes('for')}`)
}

describe('MetadataForm', () => {
	it('labels every field', () => {
		const wrapper = mount(MetadataForm, { props: { meta } })
		for (const label of ['Document type', 'Language of the document (BCP 47)', 'Reference number', 'Responsible unit', 'Decision body', 'Place', 'Keywords (separated by commas)', 'Name of signatory 1', 'Title of signatory 1', 'Name of new signatory', 'Title of new signatory']) {
			expect(inputByLabel(wrapper, label).element).toBeTruthy()
		}
	})

	it('sends a language only once it is a valid BCP 47 tag', async () => {
		const wrapper = mount(MetadataForm, { props: { meta } })
		const language = inputByLabel(wrapper, 'Language of the document (BCP 47)')
		await language.setValue('sq-')
		expect(wrapper.emitted('update')).toBeUndefined()
		expect(wrapper.text()).toContain('Use a language tag such as')
		await language.setValue('sq-AL')
		expect(wrapper.emitted('update')?.at(-1)).toEqual([{ language: 'sq-AL' }])
	})

	it('splits keywords at commas and drops empty ones', async () => {
		const wrapper = mount(MetadataForm, { props: { meta } })
		await inputByLabel(wrapper, 'Keywords (separated by commas)').setValue('digital rights, , open data ,')
		expect(wrapper.emitted('update')?.at(-1)).toEqual([{ keywords: ['digital rights', 'open data'] }])
	})

	it('adds a signatory only with a name, and removes one', async () => {
		const wrapper = mount(MetadataForm, { props: { meta } })
		const add = wrapper.findAll('button').find((button) => button.text() === 'Add signatory')
		expect(add?.attributes('disabled')).toBeDefined()
		await inputByLabel(wrapper, 'Name of new signatory').setValue('  Eva Lind ')
		await add?.trigger('click')
		expect(wrapper.emitted('update')?.at(-1)).toEqual([{ signatories: [meta.signatories?.[0], { name: 'Eva Lind' }] }])
		const remove = wrapper.findAll('button').find((button) => button.attributes('aria-label') === 'Remove signatory 1')
		await remove?.trigger('click')
		expect(wrapper.emitted('update')?.at(-1)).toEqual([{ signatories: [] }])
	})

	it('never sends an empty signatory name', async () => {
		const wrapper = mount(MetadataForm, { props: { meta } })
		await inputByLabel(wrapper, 'Name of signatory 1').setValue('')
		expect(wrapper.emitted('update')).toBeUndefined()
	})
})
