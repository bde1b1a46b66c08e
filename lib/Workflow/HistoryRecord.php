<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * One entry of a document's review history, as the hash chain sees it.
 * Immutable: the history is appended to, never edited.
 */
final class HistoryRecord {
	public function __construct(
		public readonly int $documentId,
		public readonly int $seq,
		public readonly string $actor,
		public readonly string $action,
		public readonly string $fromState,
		public readonly string $toState,
		public readonly ?string $versionHash,
		public readonly ?string $comment,
		public readonly int $createdAt,
		public readonly string $prevHash,
		public readonly string $entryHash,
	) {
	}
}
