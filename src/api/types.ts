/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Wire shapes of the Policy Desk OCS API as the front end sees them.
 * Until openapi.json and src/types/openapi/openapi.ts are generated from
 * the controllers these mirror the team brief; once they exist these
 * aliases point at the generated schemas instead.
 */
import type { PolicyDocument } from '../model/types'

export type DocumentState = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'withdrawn'

export type DocumentScope = 'mine' | 'shared'

export interface DocumentSummary {
	id: number
	title: string
	type: PolicyDocument['meta']['type']
	language: string
	state: DocumentState
	ownerId: string
	ownerDisplayName: string
	createdAt: number
	updatedAt: number
	revision: number
}

export interface DocumentDetail extends DocumentSummary {
	content: PolicyDocument
	hash: string
	latestVersionId: number | null
	canEdit: boolean
	canShare: boolean
}

export interface DocumentList {
	documents: DocumentSummary[]
	total: number
}

export interface Version {
	id: number
	number: number
	authorId: string
	authorDisplayName: string
	createdAt: number
	hash: string
	size: number
	restoredFrom: number | null
}

export interface VersionDetail extends Version {
	content: PolicyDocument
}

export type ShareType = 'user' | 'group'

export interface Share {
	id: number
	type: ShareType
	shareWith: string
	displayName: string
	role: 'coauthor'
}

/** One entry of core's /autocomplete/get answer (the fields we use). */
export interface AutocompleteEntry {
	id: string
	label: string
	source: string
	subline?: string
}
