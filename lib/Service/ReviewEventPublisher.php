<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Activity\ActivityPublisher;
use OCA\PolicyDesk\Activity\Provider;
use OCA\PolicyDesk\Notification\NotificationSender;
use OCA\PolicyDesk\Notification\Notifier;
use OCA\PolicyDesk\Workflow\ApprovalEvaluation;
use OCA\PolicyDesk\Workflow\ReviewAction;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCA\PolicyDesk\Workflow\ReviewState;
use Psr\Log\LoggerInterface;

/**
 * Tells people about a committed transition: notifications to those who
 * need to act or to know, activities to everyone taking part. Runs after
 * the transaction; every failure is logged and swallowed, because the
 * decision is already stored and must not be reported as failed.
 */
class ReviewEventPublisher {
	public function __construct(
		private NotificationSender $notifications,
		private ActivityPublisher $activities,
		private ReviewDocumentGateway $documents,
		private LoggerInterface $logger,
	) {
	}

	public function published(ReviewTransition $transition, ?ReviewRound $round, ?ApprovalEvaluation $before, ?ApprovalEvaluation $after): void {
		$doc = $transition->document;
		$actor = $doc->userId;
		$comment = $transition->entry->getComment();
		$action = $transition->entry->getAction();
		$toState = $transition->toState();

		$authors = $this->safely(fn (): array => $this->documents->authorUserIds($doc->documentId), []);
		$reviewers = $round === null ? [] : $this->reviewerUserIds($round->slots);
		$awaited = $after === null ? [] : $after->awaitedUserIds();
		$everyone = array_values(array_unique(array_merge($authors, $reviewers)));

		$notices = [];
		$activity = null;
		switch ($action) {
			case ReviewAction::SUBMIT:
				$notices[Notifier::REVIEW_REQUESTED] = $awaited;
				$activity = Provider::SUBMITTED;
				break;
			case ReviewAction::RESUBMIT:
				$notices[Notifier::NEW_VERSION] = $awaited;
				$activity = Provider::RESUBMITTED;
				break;
			case ReviewAction::NEW_VERSION:
				// While changes are requested the reviewers hear about it on resubmit.
				if ($toState === ReviewState::IN_REVIEW) {
					$notices[Notifier::NEW_VERSION] = $awaited;
				}
				$activity = Provider::NEW_VERSION;
				break;
			case ReviewAction::APPROVE:
				$notices[Notifier::APPROVED_BY] = $authors;
				// In a sequential round this approval may hand the turn on.
				$notices[Notifier::REVIEW_REQUESTED] = array_values(array_diff($awaited, $before === null ? [] : $before->awaitedUserIds()));
				$activity = Provider::APPROVED_BY;
				break;
			case ReviewAction::REQUEST_CHANGES:
				$notices[Notifier::CHANGES_REQUESTED] = $authors;
				$activity = Provider::CHANGES_REQUESTED;
				break;
			case ReviewAction::WITHDRAW:
				$activity = Provider::WITHDRAWN;
				break;
		}
		if ($toState === ReviewState::APPROVED) {
			$notices[Notifier::DOCUMENT_APPROVED] = $everyone;
		}

		if ($toState === ReviewState::APPROVED || $toState === ReviewState::WITHDRAWN) {
			// Nobody needs to review any more: take back open requests.
			$this->safely(function () use ($doc): void {
				$this->notifications->withdraw($doc->documentId);
			}, null);
		}
		foreach ($notices as $subject => $users) {
			$users = array_values(array_diff($users, [$actor]));
			if ($users !== []) {
				$this->safely(function () use ($subject, $users, $doc, $actor, $comment): void {
					$this->notifications->send($subject, $users, $doc->documentId, $doc->title, $actor, $comment);
				}, null);
			}
		}
		if ($activity !== null) {
			$this->safely(function () use ($activity, $everyone, $doc, $actor, $comment): void {
				$this->activities->publish($activity, $everyone, $doc->documentId, $doc->title, $actor, $comment);
			}, null);
		}
		if ($toState === ReviewState::APPROVED) {
			$this->safely(function () use ($everyone, $doc, $actor): void {
				$this->activities->publish(Provider::DOCUMENT_APPROVED, $everyone, $doc->documentId, $doc->title, $actor, null);
			}, null);
		}
	}

	public function failed(ReviewTransition $transition, \Throwable $e): void {
		$this->logger->error('Could not notify about review action {action} on document {document}', [
			'action' => $transition->entry->getAction(),
			'document' => $transition->document->documentId,
			'exception' => $e,
		]);
	}

	/**
	 * @param list<ReviewerSlot> $slots
	 * @return list<string>
	 */
	private function reviewerUserIds(array $slots): array {
		$users = [];
		foreach ($slots as $slot) {
			foreach ($slot->members as $userId) {
				$users[$userId] = true;
			}
		}
		return array_map('strval', array_keys($users));
	}

	/**
	 * @template T
	 * @param \Closure(): T $call
	 * @param T $fallback
	 * @return T
	 */
	private function safely(\Closure $call, mixed $fallback): mixed {
		try {
			return $call();
		} catch (\Throwable $e) {
			$this->logger->error('Review notification or activity failed: ' . $e->getMessage(), ['exception' => $e]);
			return $fallback;
		}
	}
}
