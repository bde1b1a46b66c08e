<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * Where one reviewer (or one group member) stands in a round.
 */
final class ReviewerStatus {
	/** Sequential rounds: not asked yet, an earlier reviewer has not approved. */
	public const WAITING = 'waiting';
	/** Asked, no decision on the current version. */
	public const PENDING = 'pending';
	public const APPROVED = 'approved';
	public const CHANGES_REQUESTED = 'changes_requested';
	/** The last decision was on an older version: kept and shown, but it does not count. */
	public const STALE = 'stale';
}
