<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Service\DisplayNameService;
use OCP\IGroup;
use OCP\IGroupManager;
use OCP\IUserManager;
use PHPUnit\Framework\TestCase;

class DisplayNameServiceTest extends TestCase {
	public function testAPageOfDocumentsLooksEachOwnerUpOnce(): void {
		if (!method_exists(IUserManager::class, 'getDisplayName')) {
			$this->markTestSkipped('IUserManager::getDisplayName() is OCP 25+; run with NEXTCLOUD_OCP_DIR');
		}
		$users = $this->createMock(IUserManager::class);
		$users->expects($this->exactly(3))->method('getDisplayName')
			->willReturnCallback(static fn (string $uid): ?string => ['alice' => 'Alice Andersson', 'bob' => 'Bob Berg'][$uid] ?? null);
		// Never a full user object per row.
		$users->expects($this->never())->method('get');
		$names = new DisplayNameService($users, $this->createMock(IGroupManager::class));

		$owners = array_merge(array_fill(0, 20, 'alice'), array_fill(0, 4, 'bob'), ['deleted-user']);
		$shown = array_map(static fn (string $uid): string => $names->forUser($uid), $owners);

		$this->assertSame('Alice Andersson', $shown[0]);
		$this->assertSame('Bob Berg', $shown[20]);
		$this->assertSame('deleted-user', $shown[24], 'a deleted account is shown by its id');
	}

	public function testGroupsFallBackToTheirId(): void {
		$group = $this->createMock(IGroup::class);
		$group->method('getDisplayName')->willReturn('Staff');
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('get')->willReturnCallback(static fn (string $gid): ?IGroup => $gid === 'staff' ? $group : null);
		$names = new DisplayNameService($this->createMock(IUserManager::class), $groups);
		$this->assertSame('Staff', $names->forGroup('staff'));
		$this->assertSame('gone', $names->forGroup('gone'));
	}
}
