<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Review;
use OCA\PolicyDesk\Db\ReviewDecision;
use OCA\PolicyDesk\Db\ReviewDecisionMapper;
use OCA\PolicyDesk\Db\Reviewer;
use OCA\PolicyDesk\Db\ReviewerMapper;
use OCA\PolicyDesk\Db\ReviewMapper;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Exception\StaleVersionException;
use OCA\PolicyDesk\Exception\TransitionRefusedException;
use OCA\PolicyDesk\Workflow\ApprovalEvaluation;
use OCA\PolicyDesk\Workflow\DecisionRecord;
use OCA\PolicyDesk\Workflow\ReviewAction;
use OCA\PolicyDesk\Workflow\ReviewContext;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCA\PolicyDesk\Workflow\ReviewState;
use OCA\PolicyDesk\Workflow\TransitionResult;
use OCP\IL10N;

/**
 * The review use cases: submit, resubmit, withdraw, decide, and the
 * reactions to a new version and to resolved comments. Each one is one
 * transition applied by ReviewTransactionRunner (a new version inside the
 * transaction of the save that made it); notifications and activities
 * go out only after the transaction committed, and their failures are logged,
 * never allowed to undo a decision.
 */
class ReviewService implements ContentChangeHandler {
	public function __construct(
		private ReviewMapper $reviewMapper,
		private ReviewerMapper $reviewerMapper,
		private ReviewDecisionMapper $decisionMapper,
		private ReviewRoundService $rounds,
		private ReviewSubmissionValidator $validator,
		private ReviewTransactionRunner $runner,
		private ReviewDocumentGateway $documents,
		private ReviewEventPublisher $events,
		private IL10N $l10n,
	) {
	}

	/**
	 * Sends the document to reviewers, freezing its current content as a version.
	 *
	 * @param list<array{type: string, id: string, groupMode?: ?string}> $reviewers
	 * @throws InvalidInputException
	 * @throws ForbiddenException
	 * @throws StaleVersionException
	 * @throws TransitionRefusedException
	 * @throws \OCP\DB\Exception
	 */
	public function submit(ReviewDocument $doc, array $reviewers, string $rule, ?int $quorum, bool $sequential, bool $requireResolved, ?string $versionHash): ReviewTransition {
		if ($doc->role !== ReviewRole::AUTHOR) {
			throw new ForbiddenException($this->l10n->t('Only an author of this document can do this.'));
		}
		$submission = $this->validator->validate($doc, $reviewers, $rule, $quorum, $sequential, $requireResolved);
		$this->requireCurrent($doc, $versionHash);

		$transition = $this->runner->run(
			$doc,
			ReviewAction::SUBMIT,
			null,
			fn (ReviewDocument $fresh): ReviewContext => $this->freshContext($fresh, $versionHash, null, $submission->reviewers !== []),
			function (ReviewDocument $fresh, TransitionResult $result, int $now) use ($submission): void {
				[$versionId, $hash] = $this->documents->freezeCurrentVersion($fresh);
				$review = new Review();
				$review->setDocumentId($fresh->documentId);
				$review->setRule($submission->policy->rule);
				$review->setQuorum($submission->policy->rule === 'quorum' ? $submission->policy->quorum : null);
				$review->setSequential($submission->policy->sequential);
				$review->setRequireResolved($submission->policy->requireResolved);
				$review->setSubmittedVersionId($versionId);
				$review->setSubmittedHash($hash);
				$review->setSubmittedBy($fresh->userId);
				$review->setSubmittedAt($now);
				$review = $this->reviewMapper->insert($review);
				foreach ($submission->reviewers as $position => $input) {
					$reviewer = new Reviewer();
					$reviewer->setReviewId($review->getId());
					$reviewer->setDocumentId($fresh->documentId);
					$reviewer->setType($input['type']);
					$reviewer->setReviewerId($input['id']);
					$reviewer->setGroupMode($input['groupMode']);
					$reviewer->setPosition($position);
					$this->reviewerMapper->insert($reviewer);
				}
			},
		);
		$this->afterTransition($transition, null);
		return $transition;
	}

