// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The WebDAV upload with @nextcloud/axios mocked: what each PUT sends, how a
 * 412 moves on to the next name, and how failures are named.
 */
import axios from '@nextcloud/axios'
import { generateRemoteUrl } from '@nextcloud/router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fileUrl, ODT_MEDIA_TYPE, parseFileId, toUploadError, UploadError, uploadOdt } from '../../../src/export/webdav'

vi.mock('@nextcloud/axios', () => ({ default: { put: vi.fn() } }))
const put = vi.mocked(axios.put)

const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])
const DAV = generateRemoteUrl('dav')

function httpError(status: number) {
	return Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, statusText: '', data: '<d:error/>', headers: {} } })
}

function created(fileId = '00004242ocinstance') {
	return { status: 201, data: '', headers: { 'oc-fileid': fileId } }
}

beforeEach(() => {
	vi.resetAllMocks()
})

describe('fileUrl', () => {
	it('encodes every segment of user, folder and name', () => {
		expect(fileUrl('alice', '/Policies/2026 drafts', 'Budget #1 (v3).odt'))
			.toBe(`${DAV}/files/alice/Policies/2026%20drafts/Budget%20%231%20(v3).odt`)
		expect(fileUrl('user@example.org', '/', 'Miljö?.odt')).toBe(`${DAV}/files/user%40example.org/Milj%C3%B6%3F.odt`)
		expect(fileUrl('alice', '//A//b/', 'x.odt')).toBe(`${DAV}/files/alice/A/b/x.odt`)
	})
})

describe('parseFileId', () => {
	it.each([
		['00004242ocabc123', 4242],
		['123', 123],
		['ocabc', null],
		[undefined, null],
		['00000000oc', null],
	])('%j → %j', (header, expected) => {
		expect(parseFileId(header)).toBe(expected)
	})
})

describe('uploadOdt', () => {
	it('PUTs the bytes as a new ODT file with If-None-Match: *, reporting progress', async () => {
		put.mockImplementation(async (_url, _body, config) => {
			config?.onUploadProgress?.({ loaded: 3, total: 7, bytes: 3, lengthComputable: true })
			config?.onUploadProgress?.({ loaded: 7, total: 7, bytes: 4, lengthComputable: true })
			return created()
		})
		const progress: number[] = []
		const result = await uploadOdt(BYTES, { uid: 'alice', folder: '/Policies', name: 'Miljöpolicy (v3).odt' }, { onProgress: (f) => progress.push(f) })

		expect(put).toHaveBeenCalledTimes(1)
		const [url, body, config] = put.mock.calls[0]!
		expect(url).toBe(`${DAV}/files/alice/Policies/Miljöpolicy%20(v3).odt`.replace('ö', '%C3%B6'))
		expect(config?.headers).toEqual({ 'Content-Type': ODT_MEDIA_TYPE, 'If-None-Match': '*' })
		expect(body).toBeInstanceOf(Blob)
		expect(new Uint8Array(await (body as Blob).arrayBuffer())).toEqual(BYTES)
		expect(progress).toEqual([3 / 7, 1])
		expect(result).toEqual({ name: 'Miljöpolicy (v3).odt', path: '/Policies/Miljöpolicy (v3).odt', fileId: 4242 })
	})

	it('sends only the view of a larger buffer', async () => {
		put.mockResolvedValue(created())
		const buffer = new Uint8Array([9, 9, 1, 2, 3, 9])
		await uploadOdt(buffer.subarray(2, 5), { uid: 'alice', folder: '/', name: 'a.odt' })
		const body = put.mock.calls[0]![1] as Blob
		expect(new Uint8Array(await body.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
	})

	it('on 412 tries "<name> (2).odt", then "(3)", never overwriting', async () => {
		put.mockRejectedValueOnce(httpError(412)).mockRejectedValueOnce(httpError(412)).mockResolvedValueOnce(created('00000077oc'))
		const result = await uploadOdt(BYTES, { uid: 'alice', folder: '/', name: 'Policy (v3).odt' })
		expect(put.mock.calls.map((call) => decodeURIComponent(String(call[0]).slice(DAV.length)))).toEqual([
			'/files/alice/Policy (v3).odt',
			'/files/alice/Policy (v3) (2).odt',
			'/files/alice/Policy (v3) (3).odt',
		])
		for (const call of put.mock.calls) {
			expect(call[2]?.headers).toMatchObject({ 'If-None-Match': '*' })
		}
		expect(result).toEqual({ name: 'Policy (v3) (3).odt', path: '/Policy (v3) (3).odt', fileId: 77 })
	})

	it('gives up after the bounded number of names', async () => {
		put.mockRejectedValue(httpError(412))
		const error = await uploadOdt(BYTES, { uid: 'alice', folder: '/', name: 'P.odt' }, { maxAttempts: 4 }).catch((e) => e)
		expect(put).toHaveBeenCalledTimes(4)
		expect(error).toBeInstanceOf(UploadError)
		expect(error.failure).toBe('name-taken')
	})

	it('returns a null file id when the server sends no OC-FileId', async () => {
		put.mockResolvedValue({ status: 201, data: '', headers: {} })
		expect((await uploadOdt(BYTES, { uid: 'alice', folder: '/A', name: 'p.odt' })).fileId).toBeNull()
	})

	it.each([
		[403, 'forbidden'],
		[401, 'forbidden'],
		[404, 'folder-missing'],
		[409, 'folder-missing'],
		[507, 'quota'],
		[400, 'invalid-name'],
		[423, 'locked'],
		[500, 'server'],
		[502, 'server'],
	])('maps HTTP %i to %s without trying other names', async (status, failure) => {
		put.mockRejectedValue(httpError(status))
		const error = await uploadOdt(BYTES, { uid: 'alice', folder: '/A', name: 'p.odt' }).catch((e) => e)
		expect(put).toHaveBeenCalledTimes(1)
		expect(error).toBeInstanceOf(UploadError)
		expect(error.failure).toBe(failure)
		expect(error.status).toBe(status)
	})

	it('maps a request without an answer to a network failure', async () => {
		put.mockRejectedValue(Object.assign(new Error('Network Error'), { request: {} }))
		const error = await uploadOdt(BYTES, { uid: 'alice', folder: '/A', name: 'p.odt' }).catch((e) => e)
		expect(error.failure).toBe('network')
		expect(error.status).toBe(0)
	})
})

describe('toUploadError', () => {
	it('keeps an UploadError and wraps anything else', () => {
		const original = new UploadError('quota', 507, 'full')
		expect(toUploadError(original)).toBe(original)
		expect(toUploadError('boom').failure).toBe('network')
	})
})
