<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Review;
use OCA\PolicyDesk\Db\ReviewDecision;
use OCA\PolicyDesk\Db\Reviewer;
use OCA\PolicyDesk\Workflow\ApprovalPolicy;
use OCA\PolicyDesk\Workflow\DecisionRecord;
use OCA\PolicyDesk\Workflow\ReviewerSlot;

/**
 * A review round as read from the database, with group members resolved,
 * ready for OCA\PolicyDesk\Workflow\ApprovalEvaluator.
 */
final class ReviewRound {
	/**
	 * @param list<Reviewer> $reviewers in position order
	 * @param list<ReviewerSlot> $slots same order as $reviewers
	 * @param list<ReviewDecision> $decisions oldest first
	 */
	public function __construct(
		public readonly Review $review,
		public readonly array $reviewers,
		public readonly array $slots,
		public readonly array $decisions,
	) {
	}

	public function policy(): ApprovalPolicy {
		return new ApprovalPolicy(
			$this->review->getRule(),
			$this->review->getQuorum(),
			$this->review->getSequential(),
			$this->review->getRequireResolved(),
		);
	}

	/**
	 * @return list<DecisionRecord>
	 */
	public function decisionRecords(): array {
		return array_map(
			static fn (ReviewDecision $d): DecisionRecord => new DecisionRecord($d->getUserId(), $d->getDecision(), $d->getVersionHash()),
			$this->decisions,
		);
	}
}
