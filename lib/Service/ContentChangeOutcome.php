<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

/**
 * What a ContentChangeHandler did inside the save's transaction: the state
 * the document moved to (null when it stayed), and the side effects to run
 * once that transaction has committed.
 */
final class ContentChangeOutcome {
	/**
	 * @param \Closure(): void $afterCommit
	 */
	public function __construct(
		public readonly ?string $state,
		private \Closure $afterCommit,
	) {
	}

	public static function unchanged(): self {
		return new self(null, static function (): void {
		});
	}

	/**
	 * Tells people about the stored change. Only called after commit.
	 */
	public function afterCommit(): void {
		($this->afterCommit)();
	}
}
