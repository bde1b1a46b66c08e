<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\CommentMapper;
use OCA\PolicyDesk\Db\ReviewDecisionMapper;
use OCA\PolicyDesk\Db\Reviewer;
use OCA\PolicyDesk\Db\ReviewerMapper;
use OCA\PolicyDesk\Db\ReviewMapper;
use OCA\PolicyDesk\Workflow\ApprovalEvaluation;
use OCA\PolicyDesk\Workflow\ApprovalEvaluator;
use OCA\PolicyDesk\Workflow\DecisionRecord;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\IGroupManager;
use OCP\IUser;

/**
 * Reads the current review round of a document and evaluates its approval
 * rule. Group reviewers are expanded to their members at evaluation time,
 * without the document's authors, so nobody approves their own document.
 */
class ReviewRoundService {
	public function __construct(
		private ReviewMapper $reviewMapper,
		private ReviewerMapper $reviewerMapper,
		private ReviewDecisionMapper $decisionMapper,
		private CommentMapper $commentMapper,
		private IGroupManager $groupManager,
		private ApprovalEvaluator $evaluator,
		private ReviewDocumentGateway $documents,
	) {
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function findCurrent(int $documentId): ?ReviewRound {
		try {
			$review = $this->reviewMapper->findCurrent($documentId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			return null;
		}
		$reviewers = $this->reviewerMapper->findByReview($review->getId());
		$authors = $this->documents->authorUserIds($documentId);
		$slots = array_map(fn (Reviewer $r): ReviewerSlot => $this->toSlot($r, $authors), $reviewers);
		return new ReviewRound($review, $reviewers, $slots, $this->decisionMapper->findByReview($review->getId()));
	}

	/**
	 * @param DecisionRecord|null $extra a decision being made, counted as if it were stored
	 * @throws \OCP\DB\Exception
	 */
	public function evaluate(ReviewRound $round, string $currentHash, ?DecisionRecord $extra = null): ApprovalEvaluation {
		$decisions = $round->decisionRecords();
		if ($extra !== null) {
			$decisions[] = $extra;
		}
		$unresolved = $round->review->getRequireResolved()
			? $this->commentMapper->countUnresolved($round->review->getDocumentId())
			: 0;
		return $this->evaluator->evaluate($round->policy(), $round->slots, $decisions, $currentHash, $unresolved);
	}

	/**
	 * Members of a group who may decide for it: everyone in the group except
	 * the document's authors.
	 *
	 * @param list<string> $authors
	 * @return list<string>
	 */
	public function groupMembers(string $groupId, array $authors): array {
		$group = $this->groupManager->get($groupId);
		if ($group === null) {
			return [];
		}
		$members = array_map(static fn (IUser $u): string => $u->getUID(), array_values($group->getUsers()));
		sort($members);
		return array_values(array_diff($members, $authors));
	}

	/**
	 * @param list<string> $authors
	 */
	private function toSlot(Reviewer $reviewer, array $authors): ReviewerSlot {
		if ($reviewer->getType() === ReviewerSlot::TYPE_GROUP) {
			return ReviewerSlot::group(
				$this->groupMembers($reviewer->getReviewerId(), $authors),
				$reviewer->getGroupMode() ?? ReviewerSlot::MODE_ANY,
			);
		}
		// A user who has since become a co-author keeps the slot but can no longer decide.
		return in_array($reviewer->getReviewerId(), $authors, true)
			? new ReviewerSlot(ReviewerSlot::TYPE_USER, [])
			: ReviewerSlot::user($reviewer->getReviewerId());
	}
}
