// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The review panel against a mocked src/api/review.ts: what each role sees,
 * what each button sends, and how a stale decision is handled.
 */
import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../../src/api/client'
import * as reviewApi from '../../../../src/api/review'
import * as sharesApi from '../../../../src/api/shares'
import * as versionsApi from '../../../../src/api/versions'
import ReviewPanel from '../../../../src/components/review/ReviewPanel.vue'
import { CONTENT_V1, CONTENT_V2, comment, decision, entry, HASH_V1, HASH_V2, review, reviewer, round, versionDetail, VERSIONS } from './fixtures'

vi.mock('../../../../src/api/review', async (importOriginal) => {
	const original = await importOriginal<typeof reviewApi>()
	return {
		...original,
		getReview: vi.fn(),
		submitForReview: vi.fn(),
		resubmitForReview: vi.fn(),
		decide: vi.fn(),
		withdrawReview: vi.fn(),
		listComments: vi.fn(),
		addComment: vi.fn(),
		replyToComment: vi.fn(),
		resolveComment: vi.fn(),
		getHistory: vi.fn(),
		verifyHistory: vi.fn(),
	}
})
vi.mock('../../../../src/api/versions', () => ({ listVersions: vi.fn(), getVersion: vi.fn(), restoreVersion: vi.fn() }))
vi.mock('../../../../src/api/shares', () => ({ autocomplete: vi.fn() }))

const api = {
	getReview: vi.mocked(reviewApi.getReview),
	submitForReview: vi.mocked(reviewApi.submitForReview),
	resubmitForReview: vi.mocked(reviewApi.resubmitForReview),
	decide: vi.mocked(reviewApi.decide),
	withdrawReview: vi.mocked(reviewApi.withdrawReview),
	listComments: vi.mocked(reviewApi.listComments),
	addComment: vi.mocked(reviewApi.addComment),
	replyToComment: vi.mocked(reviewApi.replyToComment),
	resolveComment: vi.mocked(reviewApi.resolveComment),
	getHistory: vi.mocked(reviewApi.getHistory),
	verifyHistory: vi.mocked(reviewApi.verifyHistory),
	listVersions: vi.mocked(versionsApi.listVersions),
	getVersion: vi.mocked(versionsApi.getVersion),
	autocomplete: vi.mocked(sharesApi.autocomplete),
}

let wrapper: VueWrapper | null = null

async function mountPanel(props: Record<string, unknown> = {}) {
	wrapper = mount(ReviewPanel, { props: { documentId: 7, ...props }, attachTo: document.body })
	await flushPromises()
	return wrapper
}

/** The button whose visible text contains `label`. */
function button(w: VueWrapper, label: string) {
	const found = w.findAll('button').find((b) => b.text().includes(label))
	if (!found) {
		throw new Error(`no button "${label}" in: ${w.findAll('button').map((b) => b.text()).join(' | ')}`)
	}
	return found
}

beforeEach(() => {
	setActivePinia(createPinia())
	vi.resetAllMocks()
	api.getReview.mockResolvedValue(review())
	api.listComments.mockResolvedValue([])
	api.getHistory.mockResolvedValue([])
	api.listVersions.mockResolvedValue(VERSIONS)
	api.getVersion.mockImplementation(async (_doc, id) => versionDetail(id))
})

afterEach(() => {
	wrapper?.unmount()
	wrapper = null
	document.body.innerHTML = ''
})

