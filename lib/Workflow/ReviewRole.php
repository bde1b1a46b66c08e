<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The part a user plays for one document. The owner and co-authors are
 * authors; an author is never treated as a reviewer, even when a reviewer
 * group contains them, so nobody can approve their own document.
 */
final class ReviewRole {
	public const AUTHOR = 'author';
	public const REVIEWER = 'reviewer';
	public const OTHER = 'other';

	public const ALL = [self::AUTHOR, self::REVIEWER, self::OTHER];

	public static function isValid(string $role): bool {
		return in_array($role, self::ALL, true);
	}
}
