<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Event\DocumentContentChangedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Records a save after submission as a new version in the review (approvals
 * of the old hash go stale, reviewers are asked again).
 *
 * The save has already committed when this runs, so a failure here must not
 * turn the author's save into an error; it is logged instead. What such a
 * failure can leave behind is limited: approvals always name a hash and only
 * those on the current hash count, so no approval of old text is counted;
 * but the state (e.g. approved) and the trail miss this step until the next
 * save records it.
 *
 * @template-implements IEventListener<DocumentContentChangedEvent>
 */
class ReviewNewVersionListener implements IEventListener {
	public function __construct(
		private ReviewService $reviews,
		private LoggerInterface $logger,
	) {
	}

	#[\Override]
	public function handle(Event $event): void {
		if (!$event instanceof DocumentContentChangedEvent) {
			return;
		}
		try {
			$this->reviews->recordNewVersion($event->getDocumentId(), $event->getUserId());
		} catch (\Throwable $e) {
			$this->logger->error('Could not record the new version of document {document} in its review', [
				'document' => $event->getDocumentId(),
				'hash' => $event->getHash(),
				'exception' => $e,
			]);
		}
	}
}
