<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The outcome of HistoryChain::verify().
 */
final class ChainVerification {
	/**
	 * @param int|null $firstBrokenIndex 0-based index of the first entry that does not fit the chain
	 * @param string|null $problem what was wrong with that entry (seq, prev_hash, entry_hash or document)
	 * @param string|null $headHash entry hash of the last entry when the chain is valid
	 */
	public function __construct(
		public readonly bool $valid,
		public readonly int $length,
		public readonly ?int $firstBrokenIndex,
		public readonly ?string $problem,
		public readonly ?string $headHash,
	) {
	}
}
