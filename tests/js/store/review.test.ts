/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../src/api/client'
import * as documentsApi from '../../../src/api/documents'
import * as reviewApi from '../../../src/api/review'
import * as versionsApi from '../../../src/api/versions'
import { useDocumentStore } from '../../../src/store/document'
import { useReviewStore } from '../../../src/store/review'
import { comment, review } from '../components/review/fixtures'
import { content, detail } from './documentFixtures'

vi.mock('../../../src/api/documents', () => ({ getDocument: vi.fn(), saveDocument: vi.fn(), createDocument: vi.fn() }))
vi.mock('../../../src/api/versions', () => ({ listVersions: vi.fn(), getVersion: vi.fn(), restoreVersion: vi.fn() }))
vi.mock('../../../src/api/review', async (importOriginal) => {
	const original = await importOriginal<typeof reviewApi>()
	return { ...original, getReview: vi.fn(), submitForReview: vi.fn(), resubmitForReview: vi.fn(), decide: vi.fn(), listComments: vi.fn(), getHistory: vi.fn(), resolveComment: vi.fn() }
})

const getDocument = vi.mocked(documentsApi.getDocument)
const saveDocument = vi.mocked(documentsApi.saveDocument)
const getReview = vi.mocked(reviewApi.getReview)
const submitForReview = vi.mocked(reviewApi.submitForReview)
const decide = vi.mocked(reviewApi.decide)
const resolveComment = vi.mocked(reviewApi.resolveComment)

beforeEach(() => {
	setActivePinia(createPinia())
	localStorage.clear()
	vi.resetAllMocks()
	vi.mocked(reviewApi.listComments).mockResolvedValue([])
	vi.mocked(reviewApi.getHistory).mockResolvedValue([])
	vi.mocked(versionsApi.listVersions).mockResolvedValue([])
})

describe('useReviewStore', () => {
	it('saves typing that waits for autosave before submitting, and submits the saved hash', async () => {
		getDocument.mockResolvedValue(detail(3, 'Before'))
		const document = useDocumentStore()
		await document.open(7)
		document.updateBody(content('Typed just now').body)
		expect(document.dirty).toBe(true)

		getReview.mockResolvedValueOnce(review({ state: 'draft', role: 'author', canSubmit: true, canDecide: false, round: null, currentHash: 'a'.repeat(64) }))
		const store = useReviewStore()
		await store.load(7)

		saveDocument.mockResolvedValue({ kind: 'saved', document: { ...detail(4, 'Typed just now'), hash: 'c'.repeat(64) } })
		getReview.mockResolvedValueOnce(review({ state: 'draft', role: 'author', canSubmit: true, canDecide: false, round: null, currentHash: 'c'.repeat(64) }))
		submitForReview.mockResolvedValue(review({ role: 'author', canDecide: false, currentHash: 'c'.repeat(64) }))
		expect(await store.submit({ reviewers: [{ type: 'user', id: 'bob' }] })).toBe(true)

		expect(saveDocument).toHaveBeenCalledWith(7, { baseRevision: 3, content: content('Typed just now'), createVersion: false })
		expect(submitForReview).toHaveBeenCalledWith(7, { reviewers: [{ type: 'user', id: 'bob' }], versionHash: 'c'.repeat(64) })
		expect(saveDocument.mock.invocationCallOrder[0]).toBeLessThan(submitForReview.mock.invocationCallOrder[0]!)
		expect(store.review?.state).toBe('in_review')
	})

	it('does not submit when the typing could not be saved', async () => {
		getDocument.mockResolvedValue(detail(3, 'Before'))
		const document = useDocumentStore()
		await document.open(7)
		document.updateBody(content('Typed just now').body)
		getReview.mockResolvedValue(review({ state: 'draft', role: 'author', canSubmit: true, canDecide: false, round: null }))
		const store = useReviewStore()
		await store.load(7)
		saveDocument.mockResolvedValue({ kind: 'error', error: new ApiError('Disk full', 500) })
		expect(await store.submit({ reviewers: [{ type: 'user', id: 'bob' }] })).toBe(false)
		expect(submitForReview).not.toHaveBeenCalled()
		expect(store.error).toContain('could not be saved')
	})

	it('groups replies under their comment and counts open threads', async () => {
		getReview.mockResolvedValue(review())
		vi.mocked(reviewApi.listComments).mockResolvedValue([comment(1, 'A'), comment(2, 'B', { resolved: true }), comment(3, 'reply to A', { parentId: 1 })])
		const store = useReviewStore()
		await store.load(7)
		expect(store.threads.map((thread) => [thread.comment.message, thread.replies.map((r) => r.message)])).toEqual([['A', ['reply to A']], ['B', []]])
		expect(store.unresolvedCount).toBe(1)
		resolveComment.mockResolvedValue(comment(1, 'A', { resolved: true }))
		await store.resolve(1, true)
		expect(store.unresolvedCount).toBe(0)
	})

	it('on a stale decision, shows the server\'s current text in the open document', async () => {
		getDocument.mockResolvedValueOnce(detail(3, 'Version one'))
		const document = useDocumentStore()
		await document.open(7)
		getReview.mockResolvedValue(review())
		const store = useReviewStore()
		await store.load(7)
		decide.mockRejectedValue(new ApiError('Changed.', 409, { message: 'Changed.', reason: 'stale_version', currentHash: 'f'.repeat(64) }))
		getDocument.mockResolvedValueOnce(detail(4, 'Version two'))
		expect(await store.decide('approve', 'a'.repeat(64))).toBe(false)
		expect(store.staleNotice).toContain('your decision was not recorded')
		expect(document.working).toEqual(content('Version two'))
		expect(document.baseRevision).toBe(4)
	})

	it('never replaces unsaved typing when a decision turns out stale', async () => {
		getDocument.mockResolvedValueOnce(detail(3, 'Version one'))
		const document = useDocumentStore()
		await document.open(7)
		document.updateBody(content('typing').body)
		getReview.mockResolvedValue(review())
		const store = useReviewStore()
		await store.load(7)
		decide.mockRejectedValue(new ApiError('Changed.', 409, { message: 'Changed.', reason: 'stale_version', currentHash: 'f'.repeat(64) }))
		getDocument.mockResolvedValueOnce(detail(4, 'Version two'))
		expect(await store.decide('approve', 'a'.repeat(64))).toBe(false)
		expect(document.working).toEqual(content('typing'))
	})

	it('keeps the decision form usable after a refusal that is not about staleness', async () => {
		getReview.mockResolvedValue(review())
		const store = useReviewStore()
		await store.load(7)
		decide.mockRejectedValue(new ApiError('Say what should change.', 400, { message: 'Say what should change.' }))
		expect(await store.decide('request_changes', 'x'.repeat(64), '')).toBe(false)
		expect(store.error).toBe('Say what should change.')
		expect(store.staleNotice).toBeNull()
		expect(store.busy).toBe(false)
	})
})
