/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DocumentText from '../../../src/components/DocumentText.vue'
import type { PolicyDocument } from '../../../src/model/types'
import { documentWith } from './fixtures'

describe('DocumentText', () => {
	it('shows markup typed into a document as text, never as HTML', () => {
		const wrapper = mount(DocumentText, { props: { document: documentWith(['<script>window.hacked = 1</script><b>bold?</b>'], '<img src=x onerror=alert(1)>') } })
		expect(wrapper.text()).toContain('<script>window.hacked = 1</script><b>bold?</b>')
		expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>')
		expect(wrapper.find('script').exists()).toBe(false)
		expect(wrapper.find('img').exists()).toBe(false)
		expect(wrapper.find('b').exists()).toBe(false)
	})

	it('marks the text with the document language and lets the browser find the direction', () => {
		const wrapper = mount(DocumentText, { props: { document: { ...documentWith(['مرحبا']), meta: { title: 'سياسة', type: 'policy', language: 'ar' } } } })
		const article = wrapper.get('article')
		expect(article.attributes('lang')).toBe('ar')
		expect(article.attributes('dir')).toBe('auto')
	})

	it('renders headings, lists, tables, marks and footnotes of the model', () => {
		const document: PolicyDocument = {
			...documentWith([]),
			body: {
				type: 'doc',
				content: [
					{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Aim' }] },
					{ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'third' }] }] }] },
					{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Head' }] }] }] }] },
					{
						type: 'paragraph',
						content: [
							{ type: 'text', text: 'strong', marks: [{ type: 'bold' }] },
							{ type: 'footnote', content: [{ type: 'text', text: 'A note' }] },
						],
					},
				],
			},
			attachments: [{ fileId: 5, name: 'Annex.pdf' }],
		}
		const wrapper = mount(DocumentText, { props: { document } })
		expect(wrapper.get('h4').text()).toBe('Aim')
		expect(wrapper.get('ol').attributes('start')).toBe('3')
		expect(wrapper.get('th').text()).toBe('Head')
		expect(wrapper.get('.pd-text--bold').text()).toBe('strong')
		expect(wrapper.get('sup').text()).toBe('[A note]')
		expect(wrapper.text()).toContain('Annex.pdf')
	})
})
