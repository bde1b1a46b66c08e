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
			// A sub-select (not a join) so that a document shared both ways is
			// listed once, without DISTINCT over content.
			$qb->where($expr->in('d.id', $qb->createFunction($this->sharedWith($qb, $userId, $groupIds))))
				->andWhere($expr->neq('d.owner_id', $qb->createNamedParameter($userId)));
		} elseif ($filter->scope === DocumentFilter::SCOPE_REVIEW) {
			// The same people AccessService::roleOf() calls reviewers: named
			// on the document's current round, and neither its owner nor a
			// co-author (authors never review their own document, and a group
			// reviewer's members exclude them).
			$qb->where($expr->in('d.id', $qb->createFunction($this->reviewing($qb, $userId, $groupIds))))
				->andWhere($expr->neq('d.owner_id', $qb->createNamedParameter($userId)))
				->andWhere($expr->notIn('d.id', $qb->createFunction($this->sharedWith($qb, $userId, $groupIds))));
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

	/**
	 * SQL of the ids of documents shared with the user or one of the user's
	 * groups; its parameters are bound on $qb.
	 *
	 * @param list<string> $groupIds
	 */
	private function sharedWith(IQueryBuilder $qb, string $userId, array $groupIds): string {
		$expr = $qb->expr();
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
		return $shared->getSQL();
	}

	/**
	 * SQL of the ids of documents whose current round (the newest review row,
	 * as ReviewMapper::findCurrent() picks it) names the user or one of the
	 * user's groups; its parameters are bound on $qb.
	 *
	 * The reviewer lookup starts from index pd_reviewers_who (reviewer_id,
	 * type) and the newest round of each candidate document comes from
	 * pd_reviews_doc (document_id; a document has a handful of rounds, and on
	 * SQLite and MySQL the index carries the primary key, so MAX(id) never
	 * reads the table). Both indexes are in Version0002, so no migration is
	 * added; scripts/list-query-plan.sh fails if the plan stops using them.
	 *
	 * @param list<string> $groupIds
	 */
	private function reviewing(IQueryBuilder $qb, string $userId, array $groupIds): string {
		$expr = $qb->expr();
		$named = [$expr->andX(
			$expr->eq('r.type', $qb->createNamedParameter('user')),
			$expr->eq('r.reviewer_id', $qb->createNamedParameter($userId)),
		)];
		if ($groupIds !== []) {
			$named[] = $expr->andX(
				$expr->eq('r.type', $qb->createNamedParameter('group')),
				$expr->in('r.reviewer_id', $qb->createNamedParameter($groupIds, IQueryBuilder::PARAM_STR_ARRAY)),
			);
		}
		$current = $this->db->getQueryBuilder();
		$current->select($current->func()->max('v.id'))
			->from(ReviewMapper::TABLE, 'v')
			->where($expr->eq('v.document_id', 'r.document_id'));
		$reviewing = $this->db->getQueryBuilder();
		$reviewing->select('r.document_id')
			->from(ReviewerMapper::TABLE, 'r')
			->where($expr->orX(...$named))
			->andWhere($expr->eq('r.review_id', $reviewing->createFunction('(' . $current->getSQL() . ')')));
		return $reviewing->getSQL();
	}
}