	/**
	 * Sends the document back to the same reviewers after changes were
	 * requested, freezing the current content again.
	 *
	 * @throws ForbiddenException
	 * @throws StaleVersionException
	 * @throws TransitionRefusedException
	 * @throws \OCP\DB\Exception
	 */
	public function resubmit(ReviewDocument $doc, ?string $versionHash, ?string $comment): ReviewTransition {
		$this->requireCurrent($doc, $versionHash);
		$comment = $this->validator->comment($comment);
		$before = $this->evaluation($doc);
		$transition = $this->runner->run(
			$doc,
			ReviewAction::RESUBMIT,
			$comment,
			fn (ReviewDocument $fresh): ReviewContext => $this->freshContext($fresh, $versionHash, $comment, $this->rounds->findCurrent($fresh->documentId) !== null),
			function (ReviewDocument $fresh): void {
				$round = $this->rounds->findCurrent($fresh->documentId);
				if ($round === null) {
					return;
				}
				[$versionId, $hash] = $this->documents->freezeCurrentVersion($fresh);
				$round->review->setSubmittedVersionId($versionId);
				$round->review->setSubmittedHash($hash);
				$this->reviewMapper->update($round->review);
			},
		);
		$this->afterTransition($transition, $before);
		return $transition;
	}

	/**
	 * @throws ForbiddenException
	 * @throws TransitionRefusedException
	 * @throws \OCP\DB\Exception
	 */
	public function withdraw(ReviewDocument $doc, ?string $comment): ReviewTransition {
		$comment = $this->validator->comment($comment);
		$transition = $this->runner->run(
			$doc,
			ReviewAction::WITHDRAW,
			$comment,
			fn (ReviewDocument $fresh): ReviewContext => new ReviewContext($fresh->currentHash, null, $comment),
			static function (): void {
			},
		);
		$this->afterTransition($transition, null);
		return $transition;
	}

	/**
	 * A reviewer's decision on the version hash they read.
	 *
	 * @throws InvalidInputException
	 * @throws ForbiddenException
	 * @throws StaleVersionException
	 * @throws TransitionRefusedException
	 * @throws \OCP\DB\Exception
	 */
	public function decide(ReviewDocument $doc, string $decision, string $versionHash, ?string $comment): ReviewTransition {
		if ($decision !== DecisionRecord::APPROVE && $decision !== DecisionRecord::REQUEST_CHANGES) {
			throw new InvalidInputException($this->l10n->t('decision must be "approve" or "request_changes".'));
		}
		$comment = $this->validator->comment($comment);
		$action = $decision === DecisionRecord::APPROVE ? ReviewAction::APPROVE : ReviewAction::REQUEST_CHANGES;
		$before = $this->evaluation($doc);

		$transition = $this->runner->run(
			$doc,
			$action,
			$comment,
			function (ReviewDocument $fresh) use ($decision, $versionHash, $comment): ReviewContext {
				$round = $this->rounds->findCurrent($fresh->documentId);
				if ($round === null) {
					return new ReviewContext($fresh->currentHash, $versionHash, $comment, false, false, false);
				}
				$now = $this->rounds->evaluate($round, $fresh->currentHash);
				$after = $this->rounds->evaluate($round, $fresh->currentHash, new DecisionRecord($fresh->userId, $decision, $versionHash));
				return new ReviewContext($fresh->currentHash, $versionHash, $comment, true, $now->isAsked($fresh->userId), $after->satisfied);
			},
			function (ReviewDocument $fresh, TransitionResult $result, int $now) use ($decision, $versionHash, $comment): void {
				$round = $this->rounds->findCurrent($fresh->documentId);
				if ($round === null) {
					throw new NotFoundException($this->l10n->t('The document has no review.'));
				}
				$row = new ReviewDecision();
				$row->setReviewId($round->review->getId());
				$row->setDocumentId($fresh->documentId);
				$row->setUserId($fresh->userId);
				$row->setDecision($decision);
				$row->setVersionHash($versionHash);
				$row->setVersionId($this->documents->versionIdForHash($fresh->documentId, $versionHash));
				$row->setComment($comment);
				$row->setCreatedAt($now);
				$this->decisionMapper->insert($row);
			},
		);
		$this->afterTransition($transition, $before);
		return $transition;
	}

