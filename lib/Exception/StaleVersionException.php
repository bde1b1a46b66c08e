<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * A reviewer decided on (or an author submitted) a version hash that is no
 * longer the document's current one. Answered with 409 and the current hash,
 * so the client can reload, show what changed and ask again.
 */
class StaleVersionException extends PolicyDeskException {
	public function __construct(
		string $message,
		private string $currentHash,
	) {
		parent::__construct($message);
	}

	public function getCurrentHash(): string {
		return $this->currentHash;
	}
}
