<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

/**
 * What Nextcloud's database layer throws when an insert hits a unique index:
 * an OCP\DB\Exception whose reason says so (the server's subclass sets it).
 */
final class ReviewUniqueViolation extends \OCP\DB\Exception {
	public function getReason(): ?int {
		return self::REASON_UNIQUE_CONSTRAINT_VIOLATION;
	}
}
