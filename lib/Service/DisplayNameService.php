<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCP\IGroupManager;
use OCP\IUserManager;

/**
 * Display names for user and group ids, remembered per request so that a
 * list of 25 documents by the same few owners costs a few look-ups.
 * A deleted account falls back to its id.
 */
class DisplayNameService {
	/** @var array<string, string> */
	private array $users = [];

	public function __construct(
		private IUserManager $userManager,
		private IGroupManager $groupManager,
	) {
	}

	public function forUser(string $userId): string {
		if (!isset($this->users[$userId])) {
			$user = $this->userManager->get($userId);
			$this->users[$userId] = $user === null ? $userId : $user->getDisplayName();
		}
		return $this->users[$userId];
	}

	public function forGroup(string $groupId): string {
		$group = $this->groupManager->get($groupId);
		return $group === null ? $groupId : $group->getDisplayName();
	}
}
