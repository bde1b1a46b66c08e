<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Db;

use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Model\DocumentFilter;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IExpressionBuilder;
use OCP\DB\QueryBuilder\IFunctionBuilder;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use PHPUnit\Framework\TestCase;

/**
 * The SQL the document list builds, read back from mocked query builders that
 * write what they are asked for as text (parameters as their values). No
 * database runs here; scripts/list-query-plan.sh runs the same SQL on SQLite
 * with 10,000 documents and checks its plan and its rows.
 */
class DocumentMapperTest extends TestCase {
	/** @var list<string> SQL of every executed query, in order */
	private array $executed = [];
	/** @var list<array<string, mixed>> rows the next page query answers */
	private array $rows = [];

	protected function setUp(): void {
		if (!method_exists(IQueryBuilder::class, 'executeQuery')) {
			$this->markTestSkipped('QBMapper calls executeQuery() (OCP 22+); run with NEXTCLOUD_OCP_DIR');
		}
	}

	private function mapper(): DocumentMapper {
		$db = $this->createMock(IDBConnection::class);
		$db->method('getQueryBuilder')->willReturnCallback(fn (): IQueryBuilder => $this->queryBuilder());
		$db->method('escapeLikeParameter')->willReturnCallback(static fn (string $s): string => addcslashes($s, '\\_%'));
		return new DocumentMapper($db);
	}

	private const REVIEWING = "d.id IN (SELECT r.document_id FROM *PREFIX*policydesk_reviewers r WHERE (((r.type = 'user') AND (r.reviewer_id = 'carol')) OR ((r.type = 'group') AND (r.reviewer_id IN ('legal', 'staff')))) AND (r.review_id = (SELECT MAX(v.id) FROM *PREFIX*policydesk_reviews v WHERE v.document_id = r.document_id)))";
	private const NOT_AUTHOR = "(d.owner_id <> 'carol') AND (d.id NOT IN (SELECT s.document_id FROM *PREFIX*policydesk_shares s WHERE ((s.share_type = 'user') AND (s.share_with = 'carol')) OR ((s.share_type = 'group') AND (s.share_with IN ('legal', 'staff')))))";

	public function testReviewPageIsOneQueryOnTheCurrentRoundWithFiltersAndOrder(): void {
		$this->rows = [['id' => 7, 'owner_id' => 'alice', 'title' => 'Policy', 'doc_type' => 'policy', 'language' => 'sv', 'state' => 'in_review', 'revision' => 4, 'content_hash' => str_repeat('a', 64), 'latest_version_id' => 70, 'created_at' => 1, 'updated_at' => 2]];
		$filter = new DocumentFilter(DocumentFilter::SCOPE_REVIEW, 'policy', 'in_review', '50%', 10, 20);

		$page = $this->mapper()->findPage($filter, 'carol', ['legal', 'staff']);

		$this->assertCount(1, $this->executed);
		$this->assertSame(
			'SELECT d.id, d.owner_id, d.title, d.doc_type, d.language, d.state, d.revision, d.content_hash, d.latest_version_id, d.created_at, d.updated_at'
			. ' FROM *PREFIX*policydesk_docs d WHERE (' . self::REVIEWING . ') AND ' . self::NOT_AUTHOR
			. " AND (d.doc_type = 'policy') AND (d.state = 'in_review') AND (d.title ILIKE '%50\\%%')"
			. ' ORDER BY d.updated_at DESC, d.id DESC LIMIT 10 OFFSET 20',
			$this->executed[0],
		);
		$this->assertCount(1, $page);
		$this->assertInstanceOf(Document::class, $page[0]);
		$this->assertSame('in_review', $page[0]->getState());
	}

	public function testReviewCountUsesTheSameConditionsWithoutOrderOrPage(): void {
		$filter = new DocumentFilter(DocumentFilter::SCOPE_REVIEW, null, null, null, 10, 20);

		$this->assertSame(3, $this->mapper()->countPage($filter, 'carol', ['legal', 'staff']));

		$this->assertSame(['SELECT COUNT(d.id) AS total FROM *PREFIX*policydesk_docs d WHERE (' . self::REVIEWING . ') AND ' . self::NOT_AUTHOR], $this->executed);
	}

	public function testReviewWithoutGroupsLooksUpTheUserOnly(): void {
		$this->mapper()->countPage(new DocumentFilter(DocumentFilter::SCOPE_REVIEW), 'dave', []);

		$this->assertCount(1, $this->executed);
		$this->assertStringContainsString("FROM *PREFIX*policydesk_reviewers r WHERE ((r.type = 'user') AND (r.reviewer_id = 'dave')) AND (r.review_id = (SELECT MAX(v.id)", $this->executed[0]);
		$this->assertStringNotContainsString("'group'", $this->executed[0]);
	}

