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
	// Null until set: Entity skips a setter whose value equals the current one,
	// and insert() only writes fields that were set.
	protected ?int $reviewId = null;
	protected ?int $documentId = null;
	protected ?string $userId = null;
	protected ?string $decision = null;
	protected ?string $versionHash = null;
	protected ?int $versionId = null;
	protected ?string $comment = null;
	protected ?int $createdAt = null;

	public function __construct() {
		$this->addType('id', 'integer');
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
