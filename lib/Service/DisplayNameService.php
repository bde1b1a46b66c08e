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
 *
 * Users go through IUserManager::getDisplayName() (Nextcloud 25+), which
 * reads the server's display name cache (a distributed cache where one is
 * configured) instead of building a user object from its backend, so a
 * page of the document list costs no user-backend query once the names
 * are cached.
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
			$this->users[$userId] = $this->userManager->getDisplayName($userId) ?? $userId;
		}
		return $this->users[$userId];
	}

	public function forGroup(string $groupId): string {
		$group = $this->groupManager->get($groupId);
		return $group === null ? $groupId : $group->getDisplayName();
	}
}
