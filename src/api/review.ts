/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * One typed function per review endpoint (issue 4): the review round and
 * decisions, comments, and the hash-chained history. The wire shapes mirror
 * the PolicyDesk* types of lib/ResponseDefinitions.php as agreed in the
 * review API contract, and are taken from src/types/openapi/openapi.ts
 * (generated from openapi.json), so a change on the server shows up here as
 * a type error.
 */
import type { components, operations } from '../types/openapi/openapi'
import { ApiError, apiUrl, ocsRequest } from './client'

type Schemas = components['schemas']
type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never

export type ReviewAction = Schemas['ReviewAction']
export type ReviewRole = Schemas['ReviewRole']
export type ApprovalRule = Schemas['ApprovalRule']
export type GroupMode = Schemas['GroupMode']
export type ReviewerStatus = Schemas['ReviewerStatus']
export type DecisionKind = Schemas['DecisionKind']
export type ReviewerMember = Schemas['ReviewerMember']
export type Reviewer = Schemas['Reviewer']
/** `stale`: made on an older hash; kept and shown, but no longer counts. */
export type Decision = Schemas['Decision']
/** `decisions` come newest first. */
export type ReviewRound = Schemas['ReviewRound']
/** `currentHash` is what an approval must name: the SHA-256 of the document's current content. */
export type Review = Schemas['Review']
/** `blockPath` indexes body.content… as flattenBody() in src/model/diff.ts gives it; start/end are UTF-16 offsets into that block's text. */
export type CommentAnchor = Schemas['CommentAnchor']
export type ReviewComment = Schemas['Comment']
export type HistoryEntry = Schemas['HistoryEntry']
export type HistoryVerification = Schemas['HistoryVerification']
/** The data of a 409 from a review or comment endpoint. */
export type ReviewConflict = Schemas['ReviewConflict']

export type SubmitReviewRequest = JsonBody<operations['review-submit']>
export type ReviewerChoice = NonNullable<SubmitReviewRequest['reviewers']>[number]

/**
 * Which check of the trail failed first (`HistoryVerification.problem`):
 * entry numbering, the link to the previous entry, an entry's own hash, the
 * document it names, or the head (entries cut off the end).
 */
export type HistoryProblem = 'seq' | 'prev_hash' | 'entry_hash' | 'document' | 'head'

/** Comment and decision texts are limited to this many characters by the server. */
export const MAX_COMMENT_LENGTH = 4000

const reviewUrl = (documentId: number, tail = '') => apiUrl('/documents/{id}/review' + tail, { id: documentId })

export function getReview(documentId: number): Promise<Review> {
	return ocsRequest<Review>('get', reviewUrl(documentId))
}

export function submitForReview(documentId: number, request: SubmitReviewRequest): Promise<Review> {
	return ocsRequest<Review>('post', reviewUrl(documentId), request)
}

export function resubmitForReview(documentId: number, versionHash?: string, comment?: string): Promise<Review> {
	return ocsRequest<Review>('post', reviewUrl(documentId, '/resubmit'), { versionHash, comment })
}

/**
 * `versionHash` is the hash the reviewer was shown; the server answers 409 (stale_version) if it is no longer current.
 */
export function decide(documentId: number, decision: DecisionKind, versionHash: string, comment?: string): Promise<Review> {
	return ocsRequest<Review>('post', reviewUrl(documentId, '/decisions'), { decision, versionHash, comment })
}

export function withdrawReview(documentId: number, comment?: string): Promise<Review> {
	return ocsRequest<Review>('post', reviewUrl(documentId, '/withdraw'), { comment })
}

/**
 * All comments and replies, oldest first.
 */
export async function listComments(documentId: number): Promise<ReviewComment[]> {
	const data = await ocsRequest<{ comments: ReviewComment[] }>('get', apiUrl('/documents/{id}/comments', { id: documentId }))
	return data.comments
}

export function addComment(documentId: number, message: string, versionHash?: string, anchor?: CommentAnchor): Promise<ReviewComment> {
	return ocsRequest<ReviewComment>('post', apiUrl('/documents/{id}/comments', { id: documentId }), { message, versionHash, anchor })
}

export function replyToComment(documentId: number, commentId: number, message: string): Promise<ReviewComment> {
	return ocsRequest<ReviewComment>('post', apiUrl('/documents/{id}/comments/{commentId}/replies', { id: documentId, commentId }), { message })
}

export function resolveComment(documentId: number, commentId: number, resolved: boolean): Promise<ReviewComment> {
	return ocsRequest<ReviewComment>('post', apiUrl('/documents/{id}/comments/{commentId}/resolve', { id: documentId, commentId }), { resolved })
}

/**
 * Oldest first.
 */
export async function getHistory(documentId: number): Promise<HistoryEntry[]> {
	const data = await ocsRequest<{ entries: HistoryEntry[] }>('get', apiUrl('/documents/{id}/history', { id: documentId }))
	return data.entries
}

export function verifyHistory(documentId: number): Promise<HistoryVerification> {
	return ocsRequest<HistoryVerification>('get', apiUrl('/documents/{id}/history/verify', { id: documentId }))
}

/**
 * The review conflict carried by a 409, or null for any other error.
 */
export function reviewConflict(error: unknown): ReviewConflict | null {
	if (!(error instanceof ApiError) || error.status !== 409) {
		return null
	}
	const data = error.data as Partial<ReviewConflict> | null
	if (data === null || typeof data !== 'object' || typeof data.reason !== 'string') {
		return null
	}
	return { message: error.message, reason: data.reason, currentHash: typeof data.currentHash === 'string' ? data.currentHash : '' }
}
