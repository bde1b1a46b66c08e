<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\ContentPipeline;
use OCA\PolicyDesk\Model\DocumentView;
use OCA\PolicyDesk\Model\VersionView;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\IL10N;

/**
 * Lists, shows and restores the saved versions of a document. Versions are
 * never changed: a restore writes a new version with the old content.
 */
class VersionService {
	public function __construct(
		private VersionMapper $versions,
		private AccessService $access,
		private DocumentService $documents,
		private DisplayNameService $displayNames,
		private ContentPipeline $pipeline,
		private IL10N $l,
	) {
	}

	/**
	 * @return list<VersionView> newest first
	 * @throws NotFoundException
	 */
	public function list(string $userId, int $documentId): array {
		$this->access->load($documentId, $userId);
		return array_map(fn (Version $v): VersionView => $this->view($v, false), $this->versions->findAllForDocument($documentId));
	}

	/**
	 * @throws NotFoundException also for a version of another document
	 */
	public function get(string $userId, int $documentId, int $versionId): VersionView {
		$this->access->load($documentId, $userId);
		return $this->view($this->find($documentId, $versionId), true);
	}

	/**
	 * Makes the content of an old version the current one, as a new version
	 * that records which one it came from.
	 *
	 * @throws NotFoundException
	 * @throws ForbiddenException
	 * @throws ConflictException when $baseRevision is not the current revision
	 * @throws InvalidContentException when the old version no longer fits the schema
	 * @throws ContentTooLargeException
	 */
	public function restore(string $userId, int $documentId, int $versionId, int $baseRevision): DocumentView {
		[$document, $role] = $this->access->load($documentId, $userId);
		if (!$role->canEdit()) {
			throw new ForbiddenException($this->l->t('You may not edit this document'));
		}
		$version = $this->find($documentId, $versionId);
		if ($document->getRevision() !== $baseRevision) {
			throw new ConflictException(
				$this->documents->view($document, $role),
				$this->l->t('Someone else saved this document in the meantime. Compare both texts and choose what to keep.'),
			);
		}
		// Re-checked like any save, so a restore cannot bring back content
		// that an older, looser reading of the schema let through.
		$prepared = $this->pipeline->prepare(ContentPipeline::decodeStored($version->getContent()));
		return $this->documents->write($document, $role, $baseRevision, $prepared, $userId, true, $version->getId());
	}

	/**
	 * @throws NotFoundException
	 */
	private function find(int $documentId, int $versionId): Version {
		try {
			return $this->versions->findForDocument($documentId, $versionId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new NotFoundException($this->l->t('Version not found'));
		}
	}

	private function view(Version $version, bool $withContent): VersionView {
		return new VersionView(
			$version->getId(),
			$version->getVersionNumber(),
			$version->getAuthorId(),
			$this->displayNames->forUser($version->getAuthorId()),
			$version->getCreatedAt(),
			$version->getContentHash(),
			$version->getSize(),
			$version->getRestoredFrom(),
			$withContent ? ContentPipeline::decodeStored($version->getContent()) : null,
		);
	}
}
