/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PolicyDocument } from '../model/types'
import type { Deleted, DocumentDetail, DocumentList, DocumentScope, DocumentState } from './types'
import { ApiError, apiUrl, ocsRequest } from './client'

export interface ListDocumentsQuery {
	scope: DocumentScope
	type?: PolicyDocument['meta']['type'] | ''
	state?: DocumentState | ''
	search?: string
	limit: number
	offset: number
}

export function listDocuments(query: ListDocumentsQuery): Promise<DocumentList> {
	// Empty filters are left out so the server sees "no filter", not "type=''".
	const params: Record<string, string | number> = { scope: query.scope, limit: query.limit, offset: query.offset }
	if (query.type) {
		params.type = query.type
	}
	if (query.state) {
		params.state = query.state
	}
	if (query.search && query.search.trim() !== '') {
		params.search = query.search.trim()
	}
	return ocsRequest<DocumentList>('get', apiUrl('/documents'), undefined, params)
}

export function createDocument(content: PolicyDocument): Promise<DocumentDetail> {
	return ocsRequest<DocumentDetail>('post', apiUrl('/documents'), { content })
}

export function getDocument(id: number): Promise<DocumentDetail> {
	return ocsRequest<DocumentDetail>('get', apiUrl('/documents/{id}', { id }))
}

export interface SaveRequest {
	baseRevision: number
	content: PolicyDocument
	createVersion: boolean
}

/**
 * The three outcomes of a save. A conflict is an expected answer, not an
 * exception: the caller must show both texts, so it gets the server's
 * current document as a value.
 */
export type SaveResult =
	| { kind: 'saved', document: DocumentDetail }
	| { kind: 'conflict', current: DocumentDetail, message: string }
	| { kind: 'error', error: ApiError }

function conflictCurrent(data: unknown): DocumentDetail | null {
	if (typeof data === 'object' && data !== null && 'current' in data) {
		const current = (data as { current: unknown }).current
		if (typeof current === 'object' && current !== null && 'revision' in current && 'content' in current) {
			return current as DocumentDetail
		}
	}
	return null
}

export async function saveDocument(id: number, request: SaveRequest): Promise<SaveResult> {
	try {
		const document = await ocsRequest<DocumentDetail>('put', apiUrl('/documents/{id}', { id }), request)
		return { kind: 'saved', document }
	} catch (error) {
		const apiError = error instanceof ApiError ? error : new ApiError(String(error), 0)
		const current = apiError.status === 409 ? conflictCurrent(apiError.data) : null
		if (current !== null) {
			return { kind: 'conflict', current, message: apiError.message }
		}
		return { kind: 'error', error: apiError }
	}
}

export function deleteDocument(id: number): Promise<Deleted> {
	return ocsRequest<Deleted>('delete', apiUrl('/documents/{id}', { id }))
}
