<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Workflow;

use OCA\PolicyDesk\Workflow\HistoryChain;
use OCA\PolicyDesk\Workflow\HistoryRecord;
use PHPUnit\Framework\TestCase;

final class HistoryChainTest extends TestCase {
	private const V1 = '1111111111111111111111111111111111111111111111111111111111111111';
	private const V2 = '2222222222222222222222222222222222222222222222222222222222222222';

	private HistoryChain $chain;

	protected function setUp(): void {
		$this->chain = new HistoryChain();
	}

	public function testAnUntouchedChainVerifies(): void {
		$entries = $this->story();
		$result = $this->chain->verify($entries);
		$this->assertTrue($result->valid);
		$this->assertSame(5, $result->length);
		$this->assertNull($result->firstBrokenIndex);
		$this->assertNull($result->problem);
		$this->assertSame($entries[4]->entryHash, $result->headHash);
	}

	public function testAnEmptyChainVerifiesWithoutHead(): void {
		$result = $this->chain->verify([]);
		$this->assertTrue($result->valid);
		$this->assertSame(0, $result->length);
		$this->assertNull($result->headHash);
	}

	public function testEntriesLinkToTheirPredecessor(): void {
		$entries = $this->story();
		$this->assertSame(HistoryChain::GENESIS, $entries[0]->prevHash);
		$this->assertSame(1, $entries[0]->seq);
		for ($i = 1; $i < count($entries); $i++) {
			$this->assertSame($entries[$i - 1]->entryHash, $entries[$i]->prevHash);
			$this->assertSame($i + 1, $entries[$i]->seq);
		}
		$this->assertCount(5, array_unique(array_map(static fn (HistoryRecord $e): string => $e->entryHash, $entries)));
	}

	/**
	 * Pins the serialisation byte for byte, so a refactoring cannot silently
	 * change how stored entries are hashed (which would "break" every chain).
	 */
	public function testCanonicalSerialisationIsStable(): void {
		$canonical = $this->chain->canonical(HistoryChain::GENESIS, 7, 1, 'anna', 'request_changes', 'in_review', 'changes_requested', self::V1, "Ändra § 2/3 \u{2028}", 1700000000);
		$this->assertSame(
			'{"action":"request_changes","actor":"anna","comment":"Ändra § 2/3 ' . "\u{2028}" . '","createdAt":1700000000,"documentId":7,"fromState":"in_review","prevHash":"' . HistoryChain::GENESIS . '","seq":1,"toState":"changes_requested","versionHash":"' . self::V1 . '"}',
			$canonical,
		);
		$entry = $this->chain->append(null, 7, 'anna', 'request_changes', 'in_review', 'changes_requested', self::V1, "Ändra § 2/3 \u{2028}", 1700000000);
		$this->assertSame(hash('sha256', $canonical), $entry->entryHash);
	}

	public function testNullAndEmptyCommentHashDifferently(): void {
		$withNull = $this->chain->append(null, 7, 'anna', 'submit', 'draft', 'in_review', self::V1, null, 1700000000);
		$withEmpty = $this->chain->append(null, 7, 'anna', 'submit', 'draft', 'in_review', self::V1, '', 1700000000);
		$this->assertNotSame($withNull->entryHash, $withEmpty->entryHash);
	}

	public function testChangedCommentIsDetected(): void {
		$entries = $this->story();
		$entries[2] = $this->with($entries[2], comment: 'Looks fine to me');
		$this->assertBrokenAt(2, 'entry_hash', $entries);
	}

	/**
	 * Someone with database access who changes an entry AND recomputes its
	 * hash still breaks the link from the following entry.
	 */
	public function testChangedEntryWithRecomputedHashBreaksTheNextLink(): void {
		$entries = $this->story();
		$forged = $this->with($entries[1], actor: 'mallory');
		$entries[1] = $this->with($forged, entryHash: $this->chain->hash($forged));
		$this->assertBrokenAt(2, 'prev_hash', $entries);
	}

	public function testChangedFieldsAreEachDetected(): void {
		$changes = [
			'actor' => ['actor' => 'mallory'],
			'action' => ['action' => 'approve'],
			'fromState' => ['fromState' => 'draft'],
			'toState' => ['toState' => 'approved'],
			'versionHash' => ['versionHash' => self::V1],
			'createdAt' => ['createdAt' => 1700009999],
		];
		foreach ($changes as $field => $change) {
			$entries = $this->story();
			$entries[3] = $this->with($entries[3], ...$change);
			$result = $this->chain->verify($entries);
			$this->assertFalse($result->valid, $field);
			$this->assertSame(3, $result->firstBrokenIndex, $field);
		}
	}

