<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\CommentMapper;
use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Db\HistoryEntryMapper;
use OCA\PolicyDesk\Db\Review;
use OCA\PolicyDesk\Db\ReviewDecision;
use OCA\PolicyDesk\Db\ReviewDecisionMapper;
use OCA\PolicyDesk\Db\Reviewer;
use OCA\PolicyDesk\Db\ReviewerMapper;
use OCA\PolicyDesk\Db\ReviewMapper;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\HistoryService;
use OCA\PolicyDesk\Service\ReviewDocument;
use OCA\PolicyDesk\Service\ReviewDocumentGateway;
use OCA\PolicyDesk\Service\ReviewRoundService;
use OCA\PolicyDesk\Workflow\ApprovalEvaluator;
use OCA\PolicyDesk\Workflow\HistoryChain;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\IDBConnection;
use OCP\IGroupManager;
use OCP\IL10N;
use PHPUnit\Framework\MockObject\MockBuilder;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * In-memory rows behind mocked mappers, with transaction semantics a test can
 * see: rows inserted inside a transaction become visible on commit and are
 * dropped on rollback. `$onNextHistoryInsert` lets a test run "another
 * request" at the exact moment this one appends to the history, the point
 * where two racing transitions collide.
 *
 * The document itself (state, hash, authors) sits behind a mocked
 * ReviewDocumentGateway; its conditional state update behaves like
 * `UPDATE … SET state = :to WHERE state = :from`.
 */
final class ReviewFixture {
	public const DOC = 7;
	public const H1 = '1111111111111111111111111111111111111111111111111111111111111111';
	public const H2 = '2222222222222222222222222222222222222222222222222222222222222222';

	public string $state = 'in_review';
	public string $hash = self::H1;
	/** @var list<string> */
	public array $authors = ['anna'];
	/** @var array<string, list<string>> group id => members */
	public array $groups = [];

	public ?Review $review = null;
	/** @var list<Reviewer> */
	public array $reviewers = [];
	/** @var list<ReviewDecision> */
	public array $decisions = [];
	/** @var list<HistoryEntry> */
	public array $history = [];
	public int $unresolvedComments = 0;

	/** @var list<ReviewDecision> */
	private array $pendingDecisions = [];
	/** @var list<HistoryEntry> */
	private array $pendingHistory = [];
	private int $nextId = 100;
	public int $commits = 0;
	public int $rollbacks = 0;
	private bool $inTransaction = false;
	/** @var list<string> writes and transaction steps in order: begin, state, history, commit, rollBack */
	public array $log = [];

	/** @var (\Closure(): void)|null runs once, just before the next history insert */
	public ?\Closure $onNextHistoryInsert = null;
	/** @var (\Closure(): void)|null runs once, just before the next conditional state update */
	public ?\Closure $onNextStateUpdate = null;

	public ReviewMapper&MockObject $reviewMapper;
	public ReviewerMapper&MockObject $reviewerMapper;
	public ReviewDecisionMapper&MockObject $decisionMapper;
	public CommentMapper&MockObject $commentMapper;
	public HistoryEntryMapper&MockObject $historyMapper;
	public ReviewDocumentGateway&MockObject $gateway;
	public IDBConnection&MockObject $db;
	public IGroupManager&MockObject $groupManager;
	public IL10N&MockObject $l10n;
	public DisplayNameService&MockObject $names;

