<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The review history of a document as a hash chain: every entry stores the
 * SHA-256 of the entry before it and its own SHA-256 over a canonical
 * serialisation of its fields. Changing, reordering or deleting a stored
 * entry breaks the chain at that entry, which verify() reports.
 *
 * Cutting entries off the END is the one change a chain cannot see by
 * itself; HistoryService compares the head with the document's state for that.
 */
final class HistoryChain {
	/** prev_hash of the first entry. */
	public const GENESIS = '0000000000000000000000000000000000000000000000000000000000000000';

	/**
	 * Builds the entry that follows $previous (or the first entry when null).
	 */
	public function append(
		?HistoryRecord $previous,
		int $documentId,
		string $actor,
		string $action,
		string $fromState,
		string $toState,
		?string $versionHash,
		?string $comment,
		int $createdAt,
	): HistoryRecord {
		$seq = $previous === null ? 1 : $previous->seq + 1;
		$prevHash = $previous === null ? self::GENESIS : $previous->entryHash;
		$hash = hash('sha256', $this->canonical($prevHash, $documentId, $seq, $actor, $action, $fromState, $toState, $versionHash, $comment, $createdAt));
		return new HistoryRecord($documentId, $seq, $actor, $action, $fromState, $toState, $versionHash, $comment, $createdAt, $prevHash, $hash);
	}

	/** Recomputes the hash an entry should carry from its fields. */
	public function hash(HistoryRecord $entry): string {
		return hash('sha256', $this->canonical(
			$entry->prevHash, $entry->documentId, $entry->seq, $entry->actor, $entry->action,
			$entry->fromState, $entry->toState, $entry->versionHash, $entry->comment, $entry->createdAt,
		));
	}

	/**
	 * @param list<HistoryRecord> $entries in stored order (by seq)
	 */
	public function verify(array $entries): ChainVerification {
		$expectedPrev = self::GENESIS;
		$documentId = $entries === [] ? null : $entries[0]->documentId;
		foreach ($entries as $index => $entry) {
			$problem = match (true) {
				$entry->documentId !== $documentId => 'document',
				$entry->seq !== $index + 1 => 'seq',
				!hash_equals($expectedPrev, $entry->prevHash) => 'prev_hash',
				!hash_equals($this->hash($entry), $entry->entryHash) => 'entry_hash',
				default => null,
			};
			if ($problem !== null) {
				return new ChainVerification(false, count($entries), $index, $problem, null);
			}
			$expectedPrev = $entry->entryHash;
		}
		return new ChainVerification(true, count($entries), null, null, $entries === [] ? null : $expectedPrev);
	}

	/**
	 * The canonical serialisation is a JSON object with keys in code point
	 * order, no whitespace, non-ASCII and '/' unescaped: the same rules as the
	 * document hash (see TEAM contract), so anyone can recompute it with a
	 * stock JSON library. Absent values are JSON null, never "".
	 */
	public function canonical(
		string $prevHash,
		int $documentId,
		int $seq,
		string $actor,
		string $action,
		string $fromState,
		string $toState,
		?string $versionHash,
		?string $comment,
		int $createdAt,
	): string {
		$fields = [
			'action' => $action,
			'actor' => $actor,
			'comment' => $comment,
			'createdAt' => $createdAt,
			'documentId' => $documentId,
			'fromState' => $fromState,
			'prevHash' => $prevHash,
			'seq' => $seq,
			'toState' => $toState,
			'versionHash' => $versionHash,
		];
		return json_encode($fields, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_THROW_ON_ERROR);
	}
}
