<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Model\DocumentView;
use OCA\PolicyDesk\Model\PreparedContent;
use OCA\PolicyDesk\Service\AccessService;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\DocumentService;
use OCA\PolicyDesk\Service\VersionService;
use OCP\AppFramework\Db\DoesNotExistException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class VersionServiceTest extends TestCase {
	use FakeL10n;

	private VersionMapper&MockObject $versions;
	private DocumentService&MockObject $documents;

	private function service(AccessRole $role, int $revision = 3): VersionService {
		$this->versions = $this->createMock(VersionMapper::class);
		$this->documents = $this->createMock(DocumentService::class);
		$access = $this->createMock(AccessService::class);
		$access->method('load')->willReturn([DocumentFixtures::stored(revision: $revision), $role]);
		$names = $this->createMock(DisplayNameService::class);
		$names->method('forUser')->willReturn('Alice A.');
		return new VersionService($this->versions, $access, $this->documents, $names, DocumentFixtures::pipeline(), $this->fakeL10n());
	}

	private static function oldVersion(): Version {
		$stored = DocumentFixtures::stored(text: 'Old text');
		$version = new Version();
		$version->setId(60);
		$version->setDocumentId(7);
		$version->setVersionNumber(2);
		$version->setAuthorId('alice');
		$version->setCreatedAt(1500);
		$version->setContent($stored->getContent());
		$version->setContentHash($stored->getContentHash());
		$version->setSize(strlen($stored->getContent()));
		return $version;
	}

	private static function view(): DocumentView {
		$summary = ['id' => 7, 'title' => 'T', 'type' => 'policy', 'language' => 'sv', 'state' => 'draft', 'ownerId' => 'alice', 'ownerDisplayName' => 'Alice', 'createdAt' => 1, 'updatedAt' => 2, 'revision' => 5];
		return new DocumentView($summary, new \stdClass(), str_repeat('0', 64), null, AccessRole::Owner);
	}

	public function testGetReturnsVersionWithContent(): void {
		$service = $this->service(AccessRole::Reviewer);
		$this->versions->method('findForDocument')->with(7, 60)->willReturn(self::oldVersion());
		$version = $service->get('carol', 7, 60)->toArrayWithContent();
		$this->assertSame(2, $version['number']);
		$this->assertSame('Alice A.', $version['authorDisplayName']);
		$this->assertNull($version['restoredFrom']);
		$this->assertStringContainsString('Old text', json_encode($version['content']));
	}

	public function testVersionOfAnotherDocumentIsNotFound(): void {
		$service = $this->service(AccessRole::Owner);
		$this->versions->method('findForDocument')->willThrowException(new DoesNotExistException('no row'));
		$this->expectException(NotFoundException::class);
		$service->get('alice', 7, 999);
	}

	public function testRestoreWritesANewVersionRecordingTheSource(): void {
		$service = $this->service(AccessRole::CoAuthor);
		$this->versions->method('findForDocument')->willReturn(self::oldVersion());
		$result = self::view();
		$this->documents->expects($this->once())->method('write')
			->with($this->anything(), AccessRole::CoAuthor, 3, $this->callback(static fn (PreparedContent $p): bool => $p->hash === self::oldVersion()->getContentHash()), 'bob', true, 60)
			->willReturn($result);
		$this->assertSame($result, $service->restore('bob', 7, 60, 3));
	}

	public function testRestoreOnAnOutdatedRevisionIsAConflict(): void {
		$service = $this->service(AccessRole::Owner, revision: 5);
		$this->versions->method('findForDocument')->willReturn(self::oldVersion());
		$this->documents->method('view')->willReturn(self::view());
		$this->documents->expects($this->never())->method('write');
		$this->expectException(ConflictException::class);
		$service->restore('alice', 7, 60, 4);
	}

	public function testReviewerMayNotRestore(): void {
		$service = $this->service(AccessRole::Reviewer);
		$this->expectException(ForbiddenException::class);
		$service->restore('carol', 7, 60, 3);
	}
}
