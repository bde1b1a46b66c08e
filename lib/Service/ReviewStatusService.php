<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\CommentMapper;
use OCA\PolicyDesk\Db\ReviewDecision;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Workflow\ApprovalEvaluation;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCA\PolicyDesk\Workflow\ReviewState;

/**
 * Describes where a document's review stands, for one user: the round, each
 * reviewer's status (stale approvals included), what the user may do now.
 *
 * @psalm-import-type PolicyDeskReview from ResponseDefinitions
 * @psalm-import-type PolicyDeskReviewRound from ResponseDefinitions
 * @psalm-import-type PolicyDeskReviewer from ResponseDefinitions
 * @psalm-import-type PolicyDeskDecision from ResponseDefinitions
 */
class ReviewStatusService {
	public function __construct(
		private ReviewRoundService $rounds,
		private ReviewDocumentGateway $documents,
		private CommentMapper $comments,
		private DisplayNameService $names,
	) {
	}

	/**
	 * @return PolicyDeskReview
	 * @throws \OCP\DB\Exception
	 */
	public function describe(ReviewDocument $doc): array {
		$round = $this->rounds->findCurrent($doc->documentId);
		$evaluation = $round === null ? null : $this->rounds->evaluate($round, $doc->currentHash);
		$author = $doc->role === ReviewRole::AUTHOR;
		$state = $doc->state;

		/** @var PolicyDeskReview */
		return [
			'documentId' => $doc->documentId,
			'state' => $state,
			'currentHash' => $doc->currentHash,
			'currentVersionId' => $this->documents->versionIdForHash($doc->documentId, $doc->currentHash),
			'role' => $doc->role,
			'canSubmit' => $author && in_array($state, [ReviewState::DRAFT, ReviewState::WITHDRAWN], true),
			'canResubmit' => $author && $state === ReviewState::CHANGES_REQUESTED,
			'canWithdraw' => $author && in_array($state, [ReviewState::DRAFT, ReviewState::IN_REVIEW, ReviewState::CHANGES_REQUESTED], true),
			'canDecide' => $doc->role === ReviewRole::REVIEWER && $state === ReviewState::IN_REVIEW
				&& $evaluation !== null && $evaluation->isAsked($doc->userId),
			'round' => $round === null || $evaluation === null ? null : $this->describeRound($doc, $round, $evaluation),
		];
	}

	/**
	 * @return PolicyDeskReviewRound
	 * @throws \OCP\DB\Exception
	 */
	private function describeRound(ReviewDocument $doc, ReviewRound $round, ApprovalEvaluation $evaluation): array {
		$review = $round->review;
		$reviewers = [];
		foreach ($round->reviewers as $index => $reviewer) {
			$isGroup = $reviewer->getType() === ReviewerSlot::TYPE_GROUP;
			$members = [];
			if ($isGroup) {
				foreach ($evaluation->memberStatuses($index) as $userId => $status) {
					$userId = (string)$userId; // numeric user ids come back as int array keys
					$members[] = ['userId' => $userId, 'displayName' => $this->names->forUser($userId), 'status' => $status];
				}
			}
			$reviewers[] = [
				'id' => $reviewer->getId(),
				'type' => $reviewer->getType(),
				'reviewerId' => $reviewer->getReviewerId(),
				'displayName' => $isGroup ? $this->names->forGroup($reviewer->getReviewerId()) : $this->names->forUser($reviewer->getReviewerId()),
				'groupMode' => $isGroup ? ($reviewer->getGroupMode() ?? ReviewerSlot::MODE_ANY) : null,
				'position' => $reviewer->getPosition(),
				'status' => $evaluation->slotStatus($index),
				'members' => $members,
			];
		}

		$mine = null;
		foreach ($round->decisions as $decision) {
			if ($decision->getUserId() === $doc->userId) {
				$mine = $decision;
			}
		}
		$decisions = array_map(fn (ReviewDecision $d): array => $this->describeDecision($d, $doc->currentHash), array_reverse($round->decisions));

		/** @var PolicyDeskReviewRound */
		return [
			'id' => $review->getId(),
			'rule' => $review->getRule(),
			'quorum' => $review->getQuorum(),
			'sequential' => $review->getSequential(),
			'requireResolved' => $review->getRequireResolved(),
			'submittedVersionId' => $review->getSubmittedVersionId(),
			'submittedHash' => $review->getSubmittedHash(),
			'submittedBy' => $review->getSubmittedBy(),
			'submittedAt' => $review->getSubmittedAt(),
			'reviewers' => $reviewers,
			'decisions' => $decisions,
			'approvals' => $evaluation->approvals,
			'required' => $evaluation->required,
			'unresolvedComments' => $this->comments->countUnresolved($doc->documentId),
			'satisfied' => $evaluation->satisfied,
			'myLastReviewedHash' => $mine?->getVersionHash(),
			'myLastReviewedVersionId' => $mine?->getVersionId(),
		];
	}

	/**
	 * @return PolicyDeskDecision
	 */
	private function describeDecision(ReviewDecision $decision, string $currentHash): array {
		/** @var PolicyDeskDecision */
		return [
			'id' => $decision->getId(),
			'userId' => $decision->getUserId(),
			'displayName' => $this->names->forUser($decision->getUserId()),
			'decision' => $decision->getDecision(),
			'versionHash' => $decision->getVersionHash(),
			'versionId' => $decision->getVersionId(),
			'comment' => $decision->getComment(),
			'createdAt' => $decision->getCreatedAt(),
			'stale' => $decision->getVersionHash() !== $currentHash,
		];
	}
}
