/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * One typed function per review endpoint (issue 4): the review round and
 * decisions, comments, and the hash-chained history. The wire shapes mirror
 * the PolicyDesk* types of lib/ResponseDefinitions.php as agreed in the
 * review API contract; when openapi.json carries the review controller these
 * aliases point at src/types/openapi/openapi.ts instead.
 */
import type { DocumentState } from './types'
import { ApiError, apiUrl, ocsRequest } from './client'

export type ReviewAction = 'submit' | 'approve' | 'request_changes' | 'withdraw' | 'new_version' | 'resubmit' | 'complete'
export type ReviewRole = 'author' | 'reviewer' | 'other'
export type ApprovalRule = 'all' | 'any' | 'quorum'
export type GroupMode = 'any' | 'every'
export type ReviewerStatus = 'waiting' | 'pending' | 'approved' | 'changes_requested' | 'stale'
export type DecisionKind = 'approve' | 'request_changes'

export interface ReviewerMember {
	userId: string
	displayName: string
	status: ReviewerStatus
}

export interface Reviewer {
	id: number
	type: 'user' | 'group'
	reviewerId: string
	displayName: string
	groupMode: GroupMode | null
	position: number
	status: ReviewerStatus
	members: ReviewerMember[]
}

export interface Decision {
	id: number
	userId: string
	displayName: string
	decision: DecisionKind
	versionHash: string
	versionId: number | null
	comment: string | null
	createdAt: number
	/** Made on an older hash: kept and shown, but no longer counts. */
	stale: boolean
}

export interface ReviewRound {
	id: number
	rule: ApprovalRule
	quorum: number | null
	sequential: boolean
	requireResolved: boolean
	submittedVersionId: number
	submittedHash: string
	submittedBy: string
	submittedAt: number
	reviewers: Reviewer[]
	/** Newest first. */
	decisions: Decision[]
	approvals: number
	required: number
	unresolvedComments: number
	satisfied: boolean
	myLastReviewedHash: string | null
	myLastReviewedVersionId: number | null
}

export interface Review {
	documentId: number
	state: DocumentState
	/** What an approval must name: the SHA-256 of the document's current content. */
	currentHash: string
	currentVersionId: number | null
	role: ReviewRole
	canSubmit: boolean
	canResubmit: boolean
	canWithdraw: boolean
	canDecide: boolean
	round: ReviewRound | null
}

export interface ReviewerChoice {
	type: 'user' | 'group'
	id: string
	groupMode?: GroupMode
}

export interface SubmitReviewRequest {
	reviewers: ReviewerChoice[]
	rule?: ApprovalRule
	quorum?: number
	sequential?: boolean
	requireResolved?: boolean
	versionHash?: string
}

export interface CommentAnchor {
	/** Indexes into body.content…, as flattenBody() in src/model/diff.ts gives them. */
	blockPath: number[]
	/** UTF-16 offsets into that block's plain text. */
	start: number
	end: number
	quote: string
}

export interface ReviewComment {
	id: number
	parentId: number | null
	authorId: string
	authorDisplayName: string
	message: string
	versionHash: string | null
	anchor: CommentAnchor | null
	resolved: boolean
	resolvedBy: string | null
	resolvedAt: number | null
	createdAt: number
}

export interface HistoryEntry {
	seq: number
	actorId: string
	actorDisplayName: string
	action: ReviewAction
	fromState: DocumentState
	toState: DocumentState
	versionHash: string | null
	comment: string | null
	createdAt: number
	prevHash: string
	entryHash: string
}

/** Which check failed first: entry numbering, the link to the previous entry, an entry's own hash, the document it names, or the head (entries cut off the end). */
export type HistoryProblem = 'seq' | 'prev_hash' | 'entry_hash' | 'document' | 'head'

export interface HistoryVerification {
	valid: boolean
	length: number
	firstBrokenIndex: number | null
	problem: HistoryProblem | null
	headHash: string | null
}

/** The data of a 409 from a review or comment endpoint. */
export interface ReviewConflict {
	message: string
	reason: string
	currentHash: string
}

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
