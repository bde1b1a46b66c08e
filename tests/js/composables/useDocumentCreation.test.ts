/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDocument } from '../../../src/api/documents'
import type { DocumentDetail } from '../../../src/api/types'
import { useDocumentCreation } from '../../../src/composables/useDocumentCreation'
import type { PolicyDocument } from '../../../src/model/types'

vi.mock('../../../src/api/documents', () => ({ createDocument: vi.fn() }))

const content = {
	schemaVersion: 1,
	meta: { title: 'Tree policy', type: 'policy', language: 'en' },
	attachments: [],
	body: { type: 'doc', content: [{ type: 'paragraph' }] },
} as PolicyDocument
const stored = { id: 7, title: 'Tree policy' } as DocumentDetail

describe('useDocumentCreation', () => {
	beforeEach(() => vi.mocked(createDocument).mockReset())

	it('stores the built content and hands the stored document on', async () => {
		vi.mocked(createDocument).mockResolvedValue(stored)
		const onCreated = vi.fn()
		const { busy, error, create } = useDocumentCreation(onCreated)
		const pending = create(() => content)
		expect(busy.value).toBe(true)
		await pending
		expect(createDocument).toHaveBeenCalledWith(content)
		expect(onCreated).toHaveBeenCalledWith(stored)
		expect(busy.value).toBe(false)
		expect(error.value).toBeNull()
	})

	it('sends one request at a time', async () => {
		let release: (document: DocumentDetail) => void = () => {}
		vi.mocked(createDocument).mockReturnValue(new Promise((resolve) => { release = resolve }))
		const { create } = useDocumentCreation(vi.fn())
		const first = create(() => content)
		await create(() => content)
		release(stored)
		await first
		expect(createDocument).toHaveBeenCalledTimes(1)
	})

	it('keeps a failed request or a failed build as a message and clears it on the next try', async () => {
		vi.mocked(createDocument).mockRejectedValueOnce(new Error('Request failed with status code 413'))
		const onCreated = vi.fn()
		const { busy, error, create } = useDocumentCreation(onCreated)
		await create(() => content)
		expect(error.value).toBe('Could not create the document: Request failed with status code 413')
		expect(busy.value).toBe(false)

		await create(() => {
			throw new Error('unknown template')
		})
		expect(error.value).toBe('Could not create the document: unknown template')
		expect(createDocument).toHaveBeenCalledTimes(1)

		vi.mocked(createDocument).mockResolvedValueOnce(stored)
		await create(() => content)
		expect(error.value).toBeNull()
		expect(onCreated).toHaveBeenCalledOnce()
	})
})
