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
 * The history is append-only: entries are inserted and read, never updated
 * or deleted. A unique index on (document_id, seq) makes two writers that
 * raced for the same next entry collide, so exactly one of them wins.
 *
 * @template-extends QBMapper<HistoryEntry>
 */
class HistoryEntryMapper extends QBMapper {
	public const TABLE = 'policydesk_history';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, HistoryEntry::class);
	}

	/**
	 * @return list<HistoryEntry> in seq order
	 * @throws \OCP\DB\Exception
	 */
	public function findByDocument(int $documentId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('seq', 'ASC');
		/** @var list<HistoryEntry> */
		return $this->findEntities($qb);
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function findLast(int $documentId): ?HistoryEntry {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('seq', 'DESC')
			->setMaxResults(1);
		$entities = $this->findEntities($qb);
		return $entities === [] ? null : $entities[0];
	}
}
