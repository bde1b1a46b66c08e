<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use Closure;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\StaleVersionException;
use OCA\PolicyDesk\Exception\TransitionRefusedException;
use OCA\PolicyDesk\Workflow\RefusalReason;
use OCA\PolicyDesk\Workflow\ReviewContext;
use OCA\PolicyDesk\Workflow\ReviewRules;
use OCA\PolicyDesk\Workflow\TransitionResult;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\Exception as DbException;
use OCP\IDBConnection;
use OCP\IL10N;
use Psr\Log\LoggerInterface;

/**
 * Applies one workflow transition: reads the document, asks ReviewRules,
 * writes the action's rows, moves the state and appends the history entry,
 * all in ONE database transaction.
 *
 * Two requests can race (a withdraw and an approval; the last two approvals
 * of an "all" round, each of which sees only its own). Two guards give one
 * well-defined winner: the state is moved with a conditional UPDATE (WHERE
 * state = the state we read), and every transition appends history entry n+1
 * under a unique (document_id, seq) index. The loser's write fails, its
 * transaction is rolled back and it starts again on fresh data; the second
 * of two last approvals then sees the first and approves the document, and a
 * withdraw that lost to an approval is refused as "already approved".
 *
 * A save after submission runs its "new version" step through
 * runInOpenTransaction() inside the save's own transaction instead.
 */
class ReviewTransactionRunner {
	/** Attempts before giving up; each retry sees the winner's committed rows. */
	public const ATTEMPTS = 3;

