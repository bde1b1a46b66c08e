<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\Share;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Service\AccessService;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\ShareService;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IGroupManager;
use OCP\IUserManager;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class ShareServiceTest extends TestCase {
	use FakeL10n;

	private ShareMapper&MockObject $shares;
	private AccessService&MockObject $access;

	private function service(AccessRole $role): ShareService {
		$this->shares = $this->createMock(ShareMapper::class);
		$this->access = $this->createMock(AccessService::class);
		$this->access->method('load')->willReturn([DocumentFixtures::stored(owner: 'alice'), $role]);
		$users = $this->createMock(IUserManager::class);
		$users->method('userExists')->willReturnCallback(static fn (string $uid): bool => in_array($uid, ['alice', 'bob'], true));
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('groupExists')->willReturnCallback(static fn (string $gid): bool => $gid === 'staff');
		$names = $this->createMock(DisplayNameService::class);
		$names->method('forUser')->willReturn('Bob Builder');
		$names->method('forGroup')->willReturn('Staff');
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(5000);
		return new ShareService($this->shares, $this->access, $names, $users, $groups, $time, $this->fakeL10n());
	}

	/**
	 * @return array<string, array{string, string, string}>
	 */
	public static function added(): array {
		return [
			'a user' => ['user', 'bob', 'Bob Builder'],
			'a group' => ['group', 'staff', 'Staff'],
		];
	}

	#[DataProvider('added')]
	public function testOwnerAddsCoAuthor(string $type, string $with, string $displayName): void {
		$service = $this->service(AccessRole::Owner);
		$this->shares->method('exists')->willReturn(false);
		$this->shares->expects($this->once())->method('insert')->willReturnCallback(static function (Share $s): Share {
			$s->setId(3);
			return $s;
		});
		$this->assertSame(
			['id' => 3, 'type' => $type, 'shareWith' => $with, 'displayName' => $displayName, 'role' => 'coauthor'],
			$service->add('alice', 7, $type, $with)->toArray(),
		);
	}

	/**
	 * @return array<string, array{string, string, bool}>
	 */
	public static function refused(): array {
		return [
			'unknown user' => ['user', 'nobody', false],
			'unknown group' => ['group', 'nobody', false],
			'the owner' => ['user', 'alice', false],
			'unknown type' => ['circle', 'bob', false],
			'already a co-author' => ['user', 'bob', true],
		];
	}

	#[DataProvider('refused')]
	public function testRefusesBadShares(string $type, string $with, bool $exists): void {
		$service = $this->service(AccessRole::Owner);
		$this->shares->method('exists')->willReturn($exists);
		$this->shares->expects($this->never())->method('insert');
		$this->expectException(InvalidInputException::class);
		$service->add('alice', 7, $type, $with);
	}

	public function testCoAuthorMayNotShare(): void {
		$service = $this->service(AccessRole::CoAuthor);
		$this->shares->expects($this->never())->method('insert');
		$this->expectException(ForbiddenException::class);
		$service->add('bob', 7, 'user', 'bob');
	}

	public function testRemovingAShareOfAnotherDocumentIsNotFound(): void {
		$service = $this->service(AccessRole::Owner);
		$this->shares->method('findForDocument')->with(7, 99)->willThrowException(new DoesNotExistException('no row'));
		$this->shares->expects($this->never())->method('delete');
		$this->expectException(NotFoundException::class);
		$service->remove('alice', 7, 99);
	}

	public function testOwnerRemovesShare(): void {
		$service = $this->service(AccessRole::Owner);
		$share = new Share();
		$this->shares->method('findForDocument')->with(7, 3)->willReturn($share);
		$this->shares->expects($this->once())->method('delete')->with($share);
		$service->remove('alice', 7, 3);
	}
}
