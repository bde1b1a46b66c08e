<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * A reviewer's approval or change request on one version hash. Decisions are
 * only ever inserted; a reviewer who changes their mind adds a newer one.
 *
 * @method int getReviewId()
 * @method void setReviewId(int $reviewId)
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method string getUserId()
 * @method void setUserId(string $userId)
 * @method string getDecision()
 * @method void setDecision(string $decision)
 * @method string getVersionHash()
 * @method void setVersionHash(string $versionHash)
 * @method ?int getVersionId()
 * @method void setVersionId(?int $versionId)
 * @method ?string getComment()
 * @method void setComment(?string $comment)
 * @method int getCreatedAt()
 * @method void setCreatedAt(int $createdAt)
 */
class ReviewDecision extends Entity {
	protected int $reviewId = 0;
	protected int $documentId = 0;
	protected string $userId = '';
	protected string $decision = '';
	protected string $versionHash = '';
	protected ?int $versionId = null;
	protected ?string $comment = null;
	protected int $createdAt = 0;

	public function __construct() {
		$this->addType('reviewId', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('userId', 'string');
		$this->addType('decision', 'string');
		$this->addType('versionHash', 'string');
		$this->addType('versionId', 'integer');
		$this->addType('comment', 'string');
		$this->addType('createdAt', 'integer');
	}
}
