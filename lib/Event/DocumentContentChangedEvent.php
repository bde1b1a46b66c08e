<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Event;

use OCP\EventDispatcher\Event;

/**
 * Dispatched by drafting after a save changed a document's content (the
 * transaction has committed). The review workflow listens: a change after
 * submission makes earlier approvals stale and asks the reviewers again.
 */
class DocumentContentChangedEvent extends Event {
	public function __construct(
		private int $documentId,
		private string $userId,
		private string $hash,
	) {
		parent::__construct();
	}

	public function getDocumentId(): int {
		return $this->documentId;
	}

	public function getUserId(): string {
		return $this->userId;
	}

	public function getHash(): string {
		return $this->hash;
	}
}
