/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The review of the open document: its round and reviewers, comments and
 * history. State is what the server sent; everything else is derived. Every
 * write answers with the new review (or comment), so the store adopts the
 * server's answer instead of guessing.
 */
import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type {
	CommentAnchor,
	DecisionKind,
	HistoryEntry,
	HistoryVerification,
	Review,
	ReviewComment,
	SubmitReviewRequest,
} from '../api/review'
import type { Version } from '../api/types'
import { getDocument } from '../api/documents'
import { listVersions } from '../api/versions'
import { useDocumentStore } from './document'
import {
	addComment,
	decide as postDecision,
	getHistory,
	getReview,
	listComments,
	replyToComment,
	resolveComment,
	resubmitForReview,
	reviewConflict,
	submitForReview,
	verifyHistory,
	withdrawReview,
} from '../api/review'

export interface CommentThread {
	comment: ReviewComment
	replies: ReviewComment[]
}

function messageOf(error: unknown): string {
	return error instanceof Error && error.message !== '' ? error.message : t('policydesk', 'The request failed. Please try again.')
}

export const useReviewStore = defineStore('policydesk-review', () => {
	const documentId = ref<number | null>(null)
	const review = shallowRef<Review | null>(null)
	const comments = ref<ReviewComment[]>([])
	const history = ref<HistoryEntry[]>([])
	/** The document's versions, newest first: decisions and the diff name them by number. */
	const versions = ref<Version[]>([])
	const verification = shallowRef<HistoryVerification | null>(null)
	const loading = ref(false)
	const busy = ref(false)
	/** The last failure, as a sentence for the user. */
	const error = ref<string | null>(null)
	/** Set when a decision was refused because the document changed meanwhile. */
	const staleNotice = ref<string | null>(null)

	const round = computed(() => review.value?.round ?? null)

	/** Top-level comments with their replies, oldest first. */
	const threads = computed<CommentThread[]>(() => {
		const byParent = new Map<number, ReviewComment[]>()
		for (const comment of comments.value) {
			if (comment.parentId !== null) {
				byParent.set(comment.parentId, [...(byParent.get(comment.parentId) ?? []), comment])
			}
		}
		return comments.value
			.filter((comment) => comment.parentId === null)
			.map((comment) => ({ comment, replies: byParent.get(comment.id) ?? [] }))
	})

	const unresolvedCount = computed(() => threads.value.filter((thread) => !thread.comment.resolved).length)

	async function load(id: number): Promise<void> {
		if (documentId.value !== id) {
			review.value = null
			comments.value = []
			history.value = []
			versions.value = []
			verification.value = null
			staleNotice.value = null
		}
		documentId.value = id
		loading.value = true
		error.value = null
		try {
			const [nextReview, nextComments, nextHistory, nextVersions] = await Promise.all([getReview(id), listComments(id), getHistory(id), listVersions(id)])
			if (documentId.value === id) {
				review.value = nextReview
				comments.value = nextComments
				history.value = nextHistory
				versions.value = nextVersions
			}
		} catch (e) {
			error.value = messageOf(e)
		} finally {
			loading.value = false
		}
	}

	/** Reload what a write may have changed: the review and the trail. */
	async function refresh(): Promise<void> {
		const id = documentId.value
		if (id === null) {
			return
		}
		const [nextReview, nextHistory, nextVersions] = await Promise.all([getReview(id), getHistory(id), listVersions(id)])
		if (documentId.value === id) {
			review.value = nextReview
			history.value = nextHistory
			versions.value = nextVersions
			verification.value = null
		}
	}

	/**
	 * Run one write; returns false when it failed. A failure sets `error`,
	 * unless `onFailure` handles it (still inside the write, so busy stays set).
	 *
	 * @param action the write, given the open document's id
	 * @param onFailure reports a failure itself instead of the generic message
	 */
	async function run(action: (id: number) => Promise<void>, onFailure?: (e: unknown, id: number) => Promise<void>): Promise<boolean> {
		const id = documentId.value
		if (id === null || busy.value) {
			return false
		}
		busy.value = true
		error.value = null
		try {
			await action(id)
			return true
		} catch (e) {
			if (onFailure) {
				await onFailure(e, id)
			} else {
				error.value = messageOf(e)
			}
			return false
		} finally {
			busy.value = false
		}
	}

	async function adoptReview(next: Review): Promise<void> {
		const hashChanged = next.currentHash !== review.value?.currentHash
		review.value = next
		staleNotice.value = null
		const id = documentId.value
		if (id !== null) {
			// Submitting may freeze a new version row; only then is the list re-read.
			const [nextHistory, nextVersions] = await Promise.all([getHistory(id), hashChanged || next.currentVersionId === null || !versions.value.some((v) => v.id === next.currentVersionId) ? listVersions(id) : Promise.resolve(versions.value)])
			history.value = nextHistory
			versions.value = nextVersions
			verification.value = null
		}
	}

	/**
	 * The version row with this id, if loaded.
	 */
	function versionById(id: number | null): Version | null {
		return id === null ? null : versions.value.find((v) => v.id === id) ?? null
	}

	/**
	 * Submitting freezes what the server has. Typing that is still waiting for
	 * autosave is saved first, and the review re-read, so the version sent for
	 * review is the one the author sees.
	 */
	async function saveTypingFirst(id: number): Promise<void> {
		const document = useDocumentStore()
		if (document.id !== id || !document.dirty) {
			return
		}
		await document.save(false)
		if (document.dirty || document.conflict !== null) {
			throw new Error(t('policydesk', 'Your latest changes could not be saved, so the document was not submitted. Save it, then try again.'))
		}
		review.value = await getReview(id)
	}

	function submit(request: SubmitReviewRequest): Promise<boolean> {
		return run(async (id) => {
			await saveTypingFirst(id)
			await adoptReview(await submitForReview(id, { ...request, versionHash: review.value?.currentHash }))
		})
	}

	function resubmit(comment?: string): Promise<boolean> {
		return run(async (id) => {
			await saveTypingFirst(id)
			await adoptReview(await resubmitForReview(id, review.value?.currentHash, comment))
		})
	}

	function withdraw(comment?: string): Promise<boolean> {
		return run(async (id) => adoptReview(await withdrawReview(id, comment)))
	}

	/**
	 * Decide on the hash the reviewer was shown. If the document changed since,
	 * the server refuses (409 stale_version): we say so and reload, so the
	 * reviewer reads the new version (and its diff) before deciding again.
	 */
	function decide(decision: DecisionKind, versionHash: string, comment?: string): Promise<boolean> {
		return run(async (id) => adoptReview(await postDecision(id, decision, versionHash, comment)), async (e, id) => {
			const conflict = reviewConflict(e)
			if (conflict?.reason === 'stale_version') {
				staleNotice.value = t('policydesk', 'The document changed after you opened it, so your decision was not recorded. The new version is shown now; please review it and decide again.')
				await Promise.all([refresh(), showCurrentText(id)]).catch((reloadError: unknown) => {
					error.value = messageOf(reloadError)
				})
			} else {
				error.value = messageOf(e)
			}
		})
	}

	/**
	 * The open document's text is outdated too: replace it with the server's,
	 * unless the reader has unsaved typing there (which is never thrown away).
	 */
	async function showCurrentText(id: number): Promise<void> {
		const document = useDocumentStore()
		if (document.id === id && !document.dirty) {
			const current = await getDocument(id)
			if (document.id === id && !document.dirty) {
				document.adopt(current)
			}
		}
	}

	function comment(message: string, versionHash?: string, anchor?: CommentAnchor): Promise<boolean> {
		return run(async (id) => {
			comments.value = [...comments.value, await addComment(id, message, versionHash, anchor)]
		})
	}

	function reply(commentId: number, message: string): Promise<boolean> {
		return run(async (id) => {
			comments.value = [...comments.value, await replyToComment(id, commentId, message)]
		})
	}

	function resolve(commentId: number, resolved: boolean): Promise<boolean> {
		return run(async (id) => {
			const updated = await resolveComment(id, commentId, resolved)
			comments.value = comments.value.map((c) => c.id === updated.id ? updated : c)
			// Resolving the last open comment can complete the review.
			await refresh()
		})
	}

	function verify(): Promise<boolean> {
		return run(async (id) => {
			verification.value = await verifyHistory(id)
		})
	}

	return {
		documentId,
		review,
		comments,
		history,
		versions,
		verification,
		loading,
		busy,
		error,
		staleNotice,
		round,
		threads,
		unresolvedCount,
		versionById,
		load,
		refresh,
		submit,
		resubmit,
		withdraw,
		decide,
		comment,
		reply,
		resolve,
		verify,
	}
})
