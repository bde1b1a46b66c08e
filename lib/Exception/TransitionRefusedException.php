<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * The review workflow refused an action in the document's current state
 * (see OCA\PolicyDesk\Workflow\RefusalReason). Answered with 409 and the
 * reason code; refusals about the caller's role are ForbiddenException instead.
 */
class TransitionRefusedException extends PolicyDeskException {
	public function __construct(
		string $message,
		private string $reason,
		private string $currentHash,
	) {
		parent::__construct($message);
	}

	public function getReason(): string {
		return $this->reason;
	}

	public function getCurrentHash(): string {
		return $this->currentHash;
	}
}
