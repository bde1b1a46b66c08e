<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Db\HistoryEntryMapper;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\HistoryService;
use OCA\PolicyDesk\Workflow\HistoryChain;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

final class HistoryServiceTest extends TestCase {
	private const V1 = 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd';

	private HistoryEntryMapper&MockObject $mapper;
	private HistoryService $service;
	/** @var list<HistoryEntry> */
	private array $stored = [];

	protected function setUp(): void {
		$this->mapper = $this->createMock(HistoryEntryMapper::class);
		$this->mapper->method('findLast')->willReturnCallback(fn (): ?HistoryEntry => $this->stored === [] ? null : $this->stored[count($this->stored) - 1]);
		$this->mapper->method('findByDocument')->willReturnCallback(fn (): array => $this->stored);
		$this->mapper->method('insert')->willReturnCallback(function (HistoryEntry $e): HistoryEntry {
			$this->stored[] = $e;
			return $e;
		});
		$names = $this->createMock(DisplayNameService::class);
		$names->method('forUser')->willReturnCallback(static fn (string $u): string => 'User ' . $u);
		$this->service = new HistoryService($this->mapper, new HistoryChain(), $names);
	}

	public function testAppendedEntriesFormAVerifiableChain(): void {
		$this->story();

		$this->assertSame([1, 2, 3], array_map(static fn (HistoryEntry $e): int => $e->getSeq(), $this->stored));
		$this->assertSame(HistoryChain::GENESIS, $this->stored[0]->getPrevHash());
		$this->assertSame($this->stored[1]->getEntryHash(), $this->stored[2]->getPrevHash());

		$result = $this->service->verify(7, 'in_review');
		$this->assertTrue($result->valid);
		$this->assertSame($this->stored[2]->getEntryHash(), $result->headHash);
	}

	public function testCommentChangedInTheDatabaseIsFound(): void {
		$this->story();
		$this->stored[1]->setComment('Looks fine');

		$result = $this->service->describeVerification($this->service->verify(7, 'in_review'));
		$this->assertSame(['valid' => false, 'length' => 3, 'firstBrokenIndex' => 1, 'problem' => 'entry_hash', 'headHash' => null], $result);
	}

	public function testDeletedRowIsFound(): void {
		$this->story();
		array_splice($this->stored, 1, 1);

		$result = $this->service->verify(7, 'in_review');
		$this->assertFalse($result->valid);
		$this->assertSame(1, $result->firstBrokenIndex);
	}

	/** Cutting off the last entry leaves a valid chain whose head disagrees with the document. */
	public function testEntriesCutOffTheEndAreFoundThroughTheState(): void {
		$this->story();
		array_pop($this->stored);

		$result = $this->service->verify(7, 'in_review');
		$this->assertFalse($result->valid);
		$this->assertSame('head', $result->problem);
		$this->assertSame(2, $result->firstBrokenIndex);
	}

	public function testADocumentWithoutHistoryIsADraft(): void {
		$this->assertTrue($this->service->verify(7, 'draft')->valid);
		$this->assertFalse($this->service->verify(7, 'approved')->valid);
	}

	public function testEntriesAreDescribedForTheWire(): void {
		$this->story();
		$this->assertSame([
			'seq' => 2,
			'actorId' => 'bo',
			'actorDisplayName' => 'User bo',
			'action' => 'request_changes',
			'fromState' => 'in_review',
			'toState' => 'changes_requested',
			'versionHash' => self::V1,
			'comment' => 'Add a deadline.',
			'createdAt' => 1700000100,
			'prevHash' => $this->stored[0]->getEntryHash(),
			'entryHash' => $this->stored[1]->getEntryHash(),
		], $this->service->describe($this->stored[1]));
	}

	private function story(): void {
		$this->service->append(7, 'anna', 'submit', 'draft', 'in_review', self::V1, null, 1700000000);
		$this->service->append(7, 'bo', 'request_changes', 'in_review', 'changes_requested', self::V1, 'Add a deadline.', 1700000100);
		$this->service->append(7, 'anna', 'resubmit', 'changes_requested', 'in_review', self::V1, 'Deadline added.', 1700000200);
	}
}
