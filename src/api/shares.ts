/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateOcsUrl } from '@nextcloud/router'
import type { AutocompleteEntry, Deleted, Share, ShareType } from './types'
import { apiUrl, ocsRequest } from './client'

export async function listShares(documentId: number): Promise<Share[]> {
	const data = await ocsRequest<{ shares: Share[] }>('get', apiUrl('/documents/{id}/shares', { id: documentId }))
	return data.shares
}

export function addShare(documentId: number, type: ShareType, shareWith: string): Promise<Share> {
	return ocsRequest<Share>('post', apiUrl('/documents/{id}/shares', { id: documentId }), { type, shareWith })
}

export function removeShare(documentId: number, shareId: number): Promise<Deleted> {
	return ocsRequest<Deleted>('delete', apiUrl('/documents/{id}/shares/{shareId}', { id: documentId, shareId }))
}

/** Core share types: 0 = user, 1 = group (IShare::TYPE_USER / TYPE_GROUP). */
const SHARE_TYPE_USER = 0
const SHARE_TYPE_GROUP = 1

export interface AutocompleteResult {
	type: ShareType
	shareWith: string
	displayName: string
	subline: string
}

/** People and groups from Nextcloud's own autocomplete API (not ours). */
export async function autocomplete(documentId: number, search: string): Promise<AutocompleteResult[]> {
	const entries = await ocsRequest<AutocompleteEntry[]>('get', generateOcsUrl('/core/autocomplete/get'), undefined, {
		search,
		itemType: 'policydesk',
		itemId: String(documentId),
		shareTypes: [SHARE_TYPE_USER, SHARE_TYPE_GROUP],
		limit: 10,
	})
	return entries
		.filter((entry) => entry.source === 'users' || entry.source === 'groups')
		.map((entry) => ({
			type: entry.source === 'groups' ? 'group' : 'user',
			shareWith: entry.id,
			displayName: entry.label,
			subline: entry.subline ?? '',
		}))
}
