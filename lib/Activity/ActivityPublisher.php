<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Activity;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\Activity\IManager;
use OCP\AppFramework\Utility\ITimeFactory;

/**
 * Publishes review events to the Activity app, one entry per affected user
 * (authors and reviewers of the document). Provider renders them.
 */
class ActivityPublisher {
	public function __construct(
		private IManager $manager,
		private ITimeFactory $time,
	) {
	}

	/**
	 * @param list<string> $userIds
	 */
	public function publish(string $subject, array $userIds, int $documentId, string $title, string $actorId, ?string $comment): void {
		$params = ['title' => $title, 'actor' => $actorId];
		if ($comment !== null) {
			$params['comment'] = mb_substr($comment, 0, 300);
		}
		foreach ($userIds as $userId) {
			$event = $this->manager->generateEvent();
			$event->setApp(Application::APP_ID)
				->setType(Provider::TYPE)
				->setAffectedUser($userId)
				->setAuthor($actorId)
				->setTimestamp($this->time->getTime())
				->setObject(Provider::OBJECT_TYPE, $documentId, $title)
				->setSubject($subject, $params);
			$this->manager->publish($event);
		}
	}
}