describe('ReviewPanel: status', () => {
	it('shows each reviewer status in words, with stale approvals marked stale', async () => {
		api.getReview.mockResolvedValue(review({
			round: round({
				reviewers: [reviewer(1, 'Bob', 'stale'), reviewer(2, 'Carol', 'approved'), reviewer(3, 'Dan', 'changes_requested'), reviewer(4, 'Eve', 'waiting')],
				decisions: [decision(2, 'Carol', 'approve', HASH_V2, false), decision(1, 'Bob', 'approve', HASH_V1, true)],
				approvals: 1,
				required: 4,
			}),
		}))
		const w = await mountPanel()
		const items = w.findAll('.pd-review__reviewer').map((li) => li.text().replace(/\s+/g, ' '))
		expect(items).toEqual([
			'Bob ↻ Approved an older version: asked to review again',
			'Carol ✓ Approved',
			'Dan ✎ Changes requested',
			'Eve … Not asked yet',
		])
		// The symbols are decoration; the words carry the status.
		expect(w.find('.pd-review__reviewer [aria-hidden="true"]').text()).toBe('↻')
		expect(w.text()).toContain('All reviewers must approve (1 of 4 approvals)')
		expect(w.text()).toContain('State: In review')
		const decisions = w.findAll('.pd-review__decisions li').map((li) => li.text())
		expect(decisions[0]).toContain('Version 2 (2222bbbb)')
		expect(decisions[0]).not.toContain('stale')
		expect(decisions[1]).toContain('Version 1 (1111aaaa)')
		expect(decisions[1]).toContain('stale: made on an older version, no longer counts')
	})

	it('says when a document was never submitted', async () => {
		api.getReview.mockResolvedValue(review({ state: 'draft', role: 'author', canDecide: false, canSubmit: true, round: null }))
		const w = await mountPanel()
		expect(w.text()).toContain('This document has not been sent for review.')
		expect(w.text()).toContain('State: Draft')
		expect(w.find('.pd-decision').exists()).toBe(false)
	})
})

describe('ReviewPanel: decisions', () => {
	it('names the version a decision applies to and sends its hash', async () => {
		api.decide.mockResolvedValue(review({ canDecide: false }))
		const w = await mountPanel()
		expect(w.find('.pd-decision').text()).toContain('Your decision applies to Version 2 (2222bbbb).')
		await button(w, 'Approve Version 2 (2222bbbb)').trigger('click')
		await flushPromises()
		expect(api.decide).toHaveBeenCalledWith(7, 'approve', HASH_V2, undefined)
		expect(w.find('.pd-decision').exists()).toBe(false)
	})

	it('requires a comment to request changes', async () => {
		const w = await mountPanel()
		await button(w, 'Request changes').trigger('click')
		await flushPromises()
		expect(api.decide).not.toHaveBeenCalled()
		expect(w.find('[role="alert"]').text()).toContain('a comment is required to request changes')
		expect(w.find('.pd-decision textarea').attributes('aria-invalid')).toBe('true')

		api.decide.mockResolvedValue(review({ state: 'changes_requested', canDecide: false }))
		await w.find('.pd-decision textarea').setValue('  Please cite the climate plan.  ')
		await button(w, 'Request changes').trigger('click')
		await flushPromises()
		expect(api.decide).toHaveBeenCalledWith(7, 'request_changes', HASH_V2, 'Please cite the climate plan.')
		expect(w.text()).toContain('State: Changes requested')
	})

	it('on a stale version: explains and reloads the review', async () => {
		api.decide.mockRejectedValue(new ApiError('The document changed.', 409, { message: 'The document changed.', reason: 'stale_version', currentHash: 'f'.repeat(64) }))
		const w = await mountPanel()
		api.getReview.mockResolvedValue(review({ currentHash: 'f'.repeat(64), currentVersionId: 13 }))
		api.listVersions.mockResolvedValue([{ ...VERSIONS[0]!, id: 13, number: 3, hash: 'f'.repeat(64) }, ...VERSIONS])
		await button(w, 'Approve').trigger('click')
		await flushPromises()
		expect(w.text()).toContain('The document changed after you opened it, so your decision was not recorded.')
		expect(api.getReview).toHaveBeenCalledTimes(2)
		// The buttons now name the new version.
		expect(w.find('.pd-decision').text()).toContain('Version 3 (ffffffff)')
	})

	it('shows other refusals as the server worded them', async () => {
		api.decide.mockRejectedValue(new ApiError('It is not your turn yet.', 409, { message: 'It is not your turn yet.', reason: 'not_your_turn', currentHash: HASH_V2 }))
		const w = await mountPanel()
		await button(w, 'Approve').trigger('click')
		await flushPromises()
		expect(w.text()).toContain('It is not your turn yet.')
		expect(api.getReview).toHaveBeenCalledTimes(1)
	})
})