	public function __construct(
		private IDBConnection $db,
		private ReviewDocumentGateway $documents,
		private HistoryService $history,
		private ReviewRules $rules,
		private ITimeFactory $time,
		private IL10N $l10n,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @param Closure(ReviewDocument): ReviewContext $context builds the rule context from the freshly read document
	 * @param Closure(ReviewDocument, TransitionResult, int): void $write inserts the action's own rows (decision, round, …)
	 * @throws ForbiddenException when the caller's role may not do this
	 * @throws InvalidInputException when the rule needs input that is missing (a comment)
	 * @throws StaleVersionException when the caller decided on an older version
	 * @throws TransitionRefusedException when the document's state does not allow it
	 * @throws \OCP\DB\Exception
	 */
	public function run(ReviewDocument $document, string $action, ?string $comment, Closure $context, Closure $write): ReviewTransition {
		for ($attempt = 1; ; $attempt++) {
			$this->db->beginTransaction();
			try {
				$transition = $this->apply($document, $action, $comment, $context, $write);
				$this->db->commit();
				return $transition;
			} catch (ReviewRaceLostException) {
				$this->db->rollBack();
			} catch (DbException $e) {
				$this->db->rollBack();
				if ($e->getReason() !== DbException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
					throw $e;
				}
			} catch (\Throwable $e) {
				$this->db->rollBack();
				throw $e;
			}
			if ($attempt >= self::ATTEMPTS) {
				throw new TransitionRefusedException(
					$this->l10n->t('The document was changed by someone else at the same moment. Reload it and try again.'),
					'conflict',
					$document->currentHash,
				);
			}
		}
	}

	/**
	 * The same transition as run(), inside a transaction the caller opened
	 * and commits or rolls back: a save and the review step it causes are
	 * stored together (see ContentChangeHandler). Nothing is retried here,
	 * since retrying would need the caller's writes rolled back too; a lost
	 * race (ReviewRaceLostException, or a unique violation on the history
	 * seq) reaches the caller, which rolls back the whole transaction.
	 *
	 * @param Closure(ReviewDocument): ReviewContext $context
	 * @param Closure(ReviewDocument, TransitionResult, int): void $write
	 * @throws ForbiddenException
	 * @throws InvalidInputException
	 * @throws StaleVersionException
	 * @throws TransitionRefusedException
	 * @throws ReviewRaceLostException
	 * @throws \LogicException when no transaction is open
	 * @throws \OCP\DB\Exception
	 */
	public function runInOpenTransaction(ReviewDocument $document, string $action, ?string $comment, Closure $context, Closure $write): ReviewTransition {
		if (!$this->db->inTransaction()) {
			throw new \LogicException('runInOpenTransaction() needs the caller\'s open transaction');
		}
		return $this->apply($document, $action, $comment, $context, $write);
	}

	/**
	 * One attempt: read fresh, ask the rules, write, move the state
	 * conditionally and append the history entry. The caller owns the
	 * transaction.
	 *
	 * @param Closure(ReviewDocument): ReviewContext $context
	 * @param Closure(ReviewDocument, TransitionResult, int): void $write
	 * @throws ReviewRaceLostException
	 */
	private function apply(ReviewDocument $document, string $action, ?string $comment, Closure $context, Closure $write): ReviewTransition {
		$fresh = $this->documents->reload($document);
		$result = $this->rules->transition($fresh->state, $action, $fresh->role, $context($fresh));
		if (!$result->allowed) {
			$this->logger->debug('Review action {action} on document {document} refused: {reason}', [
				'action' => $action,
				'document' => $fresh->documentId,
				'reason' => $result->message,
			]);
			throw $this->refusal($result, $fresh->currentHash);
		}
		$now = $this->time->getTime();
		$write($fresh, $result, $now);
		$to = (string)$result->toState;
		if ($result->changesState() && !$this->documents->compareAndSetState($fresh->documentId, $fresh->state, $to)) {
			throw new ReviewRaceLostException();
		}
		$entry = $this->history->append($fresh->documentId, $fresh->userId, $action, $fresh->state, $to, $fresh->currentHash, $comment, $now);
		return new ReviewTransition($fresh, $result, $entry);
	}

	private function refusal(TransitionResult $result, string $currentHash): \Exception {
		$reason = (string)$result->reason;
		$message = $this->message($reason);
		return match (true) {
			$reason === RefusalReason::STALE_VERSION => new StaleVersionException($message, $currentHash),
			$reason === RefusalReason::COMMENT_REQUIRED => new InvalidInputException($message),
			in_array($reason, RefusalReason::ROLE_REASONS, true) => new ForbiddenException($message),
			default => new TransitionRefusedException($message, $reason, $currentHash),
		};
	}

	/**
	 * The user-facing text for each refusal; ReviewRules' English messages
	 * are for logs and tests.
	 */
	private function message(string $reason): string {
		return match ($reason) {
			RefusalReason::NOT_AUTHOR => $this->l10n->t('Only an author of this document can do this.'),
			RefusalReason::NOT_REVIEWER => $this->l10n->t('Only a reviewer of this document can do this.'),
			RefusalReason::AUTHOR_CANNOT_APPROVE => $this->l10n->t('Authors cannot approve their own document.'),
			RefusalReason::NOT_IN_REVIEW => $this->l10n->t('The document is not waiting for a review decision.'),
			RefusalReason::NOT_YOUR_TURN => $this->l10n->t('This review goes in order: an earlier reviewer has to approve first.'),
			RefusalReason::STALE_VERSION => $this->l10n->t('The document has changed since you read it. Look at the current version and decide again.'),
			RefusalReason::COMMENT_REQUIRED => $this->l10n->t('Say which changes are needed: a comment is required.'),
			RefusalReason::ALREADY_APPROVED => $this->l10n->t('The document is already approved.'),
			RefusalReason::ALREADY_WITHDRAWN => $this->l10n->t('The document was withdrawn.'),
			RefusalReason::ALREADY_SUBMITTED => $this->l10n->t('The document is already in review.'),
			RefusalReason::NOT_CHANGES_REQUESTED => $this->l10n->t('Only a document with requested changes can be resubmitted.'),
			RefusalReason::NOT_SUBMITTED => $this->l10n->t('The document is not in review.'),
			RefusalReason::NO_REVIEWERS => $this->l10n->t('Choose at least one reviewer.'),
			RefusalReason::RULE_NOT_SATISFIED => $this->l10n->t('The approval rule is not met yet.'),
			default => $this->l10n->t('This is not possible in the document\'s current state.'),
		};
	}
}
