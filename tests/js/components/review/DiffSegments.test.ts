// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import DiffSegments from '../../../../src/components/review/DiffSegments'
import type { DiffSegment } from '../../../../src/model/diff'

function render(segments: DiffSegment[]): string {
	return mount({ render: () => h('div', [h(DiffSegments, { segments })]) }).html()
}

describe('DiffSegments', () => {
	it('shows each mark with its element, innermost first', () => {
		expect(render([
			{ op: 'equal', text: 'a', marks: [{ type: 'bold' }, { type: 'italic' }] },
			{ op: 'equal', text: 'b', marks: [{ type: 'underline' }, { type: 'strike' }, { type: 'code' }] },
		])).toBe('<div><em><strong>a</strong></em><code><s><u>b</u></s></code></div>')
	})

	it('marks changes for assistive technology and shows link targets as text', () => {
		expect(render([
			{ op: 'insert', text: 'new' },
			{ op: 'delete', text: 'old', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }], footnote: true },
		])).toBe('<div>'
			+ '<ins class="pd-diff__ins"><span class="pd-sr-only">[inserted: </span>new<span class="pd-sr-only"> end of insertion]</span></ins>'
			+ '<del class="pd-diff__del"><span class="pd-sr-only">[deleted: </span><span class="pd-diff__footnote"><span class="pd-sr-only">Footnote: </span>'
			+ '<span class="pd-diff__link" title="https://example.org/a">old<span class="pd-sr-only"> (https://example.org/a)</span></span></span>'
			+ '<span class="pd-sr-only"> end of deletion]</span></del>'
			+ '</div>')
	})
})
