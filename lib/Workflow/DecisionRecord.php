<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * A reviewer's decision as the evaluator sees it. Decisions are appended;
 * for each user the last one in the list is the one that counts.
 */
final class DecisionRecord {
	public const APPROVE = 'approve';
	public const REQUEST_CHANGES = 'request_changes';

	public function __construct(
		public readonly string $userId,
		public readonly string $decision,
		public readonly string $versionHash,
	) {
	}
}
