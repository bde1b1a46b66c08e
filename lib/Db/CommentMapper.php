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
 * @template-extends QBMapper<Comment>
 */
class CommentMapper extends QBMapper {
	public const TABLE = 'policydesk_comments';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Comment::class);
	}

	/**
	 * @throws DoesNotExistException when there is no such comment on this document
	 * @throws MultipleObjectsReturnedException
	 * @throws \OCP\DB\Exception
	 */
	public function findById(int $documentId, int $commentId): Comment {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($commentId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		return $this->findEntity($qb);
	}

	/**
	 * @return list<Comment> oldest first, replies included
	 * @throws \OCP\DB\Exception
	 */
	public function findByDocument(int $documentId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC');
		/** @var list<Comment> */
		return $this->findEntities($qb);
	}

	/**
	 * Open top-level comments (replies are resolved with their thread).
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function countUnresolved(int $documentId): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('id', 'open'))
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('parent_id'))
			->andWhere($qb->expr()->orX(
				$qb->expr()->isNull('resolved'),
				$qb->expr()->eq('resolved', $qb->createNamedParameter(false, IQueryBuilder::PARAM_BOOL)),
			));
		$result = $qb->executeQuery();
		$count = (int)$result->fetchOne();
		$result->closeCursor();
		return $count;
	}
}
