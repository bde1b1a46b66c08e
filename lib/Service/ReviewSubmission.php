<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Workflow\ApprovalPolicy;

/**
 * A checked submit request: reviewers in order, and the approval policy.
 */
final class ReviewSubmission {
	/**
	 * @param list<array{type: string, id: string, groupMode: ?string}> $reviewers
	 */
	public function __construct(
		public readonly array $reviewers,
		public readonly ApprovalPolicy $policy,
	) {
	}
}
