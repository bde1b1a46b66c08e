<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Service\AttachmentAccess;
use OCP\Files\File;
use OCP\Files\Folder;
use OCP\Files\IRootFolder;
use PHPUnit\Framework\TestCase;

class AttachmentAccessTest extends TestCase {
	use FakeL10n;

	private function access(): AttachmentAccess {
		$folder = $this->createMock(Folder::class);
		// The user can reach files 12 and 13 only.
		$folder->method('getById')->willReturnCallback(fn (int $id): array => in_array($id, [12, 13], true) ? [$this->createMock(File::class)] : []);
		$root = $this->createMock(IRootFolder::class);
		$root->method('getUserFolder')->with('bob')->willReturn($folder);
		return new AttachmentAccess($root, $this->fakeL10n());
	}

	public function testAcceptsFilesTheUserCanOpen(): void {
		$this->access()->assertAccessible('bob', [12, 13]);
		$this->addToAssertionCount(1);
	}

	public function testAcceptsFilesAttachedBeforeEvenWithoutAccess(): void {
		$this->access()->assertAccessible('bob', [77, 12], [77]);
		$this->addToAssertionCount(1);
	}

	public function testRefusesANewFileTheUserCannotOpen(): void {
		try {
			$this->access()->assertAccessible('bob', [12, 99]);
			$this->fail('File 99 must be refused');
		} catch (InvalidContentException $e) {
			$this->assertSame('attachments[1].fileId', $e->getPath());
			$this->assertStringContainsString('file 99 does not exist', $e->getMessage());
		}
	}
}
