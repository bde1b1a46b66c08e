<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

use InvalidArgumentException;

/**
 * How many approvals a round needs, chosen by the author per document.
 */
final class ApprovalPolicy {
	public const RULE_ALL = 'all';
	public const RULE_ANY = 'any';
	public const RULE_QUORUM = 'quorum';

	public const RULES = [self::RULE_ALL, self::RULE_ANY, self::RULE_QUORUM];

	/**
	 * @param string $rule all (default), any, or quorum
	 * @param int|null $quorum approvals needed for the quorum rule (at least 1); ignored otherwise
	 * @param bool $sequential reviewer N+1 is only asked once reviewer N has approved
	 * @param bool $requireResolved the document only counts as approved once every comment is resolved
	 */
	public function __construct(
		public readonly string $rule = self::RULE_ALL,
		public readonly ?int $quorum = null,
		public readonly bool $sequential = false,
		public readonly bool $requireResolved = false,
	) {
		if (!in_array($rule, self::RULES, true)) {
			throw new InvalidArgumentException('Unknown approval rule: ' . $rule);
		}
		if ($rule === self::RULE_QUORUM && ($quorum === null || $quorum < 1)) {
			throw new InvalidArgumentException('The quorum rule needs a quorum of at least 1.');
		}
	}

	/**
	 * Approving units needed out of $units (one unit per reviewer entry).
	 * A quorum larger than the number of reviewers is capped rather than
	 * making the round impossible; the service refuses such input up front.
	 */
	public function required(int $units): int {
		return match ($this->rule) {
			self::RULE_ANY => min(1, $units),
			self::RULE_QUORUM => min((int)$this->quorum, $units),
			default => $units,
		};
	}
}