describe('ReviewPanel: submitting', () => {
	it('submits chosen people and groups with the rule and options', async () => {
		vi.useFakeTimers()
		try {
			api.getReview.mockResolvedValue(review({ state: 'draft', role: 'author', canDecide: false, canSubmit: true, round: null }))
			api.autocomplete.mockResolvedValue([
				{ type: 'user', shareWith: 'bob', displayName: 'Bob Berg', subline: '' },
				{ type: 'group', shareWith: 'legal', displayName: 'Legal', subline: '' },
			])
			api.submitForReview.mockResolvedValue(review({ role: 'author', canDecide: false }))
			const w = await mountPanel()
			expect(button(w, 'Submit for review').attributes('disabled')).toBeDefined()
			expect(w.text()).toContain('Choose at least one reviewer.')

			await w.find('input[type="search"]').setValue('b')
			await vi.advanceTimersByTimeAsync(300)
			await flushPromises()
			expect(api.autocomplete).toHaveBeenCalledWith(7, 'b')
			await button(w, 'Add Bob Berg').trigger('click')
			// Adding clears the search; Bob is not offered again.
			expect((w.find('input[type="search"]').element as HTMLInputElement).value).toBe('')
			await w.find('input[type="search"]').setValue('l')
			await vi.advanceTimersByTimeAsync(300)
			await flushPromises()
			expect(w.findAll('.pd-submit__results button').map((b) => b.text())).toEqual(['Add group Legal'])
			await button(w, 'Add group Legal').trigger('click')
			await w.find('.pd-submit__mode select').setValue('every')
			await w.find('input[type="radio"][value="quorum"]').setValue()
			await w.find('input[type="number"]').setValue(3)
			expect(w.text()).toContain('The number of approvals must be between 1 and 2.')
			await w.find('input[type="number"]').setValue(2)
			const [sequential, requireResolved] = w.findAll('.pd-submit__check input')
			await sequential!.setValue(true)
			await requireResolved!.setValue(true)
			// In order: Legal first.
			await w.find('button[aria-label="Move Legal up"]').trigger('click')
			expect(w.findAll('.pd-submit__chosen li').map((li) => li.find('.pd-submit__name').text().replace(/\s+/g, ' '))).toEqual(['1. Legal (group)', '2. Bob Berg (person)'])
			await button(w, 'Submit for review').trigger('click')
			await flushPromises()
			expect(api.submitForReview).toHaveBeenCalledWith(7, {
				reviewers: [{ type: 'group', id: 'legal', groupMode: 'every' }, { type: 'user', id: 'bob' }],
				rule: 'quorum',
				quorum: 2,
				sequential: true,
				requireResolved: true,
				versionHash: HASH_V2,
			})
			expect(w.text()).toContain('State: In review')
		} finally {
			vi.useRealTimers()
		}
	})

	it('lets an author resubmit and withdraw (with a confirmation step)', async () => {
		api.getReview.mockResolvedValue(review({ state: 'changes_requested', role: 'author', canDecide: false, canResubmit: true, canWithdraw: true }))
		api.resubmitForReview.mockResolvedValue(review({ role: 'author', canDecide: false, canWithdraw: true }))
		api.withdrawReview.mockResolvedValue(review({ state: 'withdrawn', role: 'author', canDecide: false, canSubmit: true }))
		const w = await mountPanel()
		await w.find('#pd-review-resubmit-comment').setValue('Cited the plan.')
		await button(w, 'Resubmit Version 2 (2222bbbb)').trigger('click')
		await flushPromises()
		expect(api.resubmitForReview).toHaveBeenCalledWith(7, HASH_V2, 'Cited the plan.')

		await button(w, 'Withdraw from review…').trigger('click')
		expect(api.withdrawReview).not.toHaveBeenCalled()
		await button(w, 'Withdraw').trigger('click')
		await flushPromises()
		expect(api.withdrawReview).toHaveBeenCalledWith(7, undefined)
		expect(w.text()).toContain('State: Withdrawn')
	})
})

