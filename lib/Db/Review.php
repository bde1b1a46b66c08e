<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * One review round of a document: who reviews, and by which rule. Every
 * submit starts a new round; resubmit keeps the round and freezes a new version.
 *
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method string getRule()
 * @method void setRule(string $rule)
 * @method ?int getQuorum()
 * @method void setQuorum(?int $quorum)
 * @method bool getSequential()
 * @method void setSequential(bool $sequential)
 * @method bool getRequireResolved()
 * @method void setRequireResolved(bool $requireResolved)
 * @method int getSubmittedVersionId()
 * @method void setSubmittedVersionId(int $submittedVersionId)
 * @method string getSubmittedHash()
 * @method void setSubmittedHash(string $submittedHash)
 * @method string getSubmittedBy()
 * @method void setSubmittedBy(string $submittedBy)
 * @method int getSubmittedAt()
 * @method void setSubmittedAt(int $submittedAt)
 */
class Review extends Entity {
	// Null until set: Entity skips a setter whose value equals the current one,
	// and insert() only writes fields that were set.
	protected ?int $documentId = null;
	protected ?string $rule = null;
	protected ?int $quorum = null;
	protected ?bool $sequential = null;
	protected ?bool $requireResolved = null;
	protected ?int $submittedVersionId = null;
	protected ?string $submittedHash = null;
	protected ?string $submittedBy = null;
	protected ?int $submittedAt = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('rule', 'string');
		$this->addType('quorum', 'integer');
		$this->addType('sequential', 'boolean');
		$this->addType('requireResolved', 'boolean');
		$this->addType('submittedVersionId', 'integer');
		$this->addType('submittedHash', 'string');
		$this->addType('submittedBy', 'string');
		$this->addType('submittedAt', 'integer');
	}
}
