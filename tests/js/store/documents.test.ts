/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '../../../src/api/documents'
import type { DocumentList } from '../../../src/api/types'
import { PAGE_SIZE, useDocumentsStore } from '../../../src/store/documents'
import { detail } from './documentFixtures'

vi.mock('../../../src/api/documents', () => ({ listDocuments: vi.fn() }))
const listDocuments = vi.mocked(api.listDocuments)

function page(ids: number[], total: number): DocumentList {
	return { documents: ids.map((id) => detail(1, '', id)), total }
}

beforeEach(() => {
	setActivePinia(createPinia())
	vi.resetAllMocks()
})

describe('useDocumentsStore', () => {
	it('asks the server for one page with the current filters', async () => {
		listDocuments.mockResolvedValue(page([1, 2], 60))
		const store = useDocumentsStore()
		await store.setFilters({ scope: 'shared', type: 'declaration', state: 'draft', search: 'klimat' })
		expect(listDocuments).toHaveBeenLastCalledWith({ scope: 'shared', type: 'declaration', state: 'draft', search: 'klimat', limit: PAGE_SIZE, offset: 0 })
		expect(store.documents.map((doc) => doc.id)).toEqual([1, 2])
		expect(store.pageCount).toBe(3)
		expect(store.hasPrevious).toBe(false)
		expect(store.hasNext).toBe(true)
	})

	it('lists documents to review with the filters already chosen, from the first page', async () => {
		listDocuments.mockResolvedValue(page([4, 5], 60))
		const store = useDocumentsStore()
		await store.setFilters({ state: 'in_review', search: 'klimat' })
		await store.goToPage(2)
		await store.setFilters({ scope: 'review' })
		expect(store.scope).toBe('review')
		expect(store.page).toBe(0)
		expect(listDocuments).toHaveBeenLastCalledWith({ scope: 'review', type: '', state: 'in_review', search: 'klimat', limit: PAGE_SIZE, offset: 0 })
		await store.goToPage(1)
		expect(listDocuments).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'review', offset: PAGE_SIZE }))
	})

	it('pages by offset and clamps to the last page', async () => {
		listDocuments.mockResolvedValue(page([3], 60))
		const store = useDocumentsStore()
		await store.fetch()
		await store.goToPage(2)
		expect(listDocuments).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 2 * PAGE_SIZE }))
		expect(store.hasNext).toBe(false)
		await store.goToPage(9)
		expect(store.page).toBe(2)
	})

	it('starts again at the first page when a filter changes', async () => {
		listDocuments.mockResolvedValue(page([3], 60))
		const store = useDocumentsStore()
		await store.fetch()
		await store.goToPage(1)
		await store.setFilters({ type: 'policy' })
		expect(store.page).toBe(0)
		expect(listDocuments).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 0, type: 'policy' }))
	})

	it('ignores an older answer that arrives after a newer one', async () => {
		let answerOld: (list: DocumentList) => void = () => {}
		listDocuments.mockReturnValueOnce(new Promise((resolve) => { answerOld = resolve }))
		listDocuments.mockResolvedValueOnce(page([2], 1))
		const store = useDocumentsStore()
		const old = store.setFilters({ search: 'k' })
		await store.setFilters({ search: 'klimat' })
		answerOld(page([1], 1))
		await old
		expect(store.documents.map((doc) => doc.id)).toEqual([2])
		expect(store.loading).toBe(false)
	})

	it('keeps the list and reports the message when loading fails', async () => {
		listDocuments.mockResolvedValueOnce(page([1], 1))
		listDocuments.mockRejectedValueOnce(new Error('Service unavailable'))
		const store = useDocumentsStore()
		await store.fetch()
		await store.fetch()
		expect(store.error).toBe('Service unavailable')
		expect(store.documents).toHaveLength(1)
	})
})
