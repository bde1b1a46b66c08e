/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { ApiError } from '../api/client'
import { getVersion, listVersions, restoreVersion } from '../api/versions'
import type { Version, VersionDetail } from '../api/types'
import { useDocumentStore } from './document'

export const useVersionsStore = defineStore('policydesk-versions', () => {
	const documentId = ref<number | null>(null)
	const versions = ref<Version[]>([])
	const viewing = shallowRef<VersionDetail | null>(null)
	const loading = ref(false)
	const error = ref<string | null>(null)

	async function load(id: number): Promise<void> {
		if (documentId.value !== id) {
			viewing.value = null
			versions.value = []
		}
		documentId.value = id
		loading.value = true
		error.value = null
		try {
			const list = await listVersions(id)
			if (documentId.value === id) {
				versions.value = list
			}
		} catch (e) {
			error.value = e instanceof Error ? e.message : String(e)
		} finally {
			loading.value = false
		}
	}

	async function view(versionId: number): Promise<void> {
		if (documentId.value === null) {
			return
		}
		error.value = null
		try {
			viewing.value = await getVersion(documentId.value, versionId)
		} catch (e) {
			error.value = e instanceof Error ? e.message : String(e)
		}
	}

	function closeView(): void {
		viewing.value = null
	}

	/**
	 * Restore creates a new version with the old content. Unsaved typing is
	 * saved first (as a normal autosave), so restoring never drops it: it
	 * stays in the history as the previous revision.
	 * Returns false when the restore did not happen (conflict or error).
	 */
	async function restore(versionId: number): Promise<boolean> {
		const document = useDocumentStore()
		const id = documentId.value
		if (id === null || document.id !== id) {
			return false
		}
		if (document.dirty) {
			await document.save(true)
			if (document.dirty || document.conflict !== null) {
				return false
			}
		}
		error.value = null
		try {
			const restored = await restoreVersion(id, versionId, document.baseRevision)
			document.adopt(restored)
			viewing.value = null
			await load(id)
			return true
		} catch (e) {
			if (e instanceof ApiError && e.status === 409) {
				// Someone saved meanwhile: reload so the user restores against what is there now.
				await document.open(id)
				error.value = t('policydesk', 'Someone saved this document meanwhile. Check the current text and try again.')
			} else {
				error.value = e instanceof Error ? e.message : String(e)
			}
			return false
		}
	}

	return { documentId, versions, viewing, loading, error, load, view, closeView, restore }
})
