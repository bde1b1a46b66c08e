/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The document list. Filtering and paging happen on the server (it must
 * stay fast at 10,000 documents), so the store only holds the query and
 * the one page the server returned.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { listDocuments } from '../api/documents'
import type { DocumentScope, DocumentState, DocumentSummary } from '../api/types'
import type { DocumentType } from '../model/types'

export const PAGE_SIZE = 25

export const useDocumentsStore = defineStore('policydesk-documents', () => {
	const scope = ref<DocumentScope>('mine')
	const type = ref<DocumentType | ''>('')
	const state = ref<DocumentState | ''>('')
	const search = ref('')
	const page = ref(0)

	const documents = ref<DocumentSummary[]>([])
	const total = ref(0)
	const loading = ref(false)
	const error = ref<string | null>(null)

	const pageCount = computed(() => Math.max(1, Math.ceil(total.value / PAGE_SIZE)))
	const hasPrevious = computed(() => page.value > 0)
	const hasNext = computed(() => page.value + 1 < pageCount.value)

	// Answers can arrive out of order while someone types a search; only the
	// newest request may write the list.
	let requestSeq = 0

	async function fetch(): Promise<void> {
		const seq = ++requestSeq
		loading.value = true
		error.value = null
		try {
			const result = await listDocuments({
				scope: scope.value,
				type: type.value,
				state: state.value,
				search: search.value,
				limit: PAGE_SIZE,
				offset: page.value * PAGE_SIZE,
			})
			if (seq !== requestSeq) {
				return
			}
			documents.value = result.documents
			total.value = result.total
		} catch (e) {
			if (seq === requestSeq) {
				error.value = e instanceof Error ? e.message : String(e)
			}
		} finally {
			if (seq === requestSeq) {
				loading.value = false
			}
		}
	}

	/** Any filter change starts again at the first page. */
	function setFilters(filters: { scope?: DocumentScope, type?: DocumentType | '', state?: DocumentState | '', search?: string }): Promise<void> {
		if (filters.scope !== undefined) {
			scope.value = filters.scope
		}
		if (filters.type !== undefined) {
			type.value = filters.type
		}
		if (filters.state !== undefined) {
			state.value = filters.state
		}
		if (filters.search !== undefined) {
			search.value = filters.search
		}
		page.value = 0
		return fetch()
	}

	function goToPage(target: number): Promise<void> {
		page.value = Math.min(Math.max(0, target), pageCount.value - 1)
		return fetch()
	}

	/** Keep a just-saved title/state visible without refetching the page. */
	function updateSummary(summary: DocumentSummary): void {
		const index = documents.value.findIndex((doc) => doc.id === summary.id)
		if (index !== -1) {
			documents.value.splice(index, 1, summary)
		}
	}

	return { scope, type, state, search, page, documents, total, loading, error, pageCount, hasPrevious, hasNext, fetch, setFilters, goToPage, updateSummary }
})
