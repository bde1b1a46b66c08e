<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * Machine-readable reasons for a refused transition. The controller maps them
 * to HTTP statuses (see ROLE_REASONS) and to translated messages.
 */
final class RefusalReason {
	public const NOT_AUTHOR = 'not_author';
	public const NOT_REVIEWER = 'not_reviewer';
	public const AUTHOR_CANNOT_APPROVE = 'author_cannot_approve';
	public const NOT_IN_REVIEW = 'not_in_review';
	public const NOT_YOUR_TURN = 'not_your_turn';
	public const STALE_VERSION = 'stale_version';
	public const COMMENT_REQUIRED = 'comment_required';
	public const ALREADY_APPROVED = 'already_approved';
	public const ALREADY_WITHDRAWN = 'already_withdrawn';
	public const ALREADY_SUBMITTED = 'already_submitted';
	public const NOT_CHANGES_REQUESTED = 'not_changes_requested';
	public const NOT_SUBMITTED = 'not_submitted';
	public const NO_REVIEWERS = 'no_reviewers';
	public const RULE_NOT_SATISFIED = 'rule_not_satisfied';

	/** Refusals about who is asking rather than about the document's state: answered with 403. */
	public const ROLE_REASONS = [
		self::NOT_AUTHOR,
		self::NOT_REVIEWER,
		self::AUTHOR_CANNOT_APPROVE,
	];
}
