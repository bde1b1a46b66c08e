/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What an export writes: the text the user sees, with the number of the
 * saved version it equals and its hash.
 */
import { t } from '@nextcloud/l10n'
import type { DocumentDetail, DocumentState, Version } from '../api/types'
import type { ExportSource } from '../composables/useOdtExport'
import { documentHash } from '../model/canonical'
import type { PolicyDocument } from '../model/types'

/**
 * States whose text is final: no "Draft" mark in the page header. A state
 * added later (e.g. a signed state) that is final belongs here too.
 */
export const FINAL_STATES: readonly DocumentState[] = ['approved']

export interface SourceInput {
	server: DocumentDetail
	/** The working copy, including the editor's latest typing. */
	working: PolicyDocument
	listVersions: (documentId: number) => Promise<Version[]>
}

/**
 * The version number is the saved version whose hash equals the exported
 * text's hash; a text with changes in no version gets none (and says so),
 * rather than a number that would name different content. "Final" needs
 * both a final state and the text the server holds: unsaved edits to an
 * approved document are not what was approved.
 */
export async function gatherSource(input: SourceInput): Promise<ExportSource> {
	// A plain copy: the working copy may be a Vue proxy and must not change under the writer.
	const document = JSON.parse(JSON.stringify(input.working)) as PolicyDocument
	const versionHash = await documentHash(document)
	const warnings: string[] = []
	let versionNumber: number | undefined
	try {
		const versions = await input.listVersions(input.server.id)
		versionNumber = versions.find((version) => version.hash === versionHash)?.number
		if (versionNumber === undefined) {
			warnings.push(t('policydesk', 'The text has changes that are in no saved version, so the file has no version number. Save a version and export again to number it.'))
		}
	} catch (error) {
		warnings.push(t('policydesk', 'The list of versions could not be read, so the file has no version number: {message}', { message: error instanceof Error ? error.message : String(error) }))
	}
	const final = FINAL_STATES.includes(input.server.state) && versionHash === input.server.hash
	return { document, versionHash, versionNumber, final, warnings }
}
