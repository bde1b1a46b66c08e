<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCP\AppFramework\Db\QBMapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * Decisions are appended and never updated: the mapper offers no update.
 *
 * @template-extends QBMapper<ReviewDecision>
 */
class ReviewDecisionMapper extends QBMapper {
	public const TABLE = 'policydesk_decisions';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, ReviewDecision::class);
	}

	/**
	 * @return list<ReviewDecision> oldest first
	 * @throws \OCP\DB\Exception
	 */
	public function findByReview(int $reviewId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('review_id', $qb->createNamedParameter($reviewId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC');
		/** @var list<ReviewDecision> */
		return $this->findEntities($qb);
	}
}
