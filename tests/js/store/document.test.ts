/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../src/api/client'
import * as api from '../../../src/api/documents'
import { AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_MS, OFFLINE_RETRY_MS, useDocumentStore } from '../../../src/store/document'
import { readDraft } from '../../../src/store/draftStorage'
import { content, detail } from './documentFixtures'

vi.mock('../../../src/api/documents', () => ({
	deleteDocument: vi.fn(),
	getDocument: vi.fn(),
	saveDocument: vi.fn(),
	createDocument: vi.fn(),
}))

const getDocument = vi.mocked(api.getDocument)
const saveDocument = vi.mocked(api.saveDocument)
const createDocument = vi.mocked(api.createDocument)

function bodyOf(text: string) {
	return content(text).body
}

beforeEach(() => {
	setActivePinia(createPinia())
	localStorage.clear()
	vi.useFakeTimers()
	vi.resetAllMocks()
})

afterEach(() => {
	vi.useRealTimers()
})

describe('useDocumentStore', () => {
	it('opens a document as saved and clean', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		const store = useDocumentStore()
		await store.open(7)
		expect(store.id).toBe(7)
		expect(store.baseRevision).toBe(3)
		expect(store.dirty).toBe(false)
		expect(store.status).toBe('saved')
	})

	it('autosaves after 2 s idle without creating a version, based on the open revision', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValue({ kind: 'saved', document: detail(4, 'Hello world') })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('Hello world'))
		expect(store.status).toBe('unsaved')
		await vi.advanceTimersByTimeAsync(AUTOSAVE_IDLE_MS - 1)
		expect(saveDocument).not.toHaveBeenCalled()
		await vi.advanceTimersByTimeAsync(1)
		expect(saveDocument).toHaveBeenCalledTimes(1)
		expect(saveDocument).toHaveBeenCalledWith(7, { baseRevision: 3, content: content('Hello world'), createVersion: false })
		expect(store.baseRevision).toBe(4)
		expect(store.status).toBe('saved')
		expect(readDraft(7)).toBeNull()
	})

	it('saves at least every 20 s while someone keeps typing', async () => {
		getDocument.mockResolvedValue(detail(1, ''))
		saveDocument.mockImplementation(async (_id, request) => ({ kind: 'saved', document: { ...detail(request.baseRevision + 1, ''), content: request.content } }))
		const store = useDocumentStore()
		await store.open(7)
		// A keystroke every second never leaves 2 s idle.
		for (let second = 1; second <= AUTOSAVE_MAX_MS / 1000; second++) {
			store.updateBody(bodyOf('x'.repeat(second)))
			await vi.advanceTimersByTimeAsync(1000)
		}
		expect(saveDocument).toHaveBeenCalledTimes(1)
		expect(saveDocument.mock.calls[0]?.[1].createVersion).toBe(false)
	})

	it('keeps unsaved text in localStorage until the server confirms it', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		let confirm: (result: api.SaveResult) => void = () => {}
		saveDocument.mockReturnValue(new Promise((resolve) => { confirm = resolve }))
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('typed text'))
		await vi.advanceTimersByTimeAsync(AUTOSAVE_IDLE_MS)
		expect(store.status).toBe('saving')
		expect(readDraft(7)?.content.body).toEqual(bodyOf('typed text'))
		expect(readDraft(7)?.baseRevision).toBe(3)
		confirm({ kind: 'saved', document: detail(4, 'typed text') })
		await vi.advanceTimersByTimeAsync(0)
		expect(readDraft(7)).toBeNull()
	})

	it('keeps text typed during a save dirty and saves it next', async () => {
		getDocument.mockResolvedValue(detail(3, 'a'))
		let confirm: (result: api.SaveResult) => void = () => {}
		saveDocument.mockReturnValueOnce(new Promise((resolve) => { confirm = resolve }))
		saveDocument.mockResolvedValueOnce({ kind: 'saved', document: detail(5, 'abc') })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('ab'))
		await vi.advanceTimersByTimeAsync(AUTOSAVE_IDLE_MS)
		store.updateBody(bodyOf('abc'))
		confirm({ kind: 'saved', document: detail(4, 'ab') })
		await vi.advanceTimersByTimeAsync(0)
		expect(store.dirty).toBe(true)
		expect(readDraft(7)?.content.body).toEqual(bodyOf('abc'))
		await vi.advanceTimersByTimeAsync(AUTOSAVE_IDLE_MS)
		expect(saveDocument).toHaveBeenCalledTimes(2)
		expect(saveDocument.mock.calls[1]?.[1].baseRevision).toBe(4)
		expect(store.dirty).toBe(false)
	})

	it('"Save version" asks for a version even without edits', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValue({ kind: 'saved', document: detail(4, 'Hello') })
		const store = useDocumentStore()
		await store.open(7)
		await store.save(true)
		expect(saveDocument).toHaveBeenCalledWith(7, expect.objectContaining({ createVersion: true, baseRevision: 3 }))
	})

	it('holds both texts on 409; keep mine saves again on the new revision', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		const theirs = detail(5, 'Their text')
		saveDocument.mockResolvedValueOnce({ kind: 'conflict', current: theirs, message: 'Conflict' })
		saveDocument.mockResolvedValueOnce({ kind: 'saved', document: detail(6, 'My text') })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('My text'))
		await store.save(true)
		expect(store.status).toBe('conflict')
		expect(store.canEdit).toBe(false)
		expect(store.conflict?.mine.body).toEqual(bodyOf('My text'))
		expect(store.conflict?.theirs.content.body).toEqual(bodyOf('Their text'))
		expect(readDraft(7)?.content.body).toEqual(bodyOf('My text'))
		// No autosave may overwrite the conflict.
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_MS)
		expect(saveDocument).toHaveBeenCalledTimes(1)

		await store.keepMine()
		expect(saveDocument).toHaveBeenLastCalledWith(7, { baseRevision: 5, content: content('My text'), createVersion: true })
		expect(store.status).toBe('saved')
		expect(store.baseRevision).toBe(6)
		expect(readDraft(7)).toBeNull()
	})

	it('take theirs replaces the working copy and is clean', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValueOnce({ kind: 'conflict', current: detail(5, 'Their text'), message: 'Conflict' })
		const store = useDocumentStore()
		await store.open(7)
		const before = store.replaceCount
		store.updateBody(bodyOf('My text'))
		await store.save(false)
		store.takeTheirs()
		expect(store.working?.body).toEqual(bodyOf('Their text'))
		expect(store.baseRevision).toBe(5)
		expect(store.status).toBe('saved')
		expect(store.replaceCount).toBeGreaterThan(before)
	})

	it('copy mine creates a new document with my text, then continues with theirs', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValueOnce({ kind: 'conflict', current: detail(5, 'Their text'), message: 'Conflict' })
		createDocument.mockResolvedValue(detail(1, 'My text', 99))
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('My text'))
		await store.save(false)
		const copy = await store.copyMineToNew()
		expect(copy?.id).toBe(99)
		const sent = createDocument.mock.calls[0]?.[0]
		expect(sent?.body).toEqual(bodyOf('My text'))
		expect(sent?.meta.title).toContain('Climate policy')
		expect(sent?.meta.title).not.toBe('Climate policy')
		expect(store.working?.body).toEqual(bodyOf('Their text'))
	})

	it('a failed copy keeps the conflict open', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValueOnce({ kind: 'conflict', current: detail(5, 'Their text'), message: 'Conflict' })
		createDocument.mockRejectedValue(new ApiError('Quota', 507))
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('My text'))
		await store.save(false)
		await expect(store.copyMineToNew()).rejects.toThrow('Quota')
		expect(store.conflict?.mine.body).toEqual(bodyOf('My text'))
	})

	it('goes offline on network errors, keeps the text and retries', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValueOnce({ kind: 'error', error: new ApiError('Network Error', 0) })
		saveDocument.mockResolvedValueOnce({ kind: 'saved', document: detail(4, 'Offline text') })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('Offline text'))
		await vi.advanceTimersByTimeAsync(AUTOSAVE_IDLE_MS)
		expect(store.status).toBe('offline')
		expect(store.working?.body).toEqual(bodyOf('Offline text'))
		expect(readDraft(7)?.content.body).toEqual(bodyOf('Offline text'))
		await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS)
		expect(saveDocument).toHaveBeenCalledTimes(2)
		expect(store.status).toBe('saved')
	})

	it('shows the server message on a refused save and keeps the text', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValueOnce({ kind: 'error', error: new ApiError('body.content[0].attrs.level is invalid', 400) })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('Bad'))
		await store.save(false)
		expect(store.status).toBe('error')
		expect(store.lastError).toBe('body.content[0].attrs.level is invalid')
		expect(store.dirty).toBe(true)
		expect(readDraft(7)?.content.body).toEqual(bodyOf('Bad'))
	})

	it('restores a local draft on reopen when the server has not moved', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockReturnValue(new Promise(() => {}))
		const first = useDocumentStore()
		await first.open(7)
		first.updateBody(bodyOf('typed before the crash'))
		first.close()

		setActivePinia(createPinia())
		const second = useDocumentStore()
		await second.open(7)
		expect(second.working?.body).toEqual(bodyOf('typed before the crash'))
		expect(second.status).toBe('unsaved')
		expect(second.conflict).toBeNull()
	})

	it('turns a local draft into a conflict when the server moved on meanwhile', async () => {
		getDocument.mockResolvedValueOnce(detail(3, 'Hello'))
		const first = useDocumentStore()
		await first.open(7)
		first.updateBody(bodyOf('typed offline'))
		first.close()

		setActivePinia(createPinia())
		getDocument.mockResolvedValueOnce(detail(8, 'Saved by someone else'))
		const second = useDocumentStore()
		await second.open(7)
		expect(second.status).toBe('conflict')
		expect(second.conflict?.mine.body).toEqual(bodyOf('typed offline'))
		expect(second.conflict?.theirs.revision).toBe(8)
	})

	it('forgets a deleted document, its timers and its local draft', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		vi.mocked(api.deleteDocument).mockResolvedValue({ id: 7 })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('typed'))
		store.keepLocally()
		expect(readDraft(7)).not.toBeNull()
		await store.remove()
		expect(api.deleteDocument).toHaveBeenCalledWith(7)
		expect(store.id).toBeNull()
		expect(readDraft(7)).toBeNull()
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_MS)
		expect(saveDocument).not.toHaveBeenCalled()
	})

	it('keeps the document when the server refuses to delete it', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		vi.mocked(api.deleteDocument).mockRejectedValue(new ApiError('Only the owner can delete a document', 403))
		const store = useDocumentStore()
		await store.open(7)
		await expect(store.remove()).rejects.toThrow('Only the owner')
		expect(store.id).toBe(7)
	})

	it('updates metadata immutably and marks the document dirty', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		const store = useDocumentStore()
		await store.open(7)
		const before = store.working
		store.updateMeta({ reference: 'KS 2005/00123' })
		expect(store.working).not.toBe(before)
		expect(before?.meta.reference).toBeUndefined()
		expect(store.working?.meta.reference).toBe('KS 2005/00123')
		expect(store.dirty).toBe(true)
	})
	it('saves unsaved text before leaving the document, then shows nothing', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValue({ kind: 'saved', document: detail(4, 'Hello world') })
		const store = useDocumentStore()
		await store.open(7)
		// Like the editor: the body typed since the last pause is sent once.
		let pending = true
		const flush = vi.fn(() => {
			if (pending) {
				pending = false
				store.updateBody(bodyOf('Hello world'))
			}
		})
		store.setFlushHook(flush)
		await store.leave()
		expect(flush).toHaveBeenCalled()
		expect(saveDocument).toHaveBeenCalledTimes(1)
		expect(saveDocument).toHaveBeenCalledWith(7, { baseRevision: 3, createVersion: false, content: content('Hello world') })
		expect(store.id).toBeNull()
		expect(store.working).toBeNull()
		expect(readDraft(7)).toBeNull()
		// No autosave timer of the left document fires later.
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_MS)
		expect(saveDocument).toHaveBeenCalledTimes(1)
	})

	it('keeps the text locally when the save on leaving fails', async () => {
		getDocument.mockResolvedValue(detail(3, 'Hello'))
		saveDocument.mockResolvedValue({ kind: 'error', error: new ApiError('Network Error', 0) })
		const store = useDocumentStore()
		await store.open(7)
		store.updateBody(bodyOf('Hello offline'))
		await store.leave()
		expect(store.id).toBeNull()
		expect(readDraft(7)?.content).toEqual(content('Hello offline'))
		expect(readDraft(7)?.baseRevision).toBe(3)
		await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS)
		expect(saveDocument).toHaveBeenCalledTimes(1)
	})

	it('does not show a document whose answer arrives after the user left it', async () => {
		let answer: (value: ReturnType<typeof detail>) => void = () => {}
		getDocument.mockReturnValue(new Promise((resolve) => { answer = resolve }))
		const store = useDocumentStore()
		const opening = store.open(7)
		expect(store.loading).toBe(true)
		await store.leave()
		answer(detail(3, 'Late'))
		await opening
		expect(store.id).toBeNull()
		expect(store.loading).toBe(false)
	})

	it('tells a missing or invisible document (404) from other failures', async () => {
		getDocument.mockRejectedValueOnce(new ApiError('Document not found', 404))
		const store = useDocumentStore()
		await store.open(99)
		expect(store.notFound).toBe(true)
		expect(store.loadError).toBe('Document not found')
		getDocument.mockRejectedValueOnce(new ApiError('Internal Server Error', 500))
		await store.open(98)
		expect(store.notFound).toBe(false)
		expect(store.loadStatus).toBe(500)
		await store.leave()
		expect(store.loadError).toBeNull()
	})
})
