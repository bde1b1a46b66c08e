<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\IGroupManager;
use OCP\IL10N;
use OCP\IUserManager;

/**
 * Loads a document for a user and tells the user's role. Every endpoint that
 * takes a document id starts here, so no endpoint can forget the check.
 */
class AccessService {
	public function __construct(
		private DocumentMapper $documents,
		private ShareMapper $shares,
		private IUserManager $userManager,
		private IGroupManager $groupManager,
		private IL10N $l,
		private ReviewerAccess $reviewers,
	) {
	}

	/**
	 * @return array{Document, AccessRole}
	 * @throws NotFoundException when the document does not exist or the user may not see it
	 */
	public function load(int $documentId, string $userId): array {
		try {
			$document = $this->documents->findById($documentId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new NotFoundException($this->l->t('Document not found'));
		}
		$role = $this->roleOf($document, $userId);
		if (!$role->canView()) {
			throw new NotFoundException($this->l->t('Document not found'));
		}
		return [$document, $role];
	}

	public function roleOf(Document $document, string $userId): AccessRole {
		if ($document->getOwnerId() === $userId) {
			return AccessRole::Owner;
		}
		$groupIds = $this->groupIdsOf($userId);
		if ($this->shares->isSharedWith($document->getId(), $userId, $groupIds)) {
			return AccessRole::CoAuthor;
		}
		return $this->reviewers->isReviewer($document->getId(), $userId, $groupIds)
			? AccessRole::Reviewer
			: AccessRole::None;
	}

	/**
	 * @return list<string>
	 */
	public function groupIdsOf(string $userId): array {
		$user = $this->userManager->get($userId);
		if ($user === null) {
			return [];
		}
		// A loop rather than array_values(): OCP 32 declares string[] and 34
		// list<string>, and this reads as a list for both.
		$ids = [];
		foreach ($this->groupManager->getUserGroupIds($user) as $groupId) {
			$ids[] = $groupId;
		}
		return $ids;
	}
}
