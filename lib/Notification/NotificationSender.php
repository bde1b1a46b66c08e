<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Notification;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Notification\IManager;

/**
 * Creates and withdraws review notifications. Stores ids and the title at
 * the time; Notifier renders them in the reader's language.
 */
class NotificationSender {
	public function __construct(
		private IManager $manager,
		private ITimeFactory $time,
	) {
	}

	/**
	 * @param list<string> $userIds
	 */
	public function send(string $subject, array $userIds, int $documentId, string $title, string $actorId, ?string $comment): void {
		$params = ['title' => $title, 'actor' => $actorId];
		if ($comment !== null) {
			// Kept short: the full comment is in the review panel.
			$params['comment'] = mb_substr($comment, 0, 300);
		}
		foreach ($userIds as $userId) {
			// One open "please review" per person and document: an author who
			// saves ten times does not leave ten notifications behind.
			if ($subject === Notifier::NEW_VERSION || $subject === Notifier::REVIEW_REQUESTED) {
				$this->withdraw($documentId, $userId, $subject);
			}
			$notification = $this->manager->createNotification();
			$notification->setApp(Application::APP_ID)
				->setUser($userId)
				->setDateTime($this->time->getDateTime())
				->setObject(Notifier::OBJECT_TYPE, (string)$documentId)
				->setSubject($subject, $params);
			$this->manager->notify($notification);
		}
	}

	/**
	 * Removes a document's notifications: all of them, or one user's of one kind.
	 */
	public function withdraw(int $documentId, ?string $userId = null, ?string $subject = null): void {
		$notification = $this->manager->createNotification();
		$notification->setApp(Application::APP_ID)
			->setObject(Notifier::OBJECT_TYPE, (string)$documentId);
		if ($userId !== null) {
			$notification->setUser($userId);
		}
		if ($subject !== null) {
			$notification->setSubject($subject);
		}
		$this->manager->markProcessed($notification);
	}
}
