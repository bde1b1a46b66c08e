<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Db\QBMapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<Review>
 */
class ReviewMapper extends QBMapper {
	public const TABLE = 'policydesk_reviews';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Review::class);
	}

	/**
	 * The round that is current for a document: the most recent submission.
	 *
	 * @throws DoesNotExistException when the document was never submitted
	 * @throws MultipleObjectsReturnedException never (LIMIT 1)
	 * @throws \OCP\DB\Exception
	 */
	public function findCurrent(int $documentId): Review {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'DESC')
			->setMaxResults(1);
		return $this->findEntity($qb);
	}
}
