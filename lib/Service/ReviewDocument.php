<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

/**
 * What the review services need to know about a document and the user
 * looking at it: a snapshot read by ReviewDocumentGateway.
 */
final class ReviewDocument {
	/**
	 * @param string $role ReviewRole of $userId for this document
	 * @param string $currentHash SHA-256 of the current content
	 */
	public function __construct(
		public readonly int $documentId,
		public readonly string $title,
		public readonly string $state,
		public readonly string $currentHash,
		public readonly string $userId,
		public readonly string $role,
	) {
	}
}
