<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * A review comment on the document, optionally anchored to a passage of one
 * version (block path, offsets and the quoted text), with one level of replies.
 *
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method ?int getParentId()
 * @method void setParentId(?int $parentId)
 * @method string getAuthorId()
 * @method void setAuthorId(string $authorId)
 * @method string getMessage()
 * @method void setMessage(string $message)
 * @method ?string getVersionHash()
 * @method void setVersionHash(?string $versionHash)
 * @method ?string getBlockPath()
 * @method void setBlockPath(?string $blockPath)
 * @method ?int getAnchorStart()
 * @method void setAnchorStart(?int $anchorStart)
 * @method ?int getAnchorEnd()
 * @method void setAnchorEnd(?int $anchorEnd)
 * @method ?string getQuote()
 * @method void setQuote(?string $quote)
 * @method bool getResolved()
 * @method void setResolved(bool $resolved)
 * @method ?string getResolvedBy()
 * @method void setResolvedBy(?string $resolvedBy)
 * @method ?int getResolvedAt()
 * @method void setResolvedAt(?int $resolvedAt)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 */
class Comment extends Entity {
	// Null until set: Entity skips a setter whose value equals the current one,
	// and insert() only writes fields that were set.
	protected ?int $documentId = null;
	protected ?int $parentId = null;
	protected ?string $authorId = null;
	protected ?string $message = null;
	protected ?string $versionHash = null;
	protected ?string $blockPath = null;
	protected ?int $anchorStart = null;
	protected ?int $anchorEnd = null;
	protected ?string $quote = null;
	protected ?bool $resolved = null;
	protected ?string $resolvedBy = null;
	protected ?int $resolvedAt = null;
	protected ?int $createdAt = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('parentId', 'integer');
		$this->addType('authorId', 'string');
		$this->addType('message', 'string');
		$this->addType('versionHash', 'string');
		$this->addType('blockPath', 'string');
		$this->addType('anchorStart', 'integer');
		$this->addType('anchorEnd', 'integer');
		$this->addType('quote', 'string');
		$this->addType('resolved', 'boolean');
		$this->addType('resolvedBy', 'string');
		$this->addType('resolvedAt', 'integer');
		$this->addType('createdAt', 'integer');
	}
}
