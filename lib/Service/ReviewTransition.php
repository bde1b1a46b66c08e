<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Workflow\TransitionResult;

/**
 * A committed transition: the document as it was read inside the winning
 * transaction, the rule's result and the history entry it appended.
 */
final class ReviewTransition {
	public function __construct(
		public readonly ReviewDocument $document,
		public readonly TransitionResult $result,
		public readonly HistoryEntry $entry,
	) {
	}

	public function toState(): string {
		return (string)$this->result->toState;
	}
}
