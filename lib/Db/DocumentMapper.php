<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Db;

use OCA\PolicyDesk\Model\DocumentFilter;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Db\QBMapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<Document>
 */
class DocumentMapper extends QBMapper {
	public const TABLE = 'policydesk_docs';

	/** The list never reads `content`, which may be megabytes per row. */
	private const SUMMARY_COLUMNS = ['d.id', 'd.owner_id', 'd.title', 'd.doc_type', 'd.language', 'd.state', 'd.revision', 'd.content_hash', 'd.latest_version_id', 'd.created_at', 'd.updated_at'];

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Document::class);
	}

	/**
	 * @throws DoesNotExistException
	 * @throws MultipleObjectsReturnedException
	 * @throws \OCP\DB\Exception
	 */
	public function findById(int $id): Document {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from(self::TABLE)
			->where($qb->expr()->eq('id', $qb->createNamedParameter($id, IQueryBuilder::PARAM_INT)));
		return $this->findEntity($qb);
	}

	/**
	 * One page of the list, newest change first, without content.
	 *
	 * @param list<string> $groupIds the user's groups, for group shares
	 * @return list<Document>
	 * @throws \OCP\DB\Exception
	 */
	public function findPage(DocumentFilter $filter, string $userId, array $groupIds): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select(...self::SUMMARY_COLUMNS)->from(self::TABLE, 'd');
		$this->applyFilter($qb, $filter, $userId, $groupIds);
		// id breaks ties so that pages never overlap or skip rows.
		$qb->orderBy('d.updated_at', 'DESC')
			->addOrderBy('d.id', 'DESC')
			->setMaxResults($filter->limit)
			->setFirstResult($filter->offset);
		/** @var list<Document> */
		return $this->findEntities($qb);
	}

	/**
	 * @param list<string> $groupIds
	 * @throws \OCP\DB\Exception
	 */
	public function countPage(DocumentFilter $filter, string $userId, array $groupIds): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('d.id', 'total'))->from(self::TABLE, 'd');
		$this->applyFilter($qb, $filter, $userId, $groupIds);
		$result = $qb->executeQuery();
		$total = (int)$result->fetchOne();
		$result->closeCursor();
		return $total;
	}

	/**
	 * Writes a save only if nobody saved since $baseRevision: the WHERE on
	 * revision makes the database pick exactly one winner of two racing
	 * saves, which a read-then-write check in PHP cannot.
	 *
	 * The revision always changes, so the affected-row count is 1 on every
	 * database, including MySQL, which counts changed rather than matched rows.
	 *
	 * @return bool false when the revision has moved on (a conflict)
	 * @throws \OCP\DB\Exception
	 */
	public function updateIfRevision(Document $document, int $baseRevision): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('title', $qb->createNamedParameter($document->getTitle()))
			->set('doc_type', $qb->createNamedParameter($document->getDocType()))
			->set('language', $qb->createNamedParameter($document->getLanguage()))
			->set('content', $qb->createNamedParameter($document->getContent()))
			->set('content_hash', $qb->createNamedParameter($document->getContentHash()))
			->set('revision', $qb->createNamedParameter($document->getRevision(), IQueryBuilder::PARAM_INT))
			->set('updated_at', $qb->createNamedParameter($document->getUpdatedAt(), IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('id', $qb->createNamedParameter($document->getId(), IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->eq('revision', $qb->createNamedParameter($baseRevision, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement() === 1;
	}

	/**
	 * @throws \OCP\DB\Exception
	 */
	public function setLatestVersion(int $documentId, int $versionId): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update(self::TABLE)
			->set('latest_version_id', $qb->createNamedParameter($versionId, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('id', $qb->createNamedParameter($documentId, IQueryBuilder::PARAM_INT)));
		$qb->executeStatement();
	}

	/**
	 * @param list<string> $groupIds
	 */
	private function applyFilter(IQueryBuilder $qb, DocumentFilter $filter, string $userId, array $groupIds): void {
		$expr = $qb->expr();
		if ($filter->scope === DocumentFilter::SCOPE_SHARED) {
			// Documents reached through a share to the user or one of the
			// user's groups. A sub-select (not a join) so that a document
			// shared both ways is listed once, without DISTINCT over content.
			$recipients = [$expr->andX(
				$expr->eq('s.share_type', $qb->createNamedParameter(Share::TYPE_USER)),
				$expr->eq('s.share_with', $qb->createNamedParameter($userId)),
			)];
			if ($groupIds !== []) {
				$recipients[] = $expr->andX(
					$expr->eq('s.share_type', $qb->createNamedParameter(Share::TYPE_GROUP)),
					$expr->in('s.share_with', $qb->createNamedParameter($groupIds, IQueryBuilder::PARAM_STR_ARRAY)),
				);
			}
			$shared = $this->db->getQueryBuilder();
			$shared->select('s.document_id')
				->from(ShareMapper::TABLE, 's')
				->where($expr->orX(...$recipients));
			$qb->where($expr->in('d.id', $qb->createFunction($shared->getSQL())))
				->andWhere($expr->neq('d.owner_id', $qb->createNamedParameter($userId)));
		} else {
			$qb->where($expr->eq('d.owner_id', $qb->createNamedParameter($userId)));
		}
		if ($filter->type !== null) {
			$qb->andWhere($expr->eq('d.doc_type', $qb->createNamedParameter($filter->type)));
		}
		if ($filter->state !== null) {
			$qb->andWhere($expr->eq('d.state', $qb->createNamedParameter($filter->state)));
		}
		if ($filter->search !== null && $filter->search !== '') {
			$pattern = '%' . $this->db->escapeLikeParameter($filter->search) . '%';
			$qb->andWhere($expr->iLike('d.title', $qb->createNamedParameter($pattern)));
		}
	}
}