describe('ReviewPanel: what changed', () => {
	it('compares the version the reviewer last reviewed with the current one, as ins/del elements', async () => {
		api.getReview.mockResolvedValue(review({ round: round({ myLastReviewedHash: HASH_V1, myLastReviewedVersionId: 11 }) }))
		const w = await mountPanel()
		const selects = w.findAll('.pd-diff__pickers select')
		expect((selects[0]!.element as HTMLSelectElement).value).toBe('11')
		expect((selects[1]!.element as HTMLSelectElement).value).toBe('12')
		const changed = w.find('.pd-diff__block--changed')
		expect(changed.find('del').text()).toBe('[deleted: minska end of deletion]')
		expect(changed.find('ins').text()).toBe('[inserted: halvera end of insertion]')
		// The words are visible; the brackets and labels only for screen readers.
		expect(changed.find('ins .pd-sr-only').exists()).toBe(true)
		expect(changed.text()).toContain('± Changed: Paragraph')
		expect(w.text()).toContain('1 changed, 0 added, 0 removed blocks; 1 words added, 1 removed')
	})

	it('can compare any two versions, and says when both sides are the same', async () => {
		const w = await mountPanel()
		const selects = w.findAll('.pd-diff__pickers select')
		await selects[0]!.setValue('12')
		await flushPromises()
		expect(w.text()).toContain('Both sides show the same version.')
		await selects[0]!.setValue('11')
		await flushPromises()
		expect(w.find('.pd-diff ins').exists()).toBe(true)
		expect(api.getVersion).toHaveBeenCalledWith(7, 11)
	})
})

describe('ReviewPanel: what changed besides the text', () => {
	it('shows metadata and attachment changes in words, with ins/del', async () => {
		api.getReview.mockResolvedValue(review({ round: round({ myLastReviewedHash: HASH_V1, myLastReviewedVersionId: 11 }) }))
		api.getVersion.mockImplementation(async (_doc, id) => {
			const detail = versionDetail(id)
			if (id === 12) {
				detail.content = {
					...detail.content,
					meta: { ...detail.content.meta, title: 'Miljöpolicy 2030', signatories: [{ name: 'Anna Ek', title: 'Ordförande' }] },
					attachments: [{ fileId: 5, name: 'Bilaga 1.pdf' }],
				}
			}
			return detail
		})
		const w = await mountPanel()
		const meta = w.find('.pd-diff__meta')
		expect(meta.findAll('dt').map((dt) => dt.text())).toEqual(['Title', 'Signatories'])
		expect(meta.find('dd ins').text()).toContain('2030')
		expect(meta.findAll('dd')[1]!.find('ins').text()).toContain('Anna Ek, Ordförande')
		expect(w.find('.pd-diff__attachments').text()).toContain('Added: Bilaga 1.pdf')
	})
})

