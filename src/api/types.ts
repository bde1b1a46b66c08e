/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Wire shapes of the Policy Desk OCS API, taken from the types generated
 * from openapi.json (src/types/openapi/openapi.ts, `npm run openapi:types`).
 *
 * One refinement: openapi.json describes `content.body` as an open object,
 * because the recursive body schema is data (lib/Model/document-schema.json)
 * that the server checks itself. The front end types `content` with the
 * model's PolicyDocument, which is what that check guarantees.
 */
import type { PolicyDocument } from '../model/types'
import type { components, operations } from '../types/openapi/openapi'

type Schemas = components['schemas']

export type DocumentState = Schemas['State']

export type DocumentScope = NonNullable<NonNullable<operations['document-index']['parameters']['query']>['scope']>

export type DocumentSummary = Schemas['DocumentSummary']

export type DocumentDetail = Omit<Schemas['Document'], 'content'> & { content: PolicyDocument }

export type DocumentList = Schemas['DocumentList']

export type Version = Schemas['Version']

export type VersionDetail = Omit<Schemas['VersionWithContent'], 'content'> & { content: PolicyDocument }

export type ShareType = Schemas['ShareType']

export type Share = Schemas['Share']

/** What a DELETE answers: the id of the deleted document or share. */
export type Deleted = Schemas['Deleted']

/**
 * One entry of core's /autocomplete/get answer (the fields we use). This
 * is Nextcloud's API, not ours, so it is not in openapi.json.
 */
export interface AutocompleteEntry {
	id: string
	label: string
	source: string
	subline?: string
}
