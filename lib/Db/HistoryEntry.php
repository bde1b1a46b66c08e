<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCA\PolicyDesk\Workflow\HistoryRecord;
use OCP\AppFramework\Db\Entity;

/**
 * One append-only entry of a document's review history, chained to the entry
 * before it by prev_hash (see OCA\PolicyDesk\Workflow\HistoryChain).
 *
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method int getSeq()
 * @method void setSeq(int $seq)
 * @method string getActorId()
 * @method void setActorId(string $actorId)
 * @method string getAction()
 * @method void setAction(string $action)
 * @method string getFromState()
 * @method void setFromState(string $fromState)
 * @method string getToState()
 * @method void setToState(string $toState)
 * @method ?string getVersionHash()
 * @method void setVersionHash(?string $versionHash)
 * @method ?string getComment()
 * @method void setComment(?string $comment)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 * @method string getPrevHash()
 * @method void setPrevHash(string $prevHash)
 * @method string getEntryHash()
 * @method void setEntryHash(string $entryHash)
 */
class HistoryEntry extends Entity {
	// Null until set: Entity skips a setter whose value equals the current one,
	// and insert() only writes fields that were set.
	protected ?int $documentId = null;
	protected ?int $seq = null;
	protected ?string $actorId = null;
	protected ?string $action = null;
	protected ?string $fromState = null;
	protected ?string $toState = null;
	protected ?string $versionHash = null;
	protected ?string $comment = null;
	protected ?int $createdAt = null;
	protected ?string $prevHash = null;
	protected ?string $entryHash = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('seq', 'integer');
		$this->addType('actorId', 'string');
		$this->addType('action', 'string');
		$this->addType('fromState', 'string');
		$this->addType('toState', 'string');
		$this->addType('versionHash', 'string');
		$this->addType('comment', 'string');
		$this->addType('createdAt', 'integer');
		$this->addType('prevHash', 'string');
		$this->addType('entryHash', 'string');
	}

	/** The row that stores $record, as the chain built it. */
	public static function fromRecord(HistoryRecord $record): self {
		$entry = new self();
		$entry->setDocumentId($record->documentId);
		$entry->setSeq($record->seq);
		$entry->setActorId($record->actor);
		$entry->setAction($record->action);
		$entry->setFromState($record->fromState);
		$entry->setToState($record->toState);
		$entry->setVersionHash($record->versionHash);
		$entry->setComment($record->comment);
		$entry->setCreatedAt($record->createdAt);
		$entry->setPrevHash($record->prevHash);
		$entry->setEntryHash($record->entryHash);
		return $entry;
	}

	/** This row as the chain sees it, for appending after it or verifying it. */
	public function toRecord(): HistoryRecord {
		return new HistoryRecord(
			$this->getDocumentId(),
			$this->getSeq(),
			$this->getActorId(),
			$this->getAction(),
			$this->getFromState(),
			$this->getToState(),
			$this->getVersionHash(),
			$this->getComment(),
			$this->getCreatedAt(),
			$this->getPrevHash(),
			$this->getEntryHash(),
		);
	}
}
