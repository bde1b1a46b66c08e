/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Wire-shaped review data for the panel tests (what GET /review and friends answer).
 */
import type { Decision, HistoryEntry, Review, ReviewComment, Reviewer, ReviewRound } from '../../../../src/api/review'
import type { Version, VersionDetail } from '../../../../src/api/types'
import { doc, h, p, policyDocument } from '../../../../src/model/builders'
import type { PolicyDocument } from '../../../../src/model/types'

export const HASH_V1 = '1111aaaa'.padEnd(64, '1')
export const HASH_V2 = '2222bbbb'.padEnd(64, '2')

export function version(id: number, number: number, hash: string): Version {
	return { id, number, authorId: 'alice', authorDisplayName: 'Alice Author', createdAt: 1_700_000_000 + number, hash, size: 100, restoredFrom: null }
}

export const VERSIONS: Version[] = [version(12, 2, HASH_V2), version(11, 1, HASH_V1)]

const meta = { title: 'Miljöpolicy', type: 'policy' as const, language: 'sv' }
export const CONTENT_V1: PolicyDocument = policyDocument(meta, doc(h(1, 'Miljöpolicy'), p('Staden ska minska utsläppen.'), p('Slut.')))
export const CONTENT_V2: PolicyDocument = policyDocument(meta, doc(h(1, 'Miljöpolicy'), p('Staden ska halvera utsläppen.'), p('Slut.')))

export function versionDetail(id: number): VersionDetail {
	const v = VERSIONS.find((x) => x.id === id)!
	return { ...v, content: id === 11 ? CONTENT_V1 : CONTENT_V2 }
}

export function reviewer(id: number, name: string, status: Reviewer['status'], extra: Partial<Reviewer> = {}): Reviewer {
	return { id, type: 'user', reviewerId: name.toLowerCase(), displayName: name, groupMode: null, position: id - 1, status, members: [], ...extra }
}

export function decision(id: number, name: string, kind: Decision['decision'], hash: string, stale: boolean, comment: string | null = null): Decision {
	return { id, userId: name.toLowerCase(), displayName: name, decision: kind, versionHash: hash, versionId: hash === HASH_V1 ? 11 : 12, comment, createdAt: 1_700_000_100 + id, stale }
}

export function round(extra: Partial<ReviewRound> = {}): ReviewRound {
	return {
		id: 1,
		rule: 'all',
		quorum: null,
		sequential: false,
		requireResolved: false,
		submittedVersionId: 12,
		submittedHash: HASH_V2,
		submittedBy: 'alice',
		submittedAt: 1_700_000_050,
		reviewers: [reviewer(1, 'Bob', 'pending'), reviewer(2, 'Carol', 'pending')],
		decisions: [],
		approvals: 0,
		required: 2,
		unresolvedComments: 0,
		satisfied: false,
		myLastReviewedHash: null,
		myLastReviewedVersionId: null,
		...extra,
	}
}

export function review(extra: Partial<Review> = {}): Review {
	return {
		documentId: 7,
		state: 'in_review',
		currentHash: HASH_V2,
		currentVersionId: 12,
		role: 'reviewer',
		canSubmit: false,
		canResubmit: false,
		canWithdraw: false,
		canDecide: true,
		round: round(),
		...extra,
	}
}

export function comment(id: number, message: string, extra: Partial<ReviewComment> = {}): ReviewComment {
	return {
		id,
		parentId: null,
		authorId: 'bob',
		authorDisplayName: 'Bob',
		message,
		versionHash: null,
		anchor: null,
		resolved: false,
		resolvedBy: null,
		resolvedAt: null,
		createdAt: 1_700_000_200 + id,
		...extra,
	}
}

export function entry(seq: number, action: HistoryEntry['action'], from: HistoryEntry['fromState'], to: HistoryEntry['toState'], actor: string, comment: string | null = null): HistoryEntry {
	return {
		seq,
		actorId: actor.toLowerCase(),
		actorDisplayName: actor,
		action,
		fromState: from,
		toState: to,
		versionHash: HASH_V2,
		comment,
		createdAt: 1_700_000_300 + seq,
		prevHash: seq === 1 ? '0'.repeat(64) : String(seq - 1).repeat(64).slice(0, 64),
		entryHash: String(seq).repeat(64).slice(0, 64),
	}
}