	public function testMineAndSharedDoNotReadReviewers(): void {
		$this->mapper()->countPage(new DocumentFilter(DocumentFilter::SCOPE_MINE), 'carol', []);
		$this->mapper()->countPage(new DocumentFilter(DocumentFilter::SCOPE_SHARED), 'carol', ['staff']);

		$this->assertSame("SELECT COUNT(d.id) AS total FROM *PREFIX*policydesk_docs d WHERE d.owner_id = 'carol'", $this->executed[0]);
		$this->assertSame("SELECT COUNT(d.id) AS total FROM *PREFIX*policydesk_docs d WHERE (d.id IN (SELECT s.document_id FROM *PREFIX*policydesk_shares s WHERE ((s.share_type = 'user') AND (s.share_with = 'carol')) OR ((s.share_type = 'group') AND (s.share_with IN ('staff'))))) AND (d.owner_id <> 'carol')", $this->executed[1]);
	}

	/**
	 * A query builder that writes the query as text and records it when run.
	 */
	private function queryBuilder(): IQueryBuilder {
		$q = (object)['select' => [], 'from' => '', 'where' => [], 'order' => [], 'limit' => null, 'offset' => 0];
		$qb = $this->createMock(IQueryBuilder::class);
		$expr = $this->expressions();
		$qb->method('expr')->willReturn($expr);
		$func = $this->createMock(IFunctionBuilder::class);
		$func->method('max')->willReturnCallback(static fn (string $f): SqlText => new SqlText("MAX($f)"));
		$func->method('count')->willReturnCallback(static fn (string $f, string $alias): SqlText => new SqlText("COUNT($f) AS $alias"));
		$qb->method('func')->willReturn($func);
		$qb->method('createNamedParameter')->willReturnCallback(static fn (mixed $v): SqlText => new SqlText(self::literal($v)));
		$qb->method('createFunction')->willReturnCallback(static fn (string $sql): SqlText => new SqlText($sql));
		$qb->method('select')->willReturnCallback(static function (mixed ...$s) use ($q, $qb): IQueryBuilder {
			$q->select = array_map('strval', $s);
			return $qb;
		});
		$qb->method('from')->willReturnCallback(static function (string $table, string $alias) use ($q, $qb): IQueryBuilder {
			$q->from = "*PREFIX*$table $alias";
			return $qb;
		});
		$qb->method('where')->willReturnCallback(static function (mixed $w) use ($q, $qb): IQueryBuilder {
			$q->where = [(string)$w];
			return $qb;
		});
		$qb->method('andWhere')->willReturnCallback(static function (mixed $w) use ($q, $qb): IQueryBuilder {
			$q->where[] = (string)$w;
			return $qb;
		});
		$qb->method('orderBy')->willReturnCallback(static function (string $c, string $dir) use ($q, $qb): IQueryBuilder {
			$q->order = ["$c $dir"];
			return $qb;
		});
		$qb->method('addOrderBy')->willReturnCallback(static function (string $c, string $dir) use ($q, $qb): IQueryBuilder {
			$q->order[] = "$c $dir";
			return $qb;
		});
		$qb->method('setMaxResults')->willReturnCallback(static function (int $n) use ($q, $qb): IQueryBuilder {
			$q->limit = $n;
			return $qb;
		});
		$qb->method('setFirstResult')->willReturnCallback(static function (int $n) use ($q, $qb): IQueryBuilder {
			$q->offset = $n;
			return $qb;
		});
		$sql = static function () use ($q): string {
			$text = 'SELECT ' . implode(', ', $q->select) . ' FROM ' . $q->from;
			if ($q->where !== []) {
				$text .= ' WHERE ' . SqlText::group('AND', $q->where);
			}
			if ($q->order !== []) {
				$text .= ' ORDER BY ' . implode(', ', $q->order);
			}
			if ($q->limit !== null) {
				$text .= " LIMIT {$q->limit} OFFSET {$q->offset}";
			}
			return $text;
		};
		$qb->method('getSQL')->willReturnCallback($sql);
		$qb->method('executeQuery')->willReturnCallback(function () use ($sql): IResult {
			$this->executed[] = $sql();
			$rows = $this->rows;
			$result = $this->createMock(IResult::class);
			$result->method('fetch')->willReturnCallback(static function () use (&$rows): array|false {
				return array_shift($rows) ?? false;
			});
			$result->method('fetchOne')->willReturn('3');
			return $result;
		});
		return $qb;
	}

	private function expressions(): IExpressionBuilder {
		$expr = $this->createMock(IExpressionBuilder::class);
		$binary = static fn (string $op): \Closure => static fn (mixed $x, mixed $y): string => "$x $op $y";
		$expr->method('eq')->willReturnCallback($binary('='));
		$expr->method('neq')->willReturnCallback($binary('<>'));
		$expr->method('iLike')->willReturnCallback($binary('ILIKE'));
		$expr->method('in')->willReturnCallback(static fn (mixed $x, mixed $y): string => "$x IN ($y)");
		$expr->method('notIn')->willReturnCallback(static fn (mixed $x, mixed $y): string => "$x NOT IN ($y)");
		$expr->method('andX')->willReturnCallback(static fn (mixed ...$p): SqlText => SqlText::group('AND', array_map('strval', $p)));
		$expr->method('orX')->willReturnCallback(static fn (mixed ...$p): SqlText => SqlText::group('OR', array_map('strval', $p)));
		return $expr;
	}

	private static function literal(mixed $value): string {
		if (is_array($value)) {
			return implode(', ', array_map(self::literal(...), $value));
		}
		return is_int($value) ? (string)$value : "'" . str_replace("'", "''", (string)$value) . "'";
	}
}
