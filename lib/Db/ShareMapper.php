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
 * @template-extends QBMapper<Share>
 */
class ShareMapper extends QBMapper {
	public const TABLE = 'policydesk_shares';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Share::class);
	}

	/**
	 * @throws DoesNotExistException also when the share belongs to another document
	 * @throws MultipleObjectsReturnedException
	 * @throws \OCP\DB\Exception
	 */
	public function findForDocument(int $documentId, int $shareId): Share {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($shareId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		return $this->findEntity($qb);
	}

	/**
	 * @return list<Share>
	 * @throws \OCP\DB\Exception
	 */
	public function findAllForDocument(int $documentId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC');
		/** @var list<Share> */
		return $this->findEntities($qb);
	}

	/**
	 * Whether the document is shared with the user directly or with one of
	 * the given groups.
	 *
	 * @param list<string> $groupIds
	 * @throws \OCP\DB\Exception
	 */
	public function isSharedWith(int $documentId, string $userId, array $groupIds): bool {
		$qb = $this->db->getQueryBuilder();
		$expr = $qb->expr();
		$recipients = [$expr->andX(
			$expr->eq('share_type', $qb->createNamedParameter(Share::TYPE_USER)),
			$expr->eq('share_with', $qb->createNamedParameter($userId)),
		)];
		if ($groupIds !== []) {
			$recipients[] = $expr->andX(
				$expr->eq('share_type', $qb->createNamedParameter(Share::TYPE_GROUP)),
				$expr->in('share_with', $qb->createNamedParameter($groupIds, IQueryBuilder::PARAM_STR_ARRAY)),
			);
		}
		$qb->select('id')
			->from(self::TABLE)
			->where($expr->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->andWhere($expr->orX(...$recipients))
			->setMaxResults(1);
		$result = $qb->executeQuery();
		$found = $result->fetchOne() !== false;
		$result->closeCursor();
		return $found;
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function exists(int $documentId, string $shareType, string $shareWith): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->select('id')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('share_type', $qb->createNamedParameter($shareType)))
			->andWhere($qb->expr()->eq('share_with', $qb->createNamedParameter($shareWith)))
			->setMaxResults(1);
		$result = $qb->executeQuery();
		$found = $result->fetchOne() !== false;
		$result->closeCursor();
		return $found;
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function deleteByDocument(int $documentId): void {
		$qb = $this->db->getQueryBuilder();
		$qb->delete(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		$qb->executeStatement();
	}
}