describe('ReviewPanel: comments', () => {
	it('shows threads with replies and resolves them', async () => {
		const anchored = comment(1, 'Which plan?', { versionHash: HASH_V2, anchor: { blockPath: [1], start: 11, end: 17, quote: 'halvera' } })
		api.listComments.mockResolvedValue([anchored, comment(2, 'The 2030 plan.', { parentId: 1, authorDisplayName: 'Alice' }), comment(3, '<img src=x onerror=alert(1)>')])
		api.resolveComment.mockResolvedValue({ ...anchored, resolved: true, resolvedBy: 'bob', resolvedAt: 1_700_000_999 })
		const w = await mountPanel()
		const threads = w.findAll('.pd-comments__thread')
		expect(threads).toHaveLength(2)
		expect(threads[0]!.find('blockquote').text()).toBe('halvera')
		expect(threads[0]!.text()).toContain('Passage of version 2222bbbb')
		expect(threads[0]!.find('.pd-comments__replies').text()).toContain('The 2030 plan.')
		expect(threads[0]!.text()).toContain('Open')
		// User text is text, never markup.
		expect(threads[1]!.find('img').exists()).toBe(false)
		expect(threads[1]!.text()).toContain('<img src=x onerror=alert(1)>')
		expect(w.text()).toContain('(2 open)')

		await button(threads[0]! as unknown as VueWrapper, 'Resolve').trigger('click')
		await flushPromises()
		expect(api.resolveComment).toHaveBeenCalledWith(7, 1, true)
		expect(w.findAll('.pd-comments__thread')[0]!.text()).toContain('Resolved')
		expect(w.text()).toContain('(1 open)')
		// Resolving may complete the review: it is re-read.
		expect(api.getReview).toHaveBeenCalledTimes(2)
	})

	it('says what became of a passage commented on in an older version', async () => {
		const on = (id: number, quote: string, blockPath: number[]) => comment(id, 'Note', { versionHash: HASH_V1, anchor: { blockPath, start: 0, end: quote.length, quote } })
		api.listComments.mockResolvedValue([on(1, 'Slut.', [2]), on(2, 'Slut.', [1]), on(3, 'minska', [1])])
		// The open document is version 2: "minska" became "halvera".
		const w = await mountPanel({ current: CONTENT_V2 })
		const captions = w.findAll('.pd-comments__quote figcaption').map((c) => c.text().replace(/\s+/g, ' '))
		expect(captions[0]).toContain('Passage of version 1111aaaa · an older version · the passage is unchanged in the current text')
		expect(captions[1]).toContain('the passage has moved in the current text')
		expect(captions[2]).toContain('the passage has changed or was removed since')
	})

	it('replies to a thread', async () => {
		api.listComments.mockResolvedValue([comment(1, 'Why?')])
		api.replyToComment.mockResolvedValue(comment(5, 'Because.', { parentId: 1 }))
		const w = await mountPanel()
		await button(w, 'Reply').trigger('click')
		await w.find('.pd-comments__thread textarea').setValue('Because.')
		await button(w, 'Send reply').trigger('click')
		await flushPromises()
		expect(api.replyToComment).toHaveBeenCalledWith(7, 1, 'Because.')
		expect(w.find('.pd-comments__replies').text()).toContain('Because.')
	})

	it('anchors a comment to a whole paragraph with the keyboard', async () => {
		api.addComment.mockImplementation(async (_doc, message, versionHash, anchor) => comment(9, message, { versionHash: versionHash ?? null, anchor: anchor ?? null }))
		const w = await mountPanel()
		await button(w, 'Comment on a passage…').trigger('click')
		await flushPromises()
		expect(api.getVersion).toHaveBeenCalledWith(7, 12)
		const block = w.findAll('.pd-comments__block')[1]!
		expect(block.text()).toBe('Staden ska halvera utsläppen.')
		await block.trigger('keydown', { key: 'Enter' })
		expect(w.find('.pd-comments__pending').text()).toContain('Staden ska halvera utsläppen.')
		await w.find('.pd-comments__form textarea').setValue('Too ambitious?')
		await button(w, 'Add comment').trigger('click')
		await flushPromises()
		expect(api.addComment).toHaveBeenCalledWith(7, 'Too ambitious?', HASH_V2, { blockPath: [1], start: 0, end: 29, quote: 'Staden ska halvera utsläppen.' })
	})

	it('anchors a comment to selected words, counting offsets in the block text', async () => {
		api.addComment.mockImplementation(async (_doc, message, versionHash, anchor) => comment(9, message, { versionHash: versionHash ?? null, anchor: anchor ?? null }))
		const w = await mountPanel()
		await button(w, 'Comment on a passage…').trigger('click')
		await flushPromises()
		const textNode = w.findAll('.pd-comments__block')[1]!.element.querySelector('span')!.firstChild!
		const range = document.createRange()
		range.setStart(textNode, 11)
		range.setEnd(textNode, 18)
		const selection = window.getSelection()!
		selection.removeAllRanges()
		selection.addRange(range)
		document.dispatchEvent(new Event('selectionchange'))
		await flushPromises()
		expect(w.find('.pd-comments__pending q').text()).toBe('halvera')
		await w.find('.pd-comments__form textarea').setValue('Why halve?')
		await button(w, 'Add comment').trigger('click')
		await flushPromises()
		expect(api.addComment).toHaveBeenCalledWith(7, 'Why halve?', HASH_V2, { blockPath: [1], start: 11, end: 18, quote: 'halvera' })
	})

	it('adds a document comment and refuses one over the limit', async () => {
		api.addComment.mockResolvedValue(comment(4, 'General remark'))
		const w = await mountPanel()
		const textarea = w.find('.pd-comments__form textarea')
		await textarea.setValue('x'.repeat(4001))
		expect(button(w, 'Add comment').attributes('disabled')).toBeDefined()
		expect(textarea.attributes('aria-invalid')).toBe('true')
		await textarea.setValue('General remark')
		await button(w, 'Add comment').trigger('click')
		await flushPromises()
		expect(api.addComment).toHaveBeenCalledWith(7, 'General remark', undefined, undefined)
		expect(w.findAll('.pd-comments__thread')).toHaveLength(1)
	})

	it('offers no comment form to someone who is neither author nor reviewer', async () => {
		api.getReview.mockResolvedValue(review({ role: 'other', canDecide: false }))
		const w = await mountPanel()
		expect(w.find('.pd-comments__form').exists()).toBe(false)
	})
})

