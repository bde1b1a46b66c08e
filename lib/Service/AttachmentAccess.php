<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Exception\InvalidContentException;
use OCP\Files\IRootFolder;
use OCP\Files\NotPermittedException;
use OCP\IL10N;

/**
 * Makes sure a user attaches only files they can open. Only files newly
 * added by a save are checked: a co-author must be able to save a document
 * whose owner attached files the co-author cannot see.
 */
class AttachmentAccess {
	public function __construct(
		private IRootFolder $rootFolder,
		private IL10N $l,
	) {
	}

	/**
	 * @param list<int> $fileIds the attachments after the save, in order
	 * @param list<int> $alreadyAttached attachments the document had before
	 * @throws InvalidContentException naming attachments[i].fileId
	 */
	public function assertAccessible(string $userId, array $fileIds, array $alreadyAttached = []): void {
		$userFolder = null;
		foreach ($fileIds as $i => $fileId) {
			if (in_array($fileId, $alreadyAttached, true)) {
				continue;
			}
			try {
				$userFolder ??= $this->rootFolder->getUserFolder($userId);
				// getById exists in every supported release (getFirstNodeById
				// only from 29); an empty result means no access.
				$found = $userFolder->getById($fileId) !== [];
			} catch (NotPermittedException|\OCP\Files\NotFoundException) {
				$found = false;
			}
			if (!$found) {
				throw new InvalidContentException('attachments[' . $i . '].fileId', $this->l->t('file %d does not exist or you cannot access it', [$fileId]));
			}
		}
	}
}
