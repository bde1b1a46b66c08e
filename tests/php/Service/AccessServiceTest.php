<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Service\AccessService;
use OCA\PolicyDesk\Service\ReviewerAccess;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\IGroupManager;
use OCP\IUser;
use OCP\IUserManager;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class AccessServiceTest extends TestCase {
	use FakeL10n;

	/**
	 * @return array<string, array{string, bool, bool, ?AccessRole}>
	 */
	public static function cases(): array {
		// user, shared (user or group), reviewer, expected role (null: not found)
		return [
			'owner' => ['alice', false, false, AccessRole::Owner],
			'co-author' => ['bob', true, false, AccessRole::CoAuthor],
			'reviewer of the current round' => ['carol', false, true, AccessRole::Reviewer],
			'anyone else' => ['mallory', false, false, null],
		];
	}

	#[DataProvider('cases')]
	public function testRoleDecidesVisibility(string $userId, bool $shared, bool $reviewer, ?AccessRole $expected): void {
		$documents = $this->createMock(DocumentMapper::class);
		$documents->method('findById')->with(7)->willReturn(DocumentFixtures::stored(owner: 'alice'));
		$shares = $this->createMock(ShareMapper::class);
		$shares->method('isSharedWith')->with(7, $userId, ['staff'])->willReturn($shared);
		$reviewers = $this->createMock(ReviewerAccess::class);
		$reviewers->method('isReviewer')->willReturn($reviewer);
		$user = $this->createMock(IUser::class);
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturn($user);
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('getUserGroupIds')->with($user)->willReturn(['staff']);
		$service = new AccessService($documents, $shares, $users, $groups, $this->fakeL10n(), $reviewers);

		if ($expected === null) {
			$this->expectException(NotFoundException::class);
			$this->expectExceptionMessage('Document not found');
		}
		[$document, $role] = $service->load(7, $userId);
		$this->assertSame(7, $document->getId());
		$this->assertSame($expected, $role);
	}

	public function testMissingDocumentIsNotFoundLikeAnInvisibleOne(): void {
		$documents = $this->createMock(DocumentMapper::class);
		$documents->method('findById')->willThrowException(new DoesNotExistException('no row'));
		$service = new AccessService($documents, $this->createMock(ShareMapper::class), $this->createMock(IUserManager::class), $this->createMock(IGroupManager::class), $this->fakeL10n(), $this->createMock(ReviewerAccess::class));
		$this->expectException(NotFoundException::class);
		$this->expectExceptionMessage('Document not found');
		$service->load(99, 'alice');
	}
}
