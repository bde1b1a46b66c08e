/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { DocumentDetail, Version, VersionDetail } from './types'
import { apiUrl, ocsRequest } from './client'

/** Newest first, as the server sends them. */
export async function listVersions(documentId: number): Promise<Version[]> {
	const data = await ocsRequest<{ versions: Version[] }>('get', apiUrl('/documents/{id}/versions', { id: documentId }))
	return data.versions
}

export function getVersion(documentId: number, versionId: number): Promise<VersionDetail> {
	return ocsRequest<VersionDetail>('get', apiUrl('/documents/{id}/versions/{versionId}', { id: documentId, versionId }))
}

/** Creates a new version with the old one's content; a stale baseRevision answers 409 (ApiError). */
export function restoreVersion(documentId: number, versionId: number, baseRevision: number): Promise<DocumentDetail> {
	return ocsRequest<DocumentDetail>('post', apiUrl('/documents/{id}/versions/{versionId}/restore', { id: documentId, versionId }), { baseRevision })
}
