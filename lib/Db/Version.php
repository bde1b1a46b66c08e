<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * One saved version of a document: immutable once written. `number` counts
 * from 1 per document (column version_number, as NUMBER is reserved in
 * Oracle); `size` is the byte length of `content`, the canonical JSON whose
 * SHA-256 is `contentHash`.
 *
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method int getVersionNumber()
 * @method void setVersionNumber(int $versionNumber)
 * @method string getAuthorId()
 * @method void setAuthorId(string $authorId)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 * @method string getContent()
 * @method void setContent(string $content)
 * @method string getContentHash()
 * @method void setContentHash(string $contentHash)
 * @method int getSize()
 * @method void setSize(int $size)
 * @method int|null getRestoredFrom()
 * @method void setRestoredFrom(?int $restoredFrom)
 */
class Version extends Entity {
	protected ?int $documentId = null;
	protected ?int $versionNumber = null;
	protected ?string $authorId = null;
	protected ?int $createdAt = null;
	protected ?string $content = null;
	protected ?string $contentHash = null;
	protected ?int $size = null;
	protected ?int $restoredFrom = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('versionNumber', 'integer');
		$this->addType('createdAt', 'integer');
		$this->addType('size', 'integer');
		$this->addType('restoredFrom', 'integer');
	}
}