	/**
	 * The review step of a save after submission, run inside the save's
	 * transaction: earlier approvals become stale (they name the old hash),
	 * the state moves and the history gets its "new_version" entry; the
	 * reviewers are asked again once the save has committed. Does nothing for
	 * documents that are not submitted. Any other failure propagates, so the
	 * save is rolled back rather than stored without its step in the trail.
	 *
	 * @throws \LogicException when not called inside the save's transaction
	 * @throws ReviewRaceLostException
	 * @throws \OCP\DB\Exception
	 */
	#[\Override]
	public function contentChanged(int $documentId, string $userId, string $hash): ContentChangeOutcome {
		try {
			$doc = $this->documents->load($documentId, $userId);
		} catch (NotFoundException) {
			return ContentChangeOutcome::unchanged();
		}
		if (!in_array($doc->state, [ReviewState::IN_REVIEW, ReviewState::CHANGES_REQUESTED, ReviewState::APPROVED], true)) {
			return ContentChangeOutcome::unchanged();
		}
		if (!hash_equals($doc->currentHash, $hash)) {
			// The row read here is not the one the save wrote: recording
			// another hash would put a version into the trail nobody saved.
			throw new \LogicException('The review step must run in the transaction of the save it records');
		}
		$before = $this->evaluation($doc);
		try {
			$transition = $this->runner->runInOpenTransaction(
				$doc,
				ReviewAction::NEW_VERSION,
				null,
				fn (ReviewDocument $fresh): ReviewContext => new ReviewContext($fresh->currentHash),
				static function (): void {
				},
			);
		} catch (TransitionRefusedException|ForbiddenException) {
			// The rules take no new version in this state: nothing to record.
			return ContentChangeOutcome::unchanged();
		}
		return new ContentChangeOutcome(
			$transition->toState(),
			function () use ($transition, $before): void {
				$this->afterTransition($transition, $before);
			},
		);
	}

	/**
	 * Approves the document when its rule became satisfied without a new
	 * approval, i.e. when the last open comment of a "resolve all comments"
	 * review was resolved.
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function completeIfSatisfied(ReviewDocument $doc): void {
		if ($doc->state !== ReviewState::IN_REVIEW) {
			return;
		}
		try {
			$transition = $this->runner->run(
				$doc,
				ReviewAction::COMPLETE,
				null,
				function (ReviewDocument $fresh): ReviewContext {
					$round = $this->rounds->findCurrent($fresh->documentId);
					$satisfied = $round !== null && $this->rounds->evaluate($round, $fresh->currentHash)->satisfied;
					return new ReviewContext($fresh->currentHash, ruleSatisfied: $satisfied);
				},
				static function (): void {
				},
			);
		} catch (TransitionRefusedException|ForbiddenException) {
			// Not satisfied yet, or no longer in review: nothing to complete.
			return;
		}
		$this->afterTransition($transition, null);
	}

	/**
	 * @throws StaleVersionException
	 */
	private function requireCurrent(ReviewDocument $doc, ?string $versionHash): void {
		if ($versionHash !== null && !hash_equals($doc->currentHash, $versionHash)) {
			throw new StaleVersionException(
				$this->l10n->t('The document has changed since you read it. Look at the current version and try again.'),
				$doc->currentHash,
			);
		}
	}

	/**
	 * Submit and resubmit re-check the hash against the freshly read
	 * document: a save between the first check and the transaction must not
	 * freeze text the author never looked at.
	 */
	private function freshContext(ReviewDocument $fresh, ?string $versionHash, ?string $comment, bool $hasReviewers): ReviewContext {
		if ($versionHash !== null && !hash_equals($fresh->currentHash, $versionHash)) {
			throw new StaleVersionException(
				$this->l10n->t('The document has changed since you read it. Look at the current version and try again.'),
				$fresh->currentHash,
			);
		}
		return new ReviewContext($fresh->currentHash, null, $comment, $hasReviewers);
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	private function evaluation(ReviewDocument $doc): ?ApprovalEvaluation {
		$round = $this->rounds->findCurrent($doc->documentId);
		return $round === null ? null : $this->rounds->evaluate($round, $doc->currentHash);
	}

	/**
	 * Works out who should hear about a committed transition and hands it to
	 * the publisher, which never throws.
	 */
	private function afterTransition(ReviewTransition $transition, ?ApprovalEvaluation $before): void {
		try {
			$doc = $transition->document;
			$round = $this->rounds->findCurrent($doc->documentId);
			$hash = $this->documents->currentHash($doc->documentId);
			$after = $round === null ? null : $this->rounds->evaluate($round, $hash);
			$this->events->published($transition, $round, $before, $after);
		} catch (\Throwable $e) {
			$this->events->failed($transition, $e);
		}
	}
}
