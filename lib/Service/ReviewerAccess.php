<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\ReviewerMapper;
use OCA\PolicyDesk\Db\ReviewMapper;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;

/**
 * Whether a user reviews a document: named on its current round, directly or
 * through a group. Reviewers may read the document (and its versions) so they
 * can decide on it; they may not edit it.
 */
class ReviewerAccess {
	public function __construct(
		private ReviewMapper $reviewMapper,
		private ReviewerMapper $reviewerMapper,
	) {
	}

	/**
	 * @param array<array-key, string> $groupIds the user's groups
	 * @throws \OCP\DB\Exception
	 */
	public function isReviewer(int $documentId, string $userId, array $groupIds): bool {
		try {
			$review = $this->reviewMapper->findCurrent($documentId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			return false;
		}
		return $this->reviewerMapper->isNamedOnRound($review->getId(), $userId, array_values($groupIds));
	}
}
