<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * A co-author grant: a user or a group may edit a document it does not own.
 *
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method string getShareType()
 * @method void setShareType(string $shareType)
 * @method string getShareWith()
 * @method void setShareWith(string $shareWith)
 * @method string getRole()
 * @method void setRole(string $role)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 */
class Share extends Entity {
	public const TYPE_USER = 'user';
	public const TYPE_GROUP = 'group';
	public const ROLE_COAUTHOR = 'coauthor';

	protected ?int $documentId = null;
	protected ?string $shareType = null;
	protected ?string $shareWith = null;
	protected ?string $role = null;
	protected ?int $createdAt = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('createdAt', 'integer');
	}
}
