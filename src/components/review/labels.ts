/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated names and icons for the review's closed sets. Every status has
 * a word and a symbol, never a colour alone (WCAG 1.4.1); symbols are
 * decoration (aria-hidden) and the word carries the meaning.
 */
import { getCanonicalLocale, n, t } from '@nextcloud/l10n'
import type { ApprovalRule, DecisionKind, ReviewAction, ReviewerStatus, ReviewRound } from '../../api/review'
import type { Version } from '../../api/types'

/**
 * A status in words. "stale" means the reviewer's last decision was on an
 * older version; when that decision is known, say which it was.
 */
export function reviewerStatusLabel(status: ReviewerStatus, lastDecision?: DecisionKind | null): string {
	switch (status) {
	case 'waiting':
		return t('policydesk', 'Not asked yet')
	case 'pending':
		return t('policydesk', 'Review pending')
	case 'approved':
		return t('policydesk', 'Approved')
	case 'changes_requested':
		return t('policydesk', 'Changes requested')
	case 'stale':
		if (lastDecision === 'approve') {
			return t('policydesk', 'Approved an older version: asked to review again')
		}
		if (lastDecision === 'request_changes') {
			return t('policydesk', 'Requested changes on an older version: asked to review again')
		}
		return t('policydesk', 'Decided on an older version: asked to review again')
	}
}

export function reviewerStatusIcon(status: ReviewerStatus): string {
	switch (status) {
	case 'waiting':
		return '…'
	case 'pending':
		return '○'
	case 'approved':
		return '✓'
	case 'changes_requested':
		return '✎'
	case 'stale':
		return '↻'
	}
}

export function actionLabel(action: ReviewAction): string {
	switch (action) {
	case 'submit':
		return t('policydesk', 'Submitted for review')
	case 'approve':
		return t('policydesk', 'Approved')
	case 'request_changes':
		return t('policydesk', 'Requested changes')
	case 'withdraw':
		return t('policydesk', 'Withdrew the review')
	case 'new_version':
		return t('policydesk', 'Saved a new version')
	case 'resubmit':
		return t('policydesk', 'Resubmitted for review')
	case 'complete':
		return t('policydesk', 'Review complete: document approved')
	}
}

export function ruleLabel(rule: ApprovalRule, quorum: number | null): string {
	switch (rule) {
	case 'all':
		return t('policydesk', 'All reviewers must approve')
	case 'any':
		return t('policydesk', 'Any one reviewer may approve')
	case 'quorum':
		return n('policydesk', 'At least %n reviewer must approve', 'At least %n reviewers must approve', quorum ?? 1)
	}
}

/**
 * The rule and the count so far, e.g. "All reviewers must approve (1 of 2 approvals)".
 */
export function roundSummary(round: ReviewRound): string {
	return t('policydesk', '{rule} ({approvals} of {required} approvals)', {
		rule: ruleLabel(round.rule, round.quorum),
		approvals: String(round.approvals),
		required: String(round.required),
	})
}

/**
 * The first 8 hex digits: enough to tell versions apart when reading.
 */
export function shortHash(hash: string | null | undefined): string {
	return (hash ?? '').slice(0, 8)
}

export function formatTime(seconds: number): string {
	return new Intl.DateTimeFormat(getCanonicalLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000))
}

/**
 * "Version 3 (1a2b3c4d)", or the hash alone when no version row is known.
 */
export function versionLabel(version: Pick<Version, 'number' | 'hash'> | null, hash?: string | null): string {
	if (version === null) {
		return t('policydesk', 'Version {hash}', { hash: shortHash(hash) })
	}
	return t('policydesk', 'Version {number} ({hash})', { number: String(version.number), hash: shortHash(version.hash) })
}