	public function __construct(private TestCase $test) {
		$this->reviewMapper = $this->mock(ReviewMapper::class);
		$this->reviewerMapper = $this->mock(ReviewerMapper::class);
		$this->decisionMapper = $this->mock(ReviewDecisionMapper::class);
		$this->commentMapper = $this->mock(CommentMapper::class);
		$this->historyMapper = $this->mock(HistoryEntryMapper::class);
		$this->gateway = $this->mock(ReviewDocumentGateway::class);
		$this->db = $this->mock(IDBConnection::class);
		$this->groupManager = $this->mock(IGroupManager::class);
		$this->l10n = $this->mock(IL10N::class);
		$this->names = $this->mock(DisplayNameService::class);

		$this->l10n->method('t')->willReturnCallback(static fn (string $text, $params = []): string => vsprintf($text, (array)$params));
		$this->names->method('forUser')->willReturnCallback(static fn (string $uid): string => ucfirst($uid));
		$this->names->method('forGroup')->willReturnCallback(static fn (string $gid): string => strtoupper($gid));

		$this->db->method('beginTransaction')->willReturnCallback(function (): void {
			$this->inTransaction = true;
			$this->log[] = 'begin';
		});
		$this->db->method('inTransaction')->willReturnCallback(fn (): bool => $this->inTransaction);
		$this->db->method('commit')->willReturnCallback(function (): void {
			$this->inTransaction = false;
			$this->log[] = 'commit';
			$this->commits++;
			array_push($this->decisions, ...$this->pendingDecisions);
			array_push($this->history, ...$this->pendingHistory);
			$this->pendingDecisions = [];
			$this->pendingHistory = [];
		});
		$this->db->method('rollBack')->willReturnCallback(function (): void {
			$this->inTransaction = false;
			$this->log[] = 'rollBack';
			$this->rollbacks++;
			$this->pendingDecisions = [];
			$this->pendingHistory = [];
		});

		$this->reviewMapper->method('findCurrent')->willReturnCallback(function (): Review {
			if ($this->review === null) {
				throw new DoesNotExistException('no review');
			}
			return $this->review;
		});
		$this->reviewMapper->method('insert')->willReturnCallback(function (Review $review): Review {
			$review->setId($this->nextId++);
			$this->review = $review;
			return $review;
		});
		$this->reviewMapper->method('update')->willReturnArgument(0);
		$this->reviewerMapper->method('findByReview')->willReturnCallback(fn (): array => $this->reviewers);
		$this->reviewerMapper->method('insert')->willReturnCallback(function (Reviewer $reviewer): Reviewer {
			$reviewer->setId($this->nextId++);
			$this->reviewers[] = $reviewer;
			return $reviewer;
		});
		$this->decisionMapper->method('findByReview')->willReturnCallback(fn (): array => $this->decisions);
		$this->decisionMapper->method('insert')->willReturnCallback(function (ReviewDecision $decision): ReviewDecision {
			$decision->setId($this->nextId++);
			$this->pendingDecisions[] = $decision;
			return $decision;
		});
		$this->commentMapper->method('countUnresolved')->willReturnCallback(fn (): int => $this->unresolvedComments);

		$this->historyMapper->method('findLast')->willReturnCallback(function (): ?HistoryEntry {
			$all = array_merge($this->history, $this->pendingHistory);
			return $all === [] ? null : $all[count($all) - 1];
		});
		$this->historyMapper->method('findByDocument')->willReturnCallback(fn (): array => $this->history);
		$this->historyMapper->method('insert')->willReturnCallback(function (HistoryEntry $entry): HistoryEntry {
			if ($this->onNextHistoryInsert !== null) {
				$other = $this->onNextHistoryInsert;
				$this->onNextHistoryInsert = null;
				$other();
			}
			foreach ($this->history as $existing) {
				if ($existing->getSeq() === $entry->getSeq()) {
					throw new ReviewUniqueViolation('Duplicate entry for pd_history_doc_seq');
				}
			}
			$this->pendingHistory[] = $entry;
			$this->log[] = 'history';
			return $entry;
		});

		$this->groupManager->method('get')->willReturnCallback(function (string $gid) {
			if (!isset($this->groups[$gid])) {
				return null;
			}
			$group = (new MockBuilder($this->test, \OCP\IGroup::class))->getMock();
			$users = [];
			foreach ($this->groups[$gid] as $uid) {
				$user = (new MockBuilder($this->test, \OCP\IUser::class))->getMock();
				$user->method('getUID')->willReturn($uid);
				$users[] = $user;
			}
			$group->method('getUsers')->willReturn($users);
			return $group;
		});

		$this->gateway->method('load')->willReturnCallback(fn (int $id, string $uid): ReviewDocument => $this->document($uid));
		$this->gateway->method('reload')->willReturnCallback(fn (ReviewDocument $doc): ReviewDocument => $this->document($doc->userId));
		$this->gateway->method('currentHash')->willReturnCallback(fn (): string => $this->hash);
		$this->gateway->method('authorUserIds')->willReturnCallback(fn (): array => $this->authors);
		$this->gateway->method('versionIdForHash')->willReturnCallback(fn (int $doc, string $hash): ?int => $hash === self::H1 ? 11 : ($hash === self::H2 ? 12 : null));
		$this->gateway->method('freezeCurrentVersion')->willReturnCallback(fn (): array => [$this->hash === self::H1 ? 11 : 12, $this->hash]);
		$this->gateway->method('compareAndSetState')->willReturnCallback(function (int $doc, string $from, string $to): bool {
			if ($this->onNextStateUpdate !== null) {
				$other = $this->onNextStateUpdate;
				$this->onNextStateUpdate = null;
				$other();
			}
			if ($this->state !== $from) {
				return false;
			}
			$this->state = $to;
			$this->log[] = 'state';
			return true;
		});
	}

