<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\Entity;

/**
 * One entry of a round's reviewer list, a user or a group, in the author's order.
 *
 * @method int getReviewId()
 * @method void setReviewId(int $reviewId)
 * @method int getDocumentId()
 * @method void setDocumentId(int $documentId)
 * @method string getType()
 * @method void setType(string $type)
 * @method string getReviewerId()
 * @method void setReviewerId(string $reviewerId)
 * @method ?string getGroupMode()
 * @method void setGroupMode(?string $groupMode)
 * @method int getPosition()
 * @method void setPosition(int $position)
 */
class Reviewer extends Entity {
	// Null until set: Entity skips a setter whose value equals the current one,
	// and insert() only writes fields that were set.
	protected ?int $reviewId = null;
	protected ?int $documentId = null;
	protected ?string $type = null;
	protected ?string $reviewerId = null;
	protected ?string $groupMode = null;
	protected ?int $position = null;

	public function __construct() {
		$this->addType('id', 'integer');
		$this->addType('reviewId', 'integer');
		$this->addType('documentId', 'integer');
		$this->addType('type', 'string');
		$this->addType('reviewerId', 'string');
		$this->addType('groupMode', 'string');
		$this->addType('position', 'integer');
	}
}
