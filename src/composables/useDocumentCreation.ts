/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The "create" step shared by the dialogs that make a new document (from a
 * template, from a Markdown file): one request at a time, and a failure kept
 * as a message in the dialog so the user's input stays and they can retry.
 */
import { t } from '@nextcloud/l10n'
import { ref } from 'vue'
import { createDocument } from '../api/documents'
import type { DocumentDetail } from '../api/types'
import type { PolicyDocument } from '../model/types'

/**
 * @param onCreated receives the stored document (the dialog emits it and closes)
 */
export function useDocumentCreation(onCreated: (document: DocumentDetail) => void) {
	const busy = ref(false)
	/** A message for the user, or null; the dialog may also put its own messages here. */
	const error = ref<string | null>(null)

	/**
	 * Build the content and store it as a new document. Building runs inside
	 * the same guard as the request, so a template or conversion that throws
	 * is reported like a failed request.
	 *
	 * @param build returns the content of version 1
	 */
	async function create(build: () => PolicyDocument): Promise<void> {
		if (busy.value) {
			return
		}
		busy.value = true
		error.value = null
		try {
			onCreated(await createDocument(build()))
		} catch (e) {
			error.value = t('policydesk', 'Could not create the document: {message}', { message: e instanceof Error ? e.message : String(e) })
		} finally {
			busy.value = false
		}
	}

	return { busy, error, create }
}
