<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Share;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\ShareView;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IGroupManager;
use OCP\IL10N;
use OCP\IUserManager;

/**
 * Co-authors of a document: users and groups the owner lets edit it.
 * Everyone who can see the document can see who else can; only the owner
 * changes the list.
 */
class ShareService {
	public function __construct(
		private ShareMapper $shares,
		private AccessService $access,
		private DisplayNameService $displayNames,
		private IUserManager $userManager,
		private IGroupManager $groupManager,
		private ITimeFactory $time,
		private IL10N $l,
	) {
	}

	/**
	 * @return list<ShareView>
	 * @throws NotFoundException
	 */
	public function list(string $userId, int $documentId): array {
		$this->access->load($documentId, $userId);
		return array_map(fn (Share $share): ShareView => $this->view($share), $this->shares->findAllForDocument($documentId));
	}

	/**
	 * @throws NotFoundException
	 * @throws ForbiddenException when the user is not the owner
	 * @throws InvalidInputException for an unknown type, user or group, the owner, or a repeat
	 */
	public function add(string $userId, int $documentId, string $type, string $shareWith): ShareView {
		[$document, $role] = $this->access->load($documentId, $userId);
		if (!$role->canShare()) {
			throw new ForbiddenException($this->l->t('Only the owner can add co-authors'));
		}
		if ($type === Share::TYPE_USER) {
			if (!$this->userManager->userExists($shareWith)) {
				throw new InvalidInputException($this->l->t('User "%s" does not exist', [$shareWith]));
			}
			if ($shareWith === $document->getOwnerId()) {
				throw new InvalidInputException($this->l->t('The owner is already an author'));
			}
		} elseif ($type === Share::TYPE_GROUP) {
			if (!$this->groupManager->groupExists($shareWith)) {
				throw new InvalidInputException($this->l->t('Group "%s" does not exist', [$shareWith]));
			}
		} else {
			throw new InvalidInputException($this->l->t('Share type must be "user" or "group"'));
		}
		if ($this->shares->exists($documentId, $type, $shareWith)) {
			throw new InvalidInputException($this->l->t('"%s" is already a co-author', [$shareWith]));
		}
		$share = new Share();
		$share->setDocumentId($documentId);
		$share->setShareType($type);
		$share->setShareWith($shareWith);
		$share->setRole(Share::ROLE_COAUTHOR);
		$share->setCreatedAt($this->time->getTime());
		return $this->view($this->shares->insert($share));
	}

	/**
	 * @throws NotFoundException also for a share of another document
	 * @throws ForbiddenException when the user is not the owner
	 */
	public function remove(string $userId, int $documentId, int $shareId): void {
		[, $role] = $this->access->load($documentId, $userId);
		if (!$role->canShare()) {
			throw new ForbiddenException($this->l->t('Only the owner can remove co-authors'));
		}
		try {
			$share = $this->shares->findForDocument($documentId, $shareId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new NotFoundException($this->l->t('Share not found'));
		}
		$this->shares->delete($share);
	}

	private function view(Share $share): ShareView {
		$type = $share->getShareType() === Share::TYPE_GROUP ? Share::TYPE_GROUP : Share::TYPE_USER;
		return new ShareView(
			$share->getId(),
			$type,
			$share->getShareWith(),
			$type === Share::TYPE_GROUP ? $this->displayNames->forGroup($share->getShareWith()) : $this->displayNames->forUser($share->getShareWith()),
		);
	}
}