	/**
	 * A document snapshot as the gateway would give it to $userId.
	 */
	public function document(string $userId): ReviewDocument {
		$role = in_array($userId, $this->authors, true) ? 'author' : ($this->isNamed($userId) ? 'reviewer' : 'other');
		return new ReviewDocument(self::DOC, 'Climate policy', $this->state, $this->hash, $userId, $role);
	}

	/**
	 * Starts a round as if it had been submitted earlier, with history entry 1.
	 *
	 * @param list<array{string, string, ?string}> $reviewers type, id, group mode
	 */
	public function startRound(array $reviewers, string $rule = 'all', ?int $quorum = null, bool $sequential = false, bool $requireResolved = false): void {
		$review = new Review();
		$review->setId(1);
		$review->setDocumentId(self::DOC);
		$review->setRule($rule);
		$review->setQuorum($quorum);
		$review->setSequential($sequential);
		$review->setRequireResolved($requireResolved);
		$review->setSubmittedVersionId(11);
		$review->setSubmittedHash($this->hash);
		$review->setSubmittedBy('anna');
		$review->setSubmittedAt(1000);
		$this->review = $review;
		foreach ($reviewers as $position => [$type, $id, $mode]) {
			$reviewer = new Reviewer();
			$reviewer->setId(20 + $position);
			$reviewer->setReviewId(1);
			$reviewer->setDocumentId(self::DOC);
			$reviewer->setType($type);
			$reviewer->setReviewerId($id);
			$reviewer->setGroupMode($mode);
			$reviewer->setPosition($position);
			$this->reviewers[] = $reviewer;
		}
		$this->state = 'in_review';
		$this->history[] = HistoryEntry::fromRecord((new HistoryChain())->append(null, self::DOC, 'anna', 'submit', 'draft', 'in_review', $this->hash, null, 1000));
	}

	/**
	 * A decision committed by another request (it also appended its history entry).
	 */
	public function commitDecisionOf(string $userId, string $decision, string $hash, string $toState = 'in_review'): void {
		$row = new ReviewDecision();
		$row->setId($this->nextId++);
		$row->setReviewId(1);
		$row->setDocumentId(self::DOC);
		$row->setUserId($userId);
		$row->setDecision($decision);
		$row->setVersionHash($hash);
		$row->setCreatedAt(1500);
		$this->decisions[] = $row;
		$last = $this->history[count($this->history) - 1];
		$previous = $last->toRecord();
		$action = $decision === 'approve' ? 'approve' : 'request_changes';
		$this->history[] = HistoryEntry::fromRecord((new HistoryChain())->append($previous, self::DOC, $userId, $action, $this->state, $toState, $hash, null, 1500));
		$this->state = $toState;
	}

	public function rounds(): ReviewRoundService {
		return new ReviewRoundService($this->reviewMapper, $this->reviewerMapper, $this->decisionMapper, $this->commentMapper, $this->groupManager, new ApprovalEvaluator(), $this->gateway);
	}

	public function historyService(): HistoryService {
		return new HistoryService($this->historyMapper, new HistoryChain(), $this->names);
	}

	private function isNamed(string $userId): bool {
		foreach ($this->reviewers as $reviewer) {
			if ($reviewer->getType() === 'user' && $reviewer->getReviewerId() === $userId) {
				return true;
			}
			if ($reviewer->getType() === 'group' && in_array($userId, $this->groups[$reviewer->getReviewerId()] ?? [], true)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @template T of object
	 * @param class-string<T> $class
	 * @return T&MockObject
	 */
	private function mock(string $class): MockObject {
		return (new MockBuilder($this->test, $class))->disableOriginalConstructor()->getMock();
	}
}