	public function testReorderedEntriesAreDetected(): void {
		$entries = $this->story();
		[$entries[1], $entries[2]] = [$entries[2], $entries[1]];
		$this->assertBrokenAt(1, 'seq', $entries);
	}

	/** Reordering and renumbering seq to hide it still breaks the links. */
	public function testReorderedAndRenumberedEntriesAreDetected(): void {
		$entries = $this->story();
		$second = $entries[1];
		$third = $entries[2];
		$entries[1] = $this->with($third, seq: 2);
		$entries[2] = $this->with($second, seq: 3);
		$this->assertBrokenAt(1, 'prev_hash', $entries);
	}

	public function testDeletedEntryIsDetected(): void {
		$entries = $this->story();
		array_splice($entries, 2, 1);
		$this->assertBrokenAt(2, 'seq', $entries);
	}

	public function testDeletedFirstEntryIsDetected(): void {
		$entries = $this->story();
		array_shift($entries);
		$this->assertBrokenAt(0, 'seq', $entries);
	}

	public function testDeletedEntryWithRenumberedSeqIsDetected(): void {
		$entries = $this->story();
		array_splice($entries, 1, 1);
		for ($i = 1; $i < count($entries); $i++) {
			$entries[$i] = $this->with($entries[$i], seq: $i + 1);
		}
		$this->assertBrokenAt(1, 'prev_hash', $entries);
	}

	public function testEntryFromAnotherDocumentIsDetected(): void {
		$entries = $this->story();
		$entries[4] = $this->with($entries[4], documentId: 8);
		$this->assertBrokenAt(4, 'document', $entries);
	}

	public function testForgedFirstPrevHashIsDetected(): void {
		$entries = $this->story();
		$entries[0] = $this->with($entries[0], prevHash: self::V1);
		$this->assertBrokenAt(0, 'prev_hash', $entries);
	}

	/**
	 * @param list<HistoryRecord> $entries
	 */
	private function assertBrokenAt(int $index, string $problem, array $entries): void {
		$result = $this->chain->verify($entries);
		$this->assertFalse($result->valid);
		$this->assertSame($index, $result->firstBrokenIndex);
		$this->assertSame($problem, $result->problem);
		$this->assertNull($result->headHash);
	}

	/**
	 * Submit, request changes, new version, resubmit, approve.
	 *
	 * @return list<HistoryRecord>
	 */
	private function story(): array {
		$steps = [
			['anna', 'submit', 'draft', 'in_review', self::V1, null],
			['bo', 'request_changes', 'in_review', 'changes_requested', self::V1, 'Section 2 needs a deadline.'],
			['anna', 'new_version', 'changes_requested', 'changes_requested', self::V2, null],
			['anna', 'resubmit', 'changes_requested', 'in_review', self::V2, 'Deadline added.'],
			['bo', 'approve', 'in_review', 'approved', self::V2, null],
		];
		$entries = [];
		$previous = null;
		foreach ($steps as $i => [$actor, $action, $from, $to, $hash, $comment]) {
			$previous = $this->chain->append($previous, 7, $actor, $action, $from, $to, $hash, $comment, 1700000000 + 60 * $i);
			$entries[] = $previous;
		}
		return $entries;
	}

	private function with(
		HistoryRecord $e,
		?int $documentId = null,
		?int $seq = null,
		?string $actor = null,
		?string $action = null,
		?string $fromState = null,
		?string $toState = null,
		?string $versionHash = null,
		?string $comment = null,
		?int $createdAt = null,
		?string $prevHash = null,
		?string $entryHash = null,
	): HistoryRecord {
		return new HistoryRecord(
			$documentId ?? $e->documentId,
			$seq ?? $e->seq,
			$actor ?? $e->actor,
			$action ?? $e->action,
			$fromState ?? $e->fromState,
			$toState ?? $e->toState,
			$versionHash ?? $e->versionHash,
			$comment ?? $e->comment,
			$createdAt ?? $e->createdAt,
			$prevHash ?? $e->prevHash,
			$entryHash ?? $e->entryHash,
		);
	}
}
