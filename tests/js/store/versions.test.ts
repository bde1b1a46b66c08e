/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../src/api/client'
import * as documentsApi from '../../../src/api/documents'
import type { Version } from '../../../src/api/types'
import * as versionsApi from '../../../src/api/versions'
import { useDocumentStore } from '../../../src/store/document'
import { useVersionsStore } from '../../../src/store/versions'
import { content, detail } from './documentFixtures'

vi.mock('../../../src/api/documents', () => ({ getDocument: vi.fn(), saveDocument: vi.fn(), createDocument: vi.fn() }))
vi.mock('../../../src/api/versions', () => ({ listVersions: vi.fn(), getVersion: vi.fn(), restoreVersion: vi.fn() }))

const getDocument = vi.mocked(documentsApi.getDocument)
const saveDocument = vi.mocked(documentsApi.saveDocument)
const listVersions = vi.mocked(versionsApi.listVersions)
const getVersion = vi.mocked(versionsApi.getVersion)
const restoreVersion = vi.mocked(versionsApi.restoreVersion)

function version(id: number, number: number): Version {
	return { id, number, authorId: 'alice', authorDisplayName: 'Alice', createdAt: 1700000000, hash: 'b'.repeat(64), size: 100, restoredFrom: null }
}

beforeEach(() => {
	setActivePinia(createPinia())
	localStorage.clear()
	vi.resetAllMocks()
})

describe('useVersionsStore', () => {
	it('lists and views versions of the open document', async () => {
		listVersions.mockResolvedValue([version(12, 2), version(11, 1)])
		getVersion.mockResolvedValue({ ...version(11, 1), content: content('First') })
		const store = useVersionsStore()
		await store.load(7)
		expect(store.versions.map((v) => v.number)).toEqual([2, 1])
		await store.view(11)
		expect(getVersion).toHaveBeenCalledWith(7, 11)
		expect(store.viewing?.content.body).toEqual(content('First').body)
	})

	it('restores against the current revision and adopts the result', async () => {
		getDocument.mockResolvedValue(detail(4, 'Now'))
		restoreVersion.mockResolvedValue(detail(5, 'First'))
		listVersions.mockResolvedValue([version(13, 3), version(12, 2), version(11, 1)])
		const document = useDocumentStore()
		await document.open(7)
		const store = useVersionsStore()
		await store.load(7)
		expect(await store.restore(11)).toBe(true)
		expect(restoreVersion).toHaveBeenCalledWith(7, 11, 4)
		expect(document.working?.body).toEqual(content('First').body)
		expect(document.baseRevision).toBe(5)
		expect(store.versions).toHaveLength(3)
	})

	it('saves unsaved typing before restoring so it is kept as a version', async () => {
		getDocument.mockResolvedValue(detail(4, 'Now'))
		saveDocument.mockResolvedValue({ kind: 'saved', document: detail(5, 'Typed') })
		restoreVersion.mockResolvedValue(detail(6, 'First'))
		listVersions.mockResolvedValue([])
		const document = useDocumentStore()
		await document.open(7)
		document.updateBody(content('Typed').body)
		const store = useVersionsStore()
		await store.load(7)
		expect(await store.restore(11)).toBe(true)
		expect(saveDocument).toHaveBeenCalledWith(7, expect.objectContaining({ createVersion: true, baseRevision: 4 }))
		expect(restoreVersion).toHaveBeenCalledWith(7, 11, 5)
	})

	it('does not restore when the unsaved typing hits a conflict', async () => {
		getDocument.mockResolvedValue(detail(4, 'Now'))
		saveDocument.mockResolvedValue({ kind: 'conflict', current: detail(6, 'Theirs'), message: 'Conflict' })
		listVersions.mockResolvedValue([])
		const document = useDocumentStore()
		await document.open(7)
		document.updateBody(content('Typed').body)
		const store = useVersionsStore()
		await store.load(7)
		expect(await store.restore(11)).toBe(false)
		expect(restoreVersion).not.toHaveBeenCalled()
		expect(document.conflict?.mine.body).toEqual(content('Typed').body)
	})

	it('reloads and explains when a restore is refused with 409', async () => {
		getDocument.mockResolvedValueOnce(detail(4, 'Now'))
		getDocument.mockResolvedValueOnce(detail(9, 'Newer'))
		restoreVersion.mockRejectedValue(new ApiError('Conflict', 409))
		listVersions.mockResolvedValue([])
		const document = useDocumentStore()
		await document.open(7)
		const store = useVersionsStore()
		await store.load(7)
		expect(await store.restore(11)).toBe(false)
		expect(document.baseRevision).toBe(9)
		expect(store.error).not.toBeNull()
	})
})
