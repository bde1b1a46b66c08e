<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

/**
 * What else must be stored when a save changes a document's content: after
 * submission that is the review's "new version" step (approvals go stale,
 * the state moves, the history gets an entry).
 *
 * DocumentService calls it INSIDE the save's open transaction, after the
 * document row is written, so the save and its consequence are stored
 * together or not at all: a trail that misses a step could not be trusted.
 * Whatever must only happen once the data is stored (notifications,
 * activities) goes into the returned outcome, which the caller runs after
 * commit.
 */
interface ContentChangeHandler {
	/**
	 * @param string $hash the content hash the save just wrote
	 * @throws \Throwable any failure; the caller rolls the whole save back
	 */
	public function contentChanged(int $documentId, string $userId, string $hash): ContentChangeOutcome;
}
