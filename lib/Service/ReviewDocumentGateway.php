<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Db\Share;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use OCP\IGroupManager;
use OCP\IL10N;

/**
 * The review side's one door into drafting: reads documents, versions and
 * co-authors, freezes a version and moves the review state. Keeping these
 * calls here means the review services never reach into drafting's tables
 * on their own.
 */
class ReviewDocumentGateway {
	public function __construct(
		private AccessService $access,
		private DocumentMapper $documentMapper,
		private VersionMapper $versionMapper,
		private ShareMapper $shareMapper,
		private IGroupManager $groupManager,
		private IDBConnection $db,
		private ITimeFactory $time,
		private IL10N $l10n,
	) {
	}

	/**
	 * The document as $userId may see it for review: authors (owner,
	 * co-authors) and reviewers of the current round. Anyone else gets the
	 * same "not found" as for a missing document.
	 *
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function load(int $documentId, string $userId): ReviewDocument {
		// AccessService knows reviewers (AccessRole::Reviewer) and answers
		// "not found" to anyone who may not see the document.
		[$document, $accessRole] = $this->access->load($documentId, $userId);
		$role = match (true) {
			$accessRole->canEdit() => ReviewRole::AUTHOR,
			$accessRole === AccessRole::Reviewer => ReviewRole::REVIEWER,
			default => ReviewRole::OTHER,
		};
		return $this->snapshot($document, $userId, $role);
	}

	/**
	 * The same document and user, read again (inside a transaction) for the
	 * current state and hash.
	 *
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function reload(ReviewDocument $doc): ReviewDocument {
		return $this->snapshot($this->find($doc->documentId), $doc->userId, $doc->role);
	}

	/**
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function currentHash(int $documentId): string {
		return $this->find($documentId)->getContentHash();
	}

	/**
	 * Makes sure the current content exists as a saved version and returns
	 * it: the latest version when its hash is the current hash, otherwise a
	 * new version (as "Save version" would create).
	 *
	 * @return array{int, string} version id and hash
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function freezeCurrentVersion(ReviewDocument $doc): array {
		$document = $this->find($doc->documentId);
		$hash = $document->getContentHash();
		$latestId = $document->getLatestVersionId();
		if ($latestId !== null) {
			try {
				$latest = $this->versionMapper->findForDocument($doc->documentId, $latestId);
				if ($latest->getContentHash() === $hash) {
					return [$latest->getId(), $hash];
				}
			} catch (DoesNotExistException|MultipleObjectsReturnedException) {
				// A dangling pointer: fall through and save a fresh version.
			}
		}
		$content = $document->getContent();
		$version = new Version();
		$version->setDocumentId($doc->documentId);
		$version->setVersionNumber($this->versionMapper->findMaxNumber($doc->documentId) + 1);
		$version->setAuthorId($doc->userId);
		$version->setCreatedAt($this->time->getTime());
		$version->setContent($content);
		$version->setContentHash($hash);
		$version->setSize(strlen($content));
		$version = $this->versionMapper->insert($version);
		$this->documentMapper->setLatestVersion($doc->documentId, $version->getId());
		return [$version->getId(), $hash];
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function versionIdForHash(int $documentId, string $hash): ?int {
		foreach ($this->versionMapper->findAllForDocument($documentId) as $version) {
			if ($version->getContentHash() === $hash) {
				return $version->getId();
			}
		}
		return null;
	}

	/**
	 * Moves the review state only if it is still $from. Returns false when
	 * another request changed it first, so the caller can retry on fresh data.
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function compareAndSetState(int $documentId, string $from, string $to): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(DocumentMapper::TABLE)
			->set('state', $qb->createNamedParameter($to))
			->where($qb->expr()->eq('id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('state', $qb->createNamedParameter($from)));
		return $qb->executeStatement() === 1;
	}

	/**
	 * Owner and co-authors (group shares expanded): the people who may never
	 * approve the document.
	 *
	 * @return list<string>
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function authorUserIds(int $documentId): array {
		$authors = [$this->find($documentId)->getOwnerId() => true];
		foreach ($this->shareMapper->findAllForDocument($documentId) as $share) {
			if ($share->getShareType() === Share::TYPE_USER) {
				$authors[$share->getShareWith()] = true;
				continue;
			}
			$group = $this->groupManager->get($share->getShareWith());
			foreach ($group === null ? [] : $group->getUsers() as $user) {
				$authors[$user->getUID()] = true;
			}
		}
		return array_map('strval', array_keys($authors));
	}

	/**
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	private function find(int $documentId): Document {
		try {
			return $this->documentMapper->findById($documentId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new NotFoundException($this->l10n->t('Document not found'));
		}
	}

	private function snapshot(Document $document, string $userId, string $role): ReviewDocument {
		return new ReviewDocument(
			$document->getId(),
			$document->getTitle(),
			$document->getState(),
			$document->getContentHash(),
			$userId,
			$role,
		);
	}
}
