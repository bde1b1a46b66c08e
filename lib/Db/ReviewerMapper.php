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
 * @template-extends QBMapper<Reviewer>
 */
class ReviewerMapper extends QBMapper {
	public const TABLE = 'policydesk_reviewers';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Reviewer::class);
	}

	/**
	 * @return list<Reviewer> in the author's order
	 * @throws \OCP\DB\Exception
	 */
	public function findByReview(int $reviewId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('review_id', $qb->createNamedParameter($reviewId, IQueryBuilder::PARAM_INT)))
			->orderBy('position', 'ASC')
			->addOrderBy('id', 'ASC');
		/** @var list<Reviewer> */
		return $this->findEntities($qb);
	}

	/**
	 * Whether the user is named on a round, directly or through one of their
	 * groups. Used to let reviewers read the document they review.
	 *
	 * @param list<string> $groupIds the user's groups
	 * @throws \OCP\DB\Exception
	 */
	public function isNamedOnRound(int $reviewId, string $userId, array $groupIds): bool {
		$qb = $this->db->getQueryBuilder();
		$named = $qb->expr()->andX(
			$qb->expr()->eq('type', $qb->createNamedParameter('user')),
			$qb->expr()->eq('reviewer_id', $qb->createNamedParameter($userId)),
		);
		if ($groupIds !== []) {
			$named = $qb->expr()->orX(
				$named,
				$qb->expr()->andX(
					$qb->expr()->eq('type', $qb->createNamedParameter('group')),
					$qb->expr()->in('reviewer_id', $qb->createNamedParameter($groupIds, IQueryBuilder::PARAM_STR_ARRAY)),
				),
			);
		}
		$qb->select('id')
			->from(self::TABLE)
			->where($qb->expr()->eq('review_id', $qb->createNamedParameter($reviewId, IQueryBuilder::PARAM_INT)))
			->andWhere($named)
			->setMaxResults(1);
		$result = $qb->executeQuery();
		$found = $result->fetch() !== false;
		$result->closeCursor();
		return $found;
	}
}
