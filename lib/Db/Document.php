<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * A document's current state. `content` is the canonical JSON of the latest
 * save (autosaves included); saved versions live in policydesk_versions.
 * Title, type and language repeat fields of content.meta so that the list
 * can filter and sort without reading the content column.
 *
 * @method string getOwnerId()
 * @method void setOwnerId(string $ownerId)
 * @method string getTitle()
 * @method void setTitle(string $title)
 * @method string getDocType()
 * @method void setDocType(string $docType)
 * @method string getLanguage()
 * @method void setLanguage(string $language)
 * @method string getState()
 * @method void setState(string $state)
 * @method int getRevision()
 * @method void setRevision(int $revision)
 * @method string getContent()
 * @method void setContent(string $content)
 * @method string getContentHash()
 * @method void setContentHash(string $contentHash)
 * @method int|null getLatestVersionId()
 * @method void setLatestVersionId(?int $latestVersionId)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 * @method int getUpdatedAt()
 * @method void setUpdatedAt(int $updatedAt)
 */
class Document extends Entity {
	// Null until set, so that every field set before insert() is written:
	// Entity skips setters whose value equals the current one.
	protected ?string $ownerId = null;
	protected ?string $title = null;
	protected ?string $docType = null;
	protected ?string $language = null;
	protected ?string $state = null;
	protected ?int $revision = null;
	protected ?string $content = null;
	protected ?string $contentHash = null;
	protected ?int $latestVersionId = null;
	protected ?int $createdAt = null;
	protected ?int $updatedAt = null;

	public function __construct() {
		// Literal type names: they equal the OCP\DB\Types constants and also
		// work with the older OCP the unit tests can run against.
		$this->addType('id', 'integer');
		$this->addType('revision', 'integer');
		$this->addType('latestVersionId', 'integer');
		$this->addType('createdAt', 'integer');
		$this->addType('updatedAt', 'integer');
	}
}
