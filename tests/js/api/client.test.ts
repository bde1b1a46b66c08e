/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import axios from '@nextcloud/axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, toApiError } from '../../../src/api/client'
import { deleteDocument, listDocuments, saveDocument } from '../../../src/api/documents'
import { autocomplete, removeShare } from '../../../src/api/shares'
import { detail } from '../store/documentFixtures'

vi.mock('@nextcloud/axios', () => ({ default: { request: vi.fn() } }))
const request = vi.mocked(axios.request)

function ocs(data: unknown, statuscode = 200) {
	return { ocs: { meta: { status: statuscode < 300 ? 'ok' : 'failure', statuscode, message: '' }, data } }
}

function httpError(status: number, body: unknown) {
	return Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, statusText: '', data: body } })
}

beforeEach(() => {
	vi.resetAllMocks()
})

describe('toApiError', () => {
	it('takes the message from ocs.data.message', () => {
		const error = toApiError(httpError(400, ocs({ message: 'body.content[3].attrs.level: must be 1, 2 or 3' }, 400)))
		expect(error).toBeInstanceOf(ApiError)
		expect(error.status).toBe(400)
		expect(error.message).toBe('body.content[3].attrs.level: must be 1, 2 or 3')
	})

	it('falls back to ocs.meta.message, then to the HTTP status', () => {
		expect(toApiError(httpError(404, { ocs: { meta: { status: 'failure', statuscode: 404, message: 'Document not found' }, data: [] } })).message).toBe('Document not found')
		expect(toApiError(httpError(413, 'too large')).message).toBe('HTTP 413')
	})

	it('marks a request without an answer as a network error', () => {
		const error = toApiError(new Error('Network Error'))
		expect(error.status).toBe(0)
		expect(error.isNetworkError).toBe(true)
	})
})

describe('endpoint functions', () => {
	it('list leaves out empty filters and unwraps ocs.data', async () => {
		request.mockResolvedValue({ data: ocs({ documents: [], total: 0 }) })
		const result = await listDocuments({ scope: 'mine', type: '', state: '', search: '  ', limit: 25, offset: 50 })
		expect(result).toEqual({ documents: [], total: 0 })
		const config = request.mock.calls[0]?.[0]
		expect(config?.method).toBe('get')
		expect(config?.url).toContain('/apps/policydesk/api/v1/documents')
		expect(config?.params).toEqual({ scope: 'mine', limit: 25, offset: 50 })
	})

	it('save returns saved, conflict with the current document, or error', async () => {
		const current = detail(5, 'Theirs')
		request.mockResolvedValueOnce({ data: ocs(detail(4, 'Mine')) })
		request.mockRejectedValueOnce(httpError(409, ocs({ message: 'The document changed', current }, 409)))
		request.mockRejectedValueOnce(httpError(413, ocs({ message: 'Body too large' }, 413)))
		const body = { baseRevision: 3, content: detail(3, 'Mine').content, createVersion: false }

		const saved = await saveDocument(7, body)
		expect(saved.kind).toBe('saved')
		expect(request.mock.calls[0]?.[0]).toMatchObject({ method: 'put', data: body })

		const conflict = await saveDocument(7, body)
		expect(conflict).toEqual({ kind: 'conflict', current, message: 'The document changed' })

		const failed = await saveDocument(7, body)
		expect(failed.kind).toBe('error')
		expect(failed.kind === 'error' && failed.error.status).toBe(413)
	})

	it('autocomplete asks core for users and groups and maps them to share targets', async () => {
		request.mockResolvedValue({
			data: ocs([
				{ id: 'bob', label: 'Bob', source: 'users' },
				{ id: 'council', label: 'City council', source: 'groups' },
				{ id: 'x@y', label: 'Remote', source: 'remotes' },
			]),
		})
		const result = await autocomplete(7, 'bo')
		const config = request.mock.calls[0]?.[0]
		expect(config?.url).toContain('/core/autocomplete/get')
		expect(config?.params).toMatchObject({ search: 'bo', itemType: 'policydesk', itemId: '7', shareTypes: [0, 1] })
		expect(result).toEqual([
			{ type: 'user', shareWith: 'bob', displayName: 'Bob', subline: '' },
			{ type: 'group', shareWith: 'council', displayName: 'City council', subline: '' },
		])
	})
})

describe('DELETE answers', () => {
	it('return the id of the deleted document or share (openapi.json: Deleted)', async () => {
		request.mockResolvedValueOnce({ data: ocs({ id: 7 }) })
		await expect(deleteDocument(7)).resolves.toEqual({ id: 7 })
		expect(request).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'delete', url: expect.stringMatching(/\/apps\/policydesk\/api\/v1\/documents\/7$/) }))

		request.mockResolvedValueOnce({ data: ocs({ id: 3 }) })
		await expect(removeShare(7, 3)).resolves.toEqual({ id: 3 })
		expect(request).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'delete', url: expect.stringMatching(/\/documents\/7\/shares\/3$/) }))
	})
})
