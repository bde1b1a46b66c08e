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
 * @template-extends QBMapper<Version>
 */
class VersionMapper extends QBMapper {
	public const TABLE = 'policydesk_versions';

	/** Listing versions must not load every version's content. */
	private const LIST_COLUMNS = ['id', 'document_id', 'version_number', 'author_id', 'created_at', 'content_hash', 'size', 'restored_from'];

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Version::class);
	}

	/**
	 * A version of the given document, content included.
	 *
	 * @throws DoesNotExistException also when the version belongs to another document
	 * @throws MultipleObjectsReturnedException
	 * @throws \OCP\DB\Exception
	 */
	public function findForDocument(int $documentId, int $versionId): Version {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($versionId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		return $this->findEntity($qb);
	}

	/**
	 * All versions of a document, newest first, without content.
	 *
	 * @return list<Version>
	 * @throws \OCP\DB\Exception
	 */
	public function findAllForDocument(int $documentId): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::LIST_COLUMNS)
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)))
			->orderBy('version_number', 'DESC');
		/** @var list<Version> */
		return $this->findEntities($qb);
	}

	/**
	 * The highest version number of a document, 0 when it has none.
	 *
	 * @throws \OCP\DB\Exception
	 */
	public function findMaxNumber(int $documentId): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->max('version_number'))
			->from(self::TABLE)
			->where($qb->expr()->eq('document_id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$max = (int)$result->fetchOne();
		$result->closeCursor();
		return $max;
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