describe('ReviewPanel: trail', () => {
	it('lists every entry and verifies the chain, saying the result in words', async () => {
		api.getHistory.mockResolvedValue([
			entry(1, 'submit', 'draft', 'in_review', 'Alice'),
			entry(2, 'request_changes', 'in_review', 'changes_requested', 'Bob', 'Cite the plan.'),
			entry(3, 'resubmit', 'changes_requested', 'in_review', 'Alice'),
		])
		api.verifyHistory.mockResolvedValue({ valid: true, length: 3, firstBrokenIndex: null, problem: null, headHash: '3'.repeat(64) })
		const w = await mountPanel()
		const entries = w.findAll('.pd-timeline__entry').map((li) => li.text().replace(/\s+/g, ' '))
		expect(entries).toHaveLength(3)
		expect(entries[0]).toContain('Alice: Submitted for review')
		expect(entries[0]).toContain('Draft → In review')
		expect(entries[0]).toContain('version 2222bbbb')
		expect(entries[1]).toContain('Bob: Requested changes')
		expect(entries[1]).toContain('Cite the plan.')
		await button(w, 'Verify trail').trigger('click')
		await flushPromises()
		expect(w.find('.pd-timeline__result').text()).toContain('The trail is intact: 3 entries, latest hash 33333333.')

		api.verifyHistory.mockResolvedValue({ valid: false, length: 3, firstBrokenIndex: 1, problem: 'prev_hash', headHash: null })
		await button(w, 'Verify trail').trigger('click')
		await flushPromises()
		expect(w.find('.pd-timeline__result').text()).toContain('The trail has been altered: entry 2 of 3 does not link to the entry before it.')

		api.verifyHistory.mockResolvedValue({ valid: false, length: 3, firstBrokenIndex: 3, problem: 'head', headHash: null })
		await button(w, 'Verify trail').trigger('click')
		await flushPromises()
		expect(w.find('.pd-timeline__result').text()).toContain('entries after entry 3 are missing')
	})
})

describe('ReviewPanel: without a version row for the current text', () => {
	it('diffs against the open document passed in', async () => {
		api.getReview.mockResolvedValue(review({ currentVersionId: null, currentHash: 'e'.repeat(64), round: round({ myLastReviewedVersionId: 12, myLastReviewedHash: HASH_V2 }) }))
		const w = await mountPanel({ current: CONTENT_V1 })
		const selects = w.findAll('.pd-diff__pickers select')
		expect((selects[1]!.element as HTMLSelectElement).value).toBe('-1')
		expect(w.find('.pd-diff ins').text()).toContain('minska')
	})
})
