<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

use InvalidArgumentException;

/**
 * The review workflow as one pure function: (state, action, role, context) →
 * new state or a refusal. No database, clock or session; the service gathers
 * the context and applies the result.
 *
 * Checks run in a fixed order so that every refusal has exactly one reason:
 * first who is asking (role), then the state, then the version and the input.
 * Asking "who" first means someone without a say learns nothing about where
 * the document stands from the refusal.
 */
final class ReviewRules {
	public function transition(string $state, string $action, string $role, ReviewContext $ctx): TransitionResult {
		if (!ReviewState::isValid($state)) {
			throw new InvalidArgumentException('Unknown review state: ' . $state);
		}
		if (!ReviewRole::isValid($role)) {
			throw new InvalidArgumentException('Unknown review role: ' . $role);
		}

		return match ($action) {
			ReviewAction::SUBMIT => $this->submit($state, $role, $ctx),
			ReviewAction::APPROVE => $this->approve($state, $role, $ctx),
			ReviewAction::REQUEST_CHANGES => $this->requestChanges($state, $role, $ctx),
			ReviewAction::WITHDRAW => $this->withdraw($state, $role),
			ReviewAction::NEW_VERSION => $this->newVersion($state, $role),
			ReviewAction::RESUBMIT => $this->resubmit($state, $role, $ctx),
			ReviewAction::COMPLETE => $this->complete($state, $role, $ctx),
			default => throw new InvalidArgumentException('Unknown review action: ' . $action),
		};
	}

	private function submit(string $state, string $role, ReviewContext $ctx): TransitionResult {
		if ($role !== ReviewRole::AUTHOR) {
			return TransitionResult::refuse($state, RefusalReason::NOT_AUTHOR, 'Only an author can submit the document for review.');
		}
		return match ($state) {
			ReviewState::DRAFT, ReviewState::WITHDRAWN => $ctx->hasReviewers
				? TransitionResult::to($state, ReviewState::IN_REVIEW)
				: TransitionResult::refuse($state, RefusalReason::NO_REVIEWERS, 'A review needs at least one reviewer.'),
			ReviewState::IN_REVIEW, ReviewState::CHANGES_REQUESTED => TransitionResult::refuse($state, RefusalReason::ALREADY_SUBMITTED, 'The document is already under review.'),
			ReviewState::APPROVED => TransitionResult::refuse($state, RefusalReason::ALREADY_APPROVED, 'The document is already approved.'),
		};
	}

	private function approve(string $state, string $role, ReviewContext $ctx): TransitionResult {
		$refusal = $this->checkDecision($state, $role, $ctx, true);
		if ($refusal !== null) {
			return $refusal;
		}
		return TransitionResult::to($state, $ctx->ruleSatisfied ? ReviewState::APPROVED : ReviewState::IN_REVIEW);
	}

	private function requestChanges(string $state, string $role, ReviewContext $ctx): TransitionResult {
		$refusal = $this->checkDecision($state, $role, $ctx, false);
		if ($refusal !== null) {
			return $refusal;
		}
		if (!$ctx->hasComment()) {
			return TransitionResult::refuse($state, RefusalReason::COMMENT_REQUIRED, 'Say which changes are needed: a comment is required.');
		}
		return TransitionResult::to($state, ReviewState::CHANGES_REQUESTED);
	}

	/**
	 * What approve and request_changes have in common: only a reviewer who is
	 * asked now decides, only while in review, and only on the version that is
	 * current, because nobody approves text they did not read.
	 */
	private function checkDecision(string $state, string $role, ReviewContext $ctx, bool $approving): ?TransitionResult {
		if ($role === ReviewRole::AUTHOR) {
			return $approving
				? TransitionResult::refuse($state, RefusalReason::AUTHOR_CANNOT_APPROVE, 'Authors cannot approve their own document.')
				: TransitionResult::refuse($state, RefusalReason::NOT_REVIEWER, 'Only a reviewer of this document can request changes.');
		}
		if ($role !== ReviewRole::REVIEWER) {
			return TransitionResult::refuse($state, RefusalReason::NOT_REVIEWER, 'Only a reviewer of this document can decide on it.');
		}
		$stateRefusal = $this->requireInReview($state);
		if ($stateRefusal !== null) {
			return $stateRefusal;
		}
		if (!$ctx->reviewerAsked) {
			return TransitionResult::refuse($state, RefusalReason::NOT_YOUR_TURN, 'An earlier reviewer has to approve first.');
		}
		if ($ctx->reviewedHash === null || !hash_equals($ctx->currentHash, $ctx->reviewedHash)) {
			return TransitionResult::refuse($state, RefusalReason::STALE_VERSION, 'The document has changed since this version was read.');
		}
		return null;
	}

