<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Db\HistoryEntryMapper;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Workflow\ChainVerification;
use OCA\PolicyDesk\Workflow\HistoryChain;
use OCA\PolicyDesk\Workflow\HistoryRecord;
use OCA\PolicyDesk\Workflow\ReviewState;

/**
 * Appends to and verifies a document's review history. Appending is only
 * done by ReviewService inside the transaction that changes the state.
 *
 * @psalm-import-type PolicyDeskHistoryEntry from ResponseDefinitions
 * @psalm-import-type PolicyDeskHistoryVerification from ResponseDefinitions
 */
class HistoryService {
	public function __construct(
		private HistoryEntryMapper $mapper,
		private HistoryChain $chain,
		private DisplayNameService $names,
	) {
	}

	/**
	 * @return PolicyDeskHistoryEntry
	 */
	public function describe(HistoryEntry $entry): array {
		/** @var PolicyDeskHistoryEntry */
		return [
			'seq' => $entry->getSeq(),
			'actorId' => $entry->getActorId(),
			'actorDisplayName' => $this->names->forUser($entry->getActorId()),
			'action' => $entry->getAction(),
			'fromState' => $entry->getFromState(),
			'toState' => $entry->getToState(),
			'versionHash' => $entry->getVersionHash(),
			'comment' => $entry->getComment(),
			'createdAt' => $entry->getCreatedAt(),
			'prevHash' => $entry->getPrevHash(),
			'entryHash' => $entry->getEntryHash(),
		];
	}

	/**
	 * @return PolicyDeskHistoryVerification
	 */
	public function describeVerification(ChainVerification $result): array {
		return [
			'valid' => $result->valid,
			'length' => $result->length,
			'firstBrokenIndex' => $result->firstBrokenIndex,
			'problem' => $result->problem,
			'headHash' => $result->headHash,
		];
	}

	/**
	 * Appends the next entry. Must run inside the caller's transaction: when
	 * another request appended the same seq first, the unique index makes the
	 * insert fail and the caller retries with fresh data.
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function append(int $documentId, string $actor, string $action, string $fromState, string $toState, ?string $versionHash, ?string $comment, int $now): HistoryEntry {
		$last = $this->mapper->findLast($documentId);
		$record = $this->chain->append(
			$last?->toRecord(),
			$documentId, $actor, $action, $fromState, $toState, $versionHash, $comment, $now,
		);

		return $this->mapper->insert(HistoryEntry::fromRecord($record));
	}

	/**
	 * @return list<HistoryEntry> oldest first
	 * @throws \OCP\DB\Exception
	 */
	public function findAll(int $documentId): array {
		return $this->mapper->findByDocument($documentId);
	}

	/**
	 * Verifies the stored chain, and that its head agrees with the document's
	 * state: a chain cannot notice entries cut off its end, but the state the
	 * last entry moved to must be the state the document is in.
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function verify(int $documentId, string $currentState): ChainVerification {
		$records = array_map(static fn (HistoryEntry $entry): HistoryRecord => $entry->toRecord(), $this->mapper->findByDocument($documentId));
		$result = $this->chain->verify($records);
		if (!$result->valid) {
			return $result;
		}
		$headState = $records === [] ? ReviewState::DRAFT : $records[count($records) - 1]->toState;
		if ($headState !== $currentState) {
			return new ChainVerification(false, $result->length, $result->length, 'head', null);
		}
		return $result;
	}
}
