<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The facts a transition depends on besides state, action and role. The
 * service gathers them (from the database, the session and ApprovalEvaluator)
 * so that ReviewRules itself stays a pure function.
 */
final class ReviewContext {
	/**
	 * @param string $currentHash SHA-256 of the document's current content
	 * @param string|null $reviewedHash the hash the reviewer says they read (approve, request_changes)
	 * @param string|null $comment the comment sent with the action
	 * @param bool $hasReviewers whether the round names at least one reviewer (submit, resubmit)
	 * @param bool $reviewerAsked whether the acting reviewer is asked now (false while an earlier reviewer in a sequential round has not approved)
	 * @param bool $ruleSatisfied whether the approval rule is met, counting the approval being made (approve) or as it stands (complete)
	 */
	public function __construct(
		public readonly string $currentHash,
		public readonly ?string $reviewedHash = null,
		public readonly ?string $comment = null,
		public readonly bool $hasReviewers = true,
		public readonly bool $reviewerAsked = true,
		public readonly bool $ruleSatisfied = false,
	) {
	}

	public function hasComment(): bool {
		return $this->comment !== null && trim($this->comment) !== '';
	}
}
