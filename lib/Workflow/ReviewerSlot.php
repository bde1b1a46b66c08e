<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

use InvalidArgumentException;

/**
 * One entry in a round's reviewer list: a user, or a group whose members
 * decide either as "any one member" or "every member". The service resolves
 * group membership (without the document's authors) before evaluation.
 */
final class ReviewerSlot {
	public const TYPE_USER = 'user';
	public const TYPE_GROUP = 'group';

	public const MODE_ANY = 'any';
	public const MODE_EVERY = 'every';

	/**
	 * @param list<string> $members user ids who may decide for this slot (the user itself for a user slot)
	 */
	public function __construct(
		public readonly string $type,
		public readonly array $members,
		public readonly string $groupMode = self::MODE_ANY,
	) {
		if ($type !== self::TYPE_USER && $type !== self::TYPE_GROUP) {
			throw new InvalidArgumentException('Unknown reviewer type: ' . $type);
		}
		if ($groupMode !== self::MODE_ANY && $groupMode !== self::MODE_EVERY) {
			throw new InvalidArgumentException('Unknown group mode: ' . $groupMode);
		}
	}

	public static function user(string $userId): self {
		return new self(self::TYPE_USER, [$userId]);
	}

	/**
	 * @param list<string> $members
	 */
	public static function group(array $members, string $mode = self::MODE_ANY): self {
		return new self(self::TYPE_GROUP, $members, $mode);
	}

	public function includes(string $userId): bool {
		return in_array($userId, $this->members, true);
	}
}
