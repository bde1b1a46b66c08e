/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Saving an export into the user's Files over WebDAV.
 *
 * Every PUT carries `If-None-Match: *` (RFC 7232 §3.2): the server creates the
 * file only if nothing exists under that name and answers 412 Precondition
 * Failed otherwise. So an existing file is never overwritten, not even one
 * created by someone else a moment ago; on 412 we try the next free name,
 * "<Title> (v3) (2).odt", a bounded number of times.
 */
import axios from '@nextcloud/axios'
import { generateRemoteUrl } from '@nextcloud/router'
import { numberedName } from './fileName'

export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text'

/** How many names we try before giving up ("… (20).odt"). */
export const MAX_NAME_ATTEMPTS = 20

/**
 * Why a save failed, for the message and the remedy the user is offered:
 * - forbidden: no permission to create files in the folder (403), or the session is gone (401)
 * - folder-missing: the folder was deleted or moved (404, or Sabre's 409 for a missing parent)
 * - quota: not enough space (507)
 * - invalid-name: the server refused the name (400)
 * - locked: the folder or file is locked (423)
 * - name-taken: every candidate name already existed
 * - network: no answer at all
 * - server: anything else
 */
export type UploadFailure = 'forbidden' | 'folder-missing' | 'quota' | 'invalid-name' | 'locked' | 'name-taken' | 'network' | 'server'

export class UploadError extends Error {

	constructor(
		public readonly failure: UploadFailure,
		/** HTTP status, 0 when there was no answer. */
		public readonly status: number,
		message: string,
	) {
		super(message)
		this.name = 'UploadError'
	}

}

export interface UploadTarget {
	uid: string
	/** Folder inside the user's Files, as the file picker gives it: "/" or "/Policies/2026". */
	folder: string
	name: string
}

export interface UploadedFile {
	/** The name actually used (differs from the asked one after a 412). */
	name: string
	/** Folder and name, e.g. "/Policies/Parking policy (v3).odt". */
	path: string
	/** From the OC-FileId header; null when the server did not send one. */
	fileId: number | null
}

export interface UploadOptions {
	/** Fraction of the current attempt's bytes sent, 0…1. */
	onProgress?: (fraction: number) => void
	maxAttempts?: number
}

/** Folder segments without empty parts: "/a//b/" → ["a", "b"]. */
function segments(folder: string): string[] {
	return folder.split('/').filter((part) => part !== '')
}

export function joinPath(folder: string, name: string): string {
	return '/' + [...segments(folder), name].join('/')
}

/** The DAV URL of a file in the user's Files, every segment percent-encoded. */
export function fileUrl(uid: string, folder: string, name: string): string {
	const parts = ['files', uid, ...segments(folder), name].map(encodeURIComponent)
	return generateRemoteUrl('dav') + '/' + parts.join('/')
}

/**
 * Nextcloud's OC-FileId is the file id zero-padded to eight digits followed by
 * the instance id ("00004242ocabc123"); the leading digits are the id.
 */
export function parseFileId(header: unknown): number | null {
	if (typeof header !== 'string') {
		return null
	}
	const digits = /^\d+/.exec(header)?.[0]
	if (digits === undefined) {
		return null
	}
	const id = Number.parseInt(digits, 10)
	return Number.isSafeInteger(id) && id > 0 ? id : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null
}

function statusOf(error: unknown): number | null {
	if (!isRecord(error)) {
		return null
	}
	if (!isRecord(error.response)) {
		return 0
	}
	return typeof error.response.status === 'number' ? error.response.status : 0
}

const FAILURES: Record<number, UploadFailure> = {
	400: 'invalid-name',
	401: 'forbidden',
	403: 'forbidden',
	404: 'folder-missing',
	409: 'folder-missing',
	423: 'locked',
	507: 'quota',
}

export function toUploadError(error: unknown): UploadError {
	if (error instanceof UploadError) {
		return error
	}
	const status = statusOf(error) ?? 0
	const message = error instanceof Error ? error.message : String(error)
	if (status === 0) {
		return new UploadError('network', 0, message)
	}
	return new UploadError(FAILURES[status] ?? 'server', status, message)
}

/**
 * PUT `bytes` as a new file; on 412 (the name exists) try the next name.
 *
 * @throws UploadError
 */
export async function uploadOdt(bytes: Uint8Array, target: UploadTarget, options: UploadOptions = {}): Promise<UploadedFile> {
	const attempts = options.maxAttempts ?? MAX_NAME_ATTEMPTS
	// A Blob, not the Uint8Array: axios would send a view's whole underlying buffer.
	const body = new Blob([bytes as BlobPart], { type: ODT_MEDIA_TYPE })
	for (let attempt = 1; attempt <= attempts; attempt++) {
		const name = numberedName(target.name, attempt)
		try {
			const response = await axios.put(fileUrl(target.uid, target.folder, name), body, {
				headers: { 'Content-Type': ODT_MEDIA_TYPE, 'If-None-Match': '*' },
				onUploadProgress: (event) => {
					if (options.onProgress && event.total) {
						options.onProgress(Math.min(1, event.loaded / event.total))
					}
				},
			})
			return { name, path: joinPath(target.folder, name), fileId: parseFileId(response.headers?.['oc-fileid']) }
		} catch (error) {
			if (statusOf(error) === 412) {
				continue
			}
			throw toUploadError(error)
		}
	}
	throw new UploadError('name-taken', 412, `${attempts} names were taken`)
}
