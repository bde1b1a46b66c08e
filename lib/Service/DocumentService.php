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
use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Model\ContentPipeline;
use OCA\PolicyDesk\Model\DocumentFilter;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Model\DocumentView;
use OCA\PolicyDesk\Model\PreparedContent;
use OCA\PolicyDesk\ResponseDefinitions;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IDBConnection;
use OCP\IL10N;
use Psr\Log\LoggerInterface;

/**
 * Drafting use cases: list, create, read, save and delete documents.
 *
 * A save names the revision it was based on. The document row is updated
 * with `WHERE revision = :base` inside the same transaction that writes the
 * version row, so of two racing saves exactly one wins and the other gets
 * the current document back (409) instead of silently overwriting it.
 * A save that changes the content of a submitted document also records the
 * review's consequence (ContentChangeHandler) in that same transaction.
 *
 * @psalm-import-type PolicyDeskDocumentSummary from ResponseDefinitions
 * @psalm-import-type PolicyDeskState from ResponseDefinitions
 * @psalm-import-type PolicyDeskDocumentType from ResponseDefinitions
 */
class DocumentService {
	public const STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'withdrawn'];

	public function __construct(
		private DocumentMapper $documents,
		private VersionMapper $versions,
		private ShareMapper $shares,
		private AccessService $access,
		private AttachmentAccess $attachments,
		private DisplayNameService $displayNames,
		private ContentPipeline $pipeline,
		private DocumentSchema $schema,
		private IDBConnection $db,
		private ITimeFactory $time,
		private IL10N $l,
		private ContentChangeHandler $contentChanges,
		private LoggerInterface $logger,
	) {
	}

	/**
	 * @return array{documents: list<PolicyDeskDocumentSummary>, total: int}
	 * @throws InvalidInputException for an unknown scope, type or state or a bad page
	 */
	public function list(string $userId, DocumentFilter $filter): array {
		if (!in_array($filter->scope, DocumentFilter::SCOPES, true)) {
			throw new InvalidInputException($this->l->t('Unknown scope "%s"', [$filter->scope]));
		}
		if ($filter->type !== null && !in_array($filter->type, $this->schema->getDocumentTypes(), true)) {
			throw new InvalidInputException($this->l->t('Unknown document type "%s"', [$filter->type]));
		}
		if ($filter->state !== null && !in_array($filter->state, self::STATES, true)) {
			throw new InvalidInputException($this->l->t('Unknown state "%s"', [$filter->state]));
		}
		if ($filter->limit < 1 || $filter->limit > DocumentFilter::MAX_LIMIT || $filter->offset < 0) {
			throw new InvalidInputException($this->l->t('limit must be 1 to %1$d and offset at least 0', [DocumentFilter::MAX_LIMIT]));
		}
		// Group ids reach shares and group reviewers; "mine" needs neither.
		$groupIds = $filter->scope === DocumentFilter::SCOPE_MINE ? [] : $this->access->groupIdsOf($userId);
		$summaries = [];
		foreach ($this->documents->findPage($filter, $userId, $groupIds) as $document) {
			$summaries[] = $this->summary($document);
		}
		return ['documents' => $summaries, 'total' => $this->documents->countPage($filter, $userId, $groupIds)];
	}

	/**
	 * Creates a document and its version 1.
	 *
	 * @throws InvalidContentException
	 * @throws ContentTooLargeException
	 */
	public function create(string $userId, mixed $content): DocumentView {
		$prepared = $this->pipeline->prepare($content);
		$this->attachments->assertAccessible($userId, $prepared->fileIds);
		$now = $this->time->getTime();

		$document = new Document();
		$document->setOwnerId($userId);
		$document->setState('draft');
		$document->setRevision(1);
		$document->setCreatedAt($now);
		$this->apply($document, $prepared, $now);

		$this->db->beginTransaction();
		try {
			$document = $this->documents->insert($document);
			$version = $this->insertVersion($document->getId(), 1, $userId, $prepared, $now, null);
			$this->documents->setLatestVersion($document->getId(), $version->getId());
			$document->setLatestVersionId($version->getId());
			$this->db->commit();
		} catch (\Throwable $e) {
			$this->db->rollBack();
			throw $e;
		}
		return $this->view($document, AccessRole::Owner);
	}

	/**
	 * @throws NotFoundException
	 */
	public function get(string $userId, int $documentId): DocumentView {
		[$document, $role] = $this->access->load($documentId, $userId);
		return $this->view($document, $role);
	}

	/**
	 * Saves new content. With $createVersion a version row is written too,
	 * unless the content is identical to the latest version's.
	 *
	 * @throws NotFoundException
	 * @throws ForbiddenException
	 * @throws ConflictException when $baseRevision is not the current revision
	 * @throws InvalidContentException
	 * @throws ContentTooLargeException
	 */
	public function update(string $userId, int $documentId, int $baseRevision, mixed $content, bool $createVersion): DocumentView {
		[$document, $role] = $this->access->load($documentId, $userId);
		if (!$role->canEdit()) {
			throw new ForbiddenException($this->l->t('You may not edit this document'));
		}
		if ($document->getRevision() !== $baseRevision) {
			throw $this->conflict($document, $role);
		}
		$prepared = $this->pipeline->prepare($content);
		$before = $this->pipeline::decodeStored($document->getContent());
		$this->attachments->assertAccessible($userId, $prepared->fileIds, ContentPipeline::fileIds($before));
		return $this->write($document, $role, $baseRevision, $prepared, $userId, $createVersion, null);
	}

	/**
	 * Writes $prepared as the next revision; used by saves and restores.
	 *
	 * When the content changed, the review's consequence of the change is
	 * stored in the same transaction: the save and its step in the review
	 * trail are stored together or not at all. If that step fails, nothing
	 * is stored and the author gets a 409 with the unchanged document; the
	 * client still holds the typed text and can save it again.
	 *
	 * @param int|null $restoredFrom the version a restore copies; it always makes a version
	 * @throws ConflictException when another save won, or the review step could not be stored
	 */
	public function write(Document $document, AccessRole $role, int $baseRevision, PreparedContent $prepared, string $userId, bool $createVersion, ?int $restoredFrom): DocumentView {
		$now = $this->time->getTime();
		$contentChanged = $prepared->hash !== $document->getContentHash();
		// After submission every change is a version: reviewers approve versions (issue 4).
		$createVersion = $createVersion || in_array($document->getState(), ['in_review', 'changes_requested', 'approved'], true);
		$this->apply($document, $prepared, $now);
		$document->setRevision($baseRevision + 1);

		$outcome = null;
		// Set while the review step runs, to tell its failures from the save's own.
		$inReviewStep = false;
		$this->db->beginTransaction();
		try {
			$won = $this->documents->updateIfRevision($document, $baseRevision);
			if ($won && ($restoredFrom !== null || ($createVersion && $prepared->hash !== $this->latestHash($document)))) {
				$number = $this->versions->findMaxNumber($document->getId()) + 1;
				$version = $this->insertVersion($document->getId(), $number, $userId, $prepared, $now, $restoredFrom);
				$this->documents->setLatestVersion($document->getId(), $version->getId());
				$document->setLatestVersionId($version->getId());
			}
			if ($won && $contentChanged) {
				$inReviewStep = true;
				$outcome = $this->contentChanges->contentChanged($document->getId(), $userId, $prepared->hash);
				$inReviewStep = false;
			}
			if ($won) {
				$this->db->commit();
			} else {
				$this->db->rollBack();
			}
		} catch (\Throwable $e) {
			$this->db->rollBack();
			if (!$inReviewStep) {
				throw $e;
			}
			$this->logger->error('Save of document {document} rolled back: its review step could not be stored', [
				'document' => $document->getId(),
				'exception' => $e,
			]);
			[$current, $currentRole] = $this->access->load($document->getId(), $userId);
			throw new ConflictException(
				$this->view($current, $currentRole),
				$this->l->t('Your changes were not saved: the review could not record them at this moment. Your text is still here; save again.'),
			);
		}
		if (!$won) {
			// Someone saved in between: answer with what is stored now.
			[$current, $currentRole] = $this->access->load($document->getId(), $userId);
			throw $this->conflict($current, $currentRole);
		}
		if ($outcome !== null) {
			if ($outcome->state !== null) {
				$document->setState($outcome->state);
			}
			$this->afterCommit($document->getId(), $outcome);
		}
		return $this->view($document, $role);
	}

	/**
	 * Deletes a document with its versions and shares. Owner only.
	 *
	 * @throws NotFoundException
	 * @throws ForbiddenException
	 */
	public function delete(string $userId, int $documentId): void {
		[$document, $role] = $this->access->load($documentId, $userId);
		if (!$role->canDelete()) {
			throw new ForbiddenException($this->l->t('Only the owner can delete this document'));
		}
		$this->db->beginTransaction();
		try {
			$this->shares->deleteByDocument($documentId);
			$this->versions->deleteByDocument($documentId);
			$this->documents->delete($document);
			$this->db->commit();
		} catch (\Throwable $e) {
			$this->db->rollBack();
			throw $e;
		}
	}

	public function view(Document $document, AccessRole $role): DocumentView {
		return new DocumentView(
			$this->summary($document),
			ContentPipeline::decodeStored($document->getContent()),
			$document->getContentHash(),
			$document->getLatestVersionId(),
			$role,
		);
	}

	/**
	 * @return PolicyDeskDocumentSummary
	 */
	private function summary(Document $document): array {
		/** @var PolicyDeskDocumentType $type checked against the schema on every save */
		$type = $document->getDocType();
		/** @var PolicyDeskState $state only ever set from the declared states */
		$state = $document->getState();
		return [
			'id' => $document->getId(),
			'title' => $document->getTitle(),
			'type' => $type,
			'language' => $document->getLanguage(),
			'state' => $state,
			'ownerId' => $document->getOwnerId(),
			'ownerDisplayName' => $this->displayNames->forUser($document->getOwnerId()),
			'createdAt' => $document->getCreatedAt(),
			'updatedAt' => $document->getUpdatedAt(),
			'revision' => $document->getRevision(),
		];
	}

	private function conflict(Document $current, AccessRole $role): ConflictException {
		return new ConflictException(
			$this->view($current, $role),
			$this->l->t('Someone else saved this document in the meantime. Compare both texts and choose what to keep.'),
		);
	}

	/**
	 * Notifications and activities about a stored save. The save has
	 * committed: a failure here is logged and never reported as a failed save.
	 */
	private function afterCommit(int $documentId, ContentChangeOutcome $outcome): void {
		try {
			$outcome->afterCommit();
		} catch (\Throwable $e) {
			$this->logger->error('Could not tell anyone about the new version of document {document}', [
				'document' => $documentId,
				'exception' => $e,
			]);
		}
	}

	private function apply(Document $document, PreparedContent $prepared, int $now): void {
		$document->setTitle($prepared->title);
		$document->setDocType($prepared->type);
		$document->setLanguage($prepared->language);
		$document->setContent($prepared->json);
		$document->setContentHash($prepared->hash);
		$document->setUpdatedAt($now);
	}

	private function latestHash(Document $document): ?string {
		$latestId = $document->getLatestVersionId();
		if ($latestId === null) {
			return null;
		}
		foreach ($this->versions->findAllForDocument($document->getId()) as $version) {
			if ($version->getId() === $latestId) {
				return $version->getContentHash();
			}
		}
		return null;
	}

	private function insertVersion(int $documentId, int $number, string $userId, PreparedContent $prepared, int $now, ?int $restoredFrom): Version {
		$version = new Version();
		$version->setDocumentId($documentId);
		$version->setVersionNumber($number);
		$version->setAuthorId($userId);
		$version->setCreatedAt($now);
		$version->setContent($prepared->json);
		$version->setContentHash($prepared->hash);
		$version->setSize($prepared->getSize());
		$version->setRestoredFrom($restoredFrom);
		return $this->versions->insert($version);
	}
}