	private function withdraw(string $state, string $role): TransitionResult {
		if ($role !== ReviewRole::AUTHOR) {
			return TransitionResult::refuse($state, RefusalReason::NOT_AUTHOR, 'Only an author can withdraw the document.');
		}
		return match ($state) {
			ReviewState::DRAFT, ReviewState::IN_REVIEW, ReviewState::CHANGES_REQUESTED => TransitionResult::to($state, ReviewState::WITHDRAWN),
			ReviewState::APPROVED => TransitionResult::refuse($state, RefusalReason::ALREADY_APPROVED, 'An approved document cannot be withdrawn.'),
			ReviewState::WITHDRAWN => TransitionResult::refuse($state, RefusalReason::ALREADY_WITHDRAWN, 'The document is already withdrawn.'),
		};
	}

	/**
	 * A save after submission. Approval is tied to the exact text, so editing
	 * an approved document sends it back into review; while changes are
	 * requested the author may save as often as needed before resubmitting.
	 */
	private function newVersion(string $state, string $role): TransitionResult {
		if ($role !== ReviewRole::AUTHOR) {
			return TransitionResult::refuse($state, RefusalReason::NOT_AUTHOR, 'Only an author can change the document.');
		}
		return match ($state) {
			ReviewState::IN_REVIEW, ReviewState::APPROVED => TransitionResult::to($state, ReviewState::IN_REVIEW),
			ReviewState::CHANGES_REQUESTED => TransitionResult::to($state, ReviewState::CHANGES_REQUESTED),
			ReviewState::DRAFT, ReviewState::WITHDRAWN => TransitionResult::refuse($state, RefusalReason::NOT_SUBMITTED, 'The document is not under review.'),
		};
	}

	private function resubmit(string $state, string $role, ReviewContext $ctx): TransitionResult {
		if ($role !== ReviewRole::AUTHOR) {
			return TransitionResult::refuse($state, RefusalReason::NOT_AUTHOR, 'Only an author can resubmit the document.');
		}
		return match ($state) {
			ReviewState::CHANGES_REQUESTED => $ctx->hasReviewers
				? TransitionResult::to($state, ReviewState::IN_REVIEW)
				: TransitionResult::refuse($state, RefusalReason::NO_REVIEWERS, 'A review needs at least one reviewer.'),
			ReviewState::IN_REVIEW => TransitionResult::refuse($state, RefusalReason::ALREADY_SUBMITTED, 'The document is already under review.'),
			ReviewState::APPROVED => TransitionResult::refuse($state, RefusalReason::ALREADY_APPROVED, 'The document is already approved.'),
			ReviewState::DRAFT, ReviewState::WITHDRAWN => TransitionResult::refuse($state, RefusalReason::NOT_CHANGES_REQUESTED, 'Only a document with requested changes can be resubmitted; submit it instead.'),
		};
	}

	private function complete(string $state, string $role, ReviewContext $ctx): TransitionResult {
		if ($role === ReviewRole::OTHER) {
			return TransitionResult::refuse($state, RefusalReason::NOT_REVIEWER, 'Only authors and reviewers take part in the review.');
		}
		$stateRefusal = $this->requireInReview($state);
		if ($stateRefusal !== null) {
			return $stateRefusal;
		}
		return $ctx->ruleSatisfied
			? TransitionResult::to($state, ReviewState::APPROVED)
			: TransitionResult::refuse($state, RefusalReason::RULE_NOT_SATISFIED, 'The approval rule is not met yet.');
	}

	private function requireInReview(string $state): ?TransitionResult {
		return match ($state) {
			ReviewState::IN_REVIEW => null,
			ReviewState::APPROVED => TransitionResult::refuse($state, RefusalReason::ALREADY_APPROVED, 'The document is already approved.'),
			ReviewState::WITHDRAWN => TransitionResult::refuse($state, RefusalReason::ALREADY_WITHDRAWN, 'The document was withdrawn.'),
			ReviewState::DRAFT, ReviewState::CHANGES_REQUESTED => TransitionResult::refuse($state, RefusalReason::NOT_IN_REVIEW, 'The document is not waiting for a decision.'),
		};
	}
}
