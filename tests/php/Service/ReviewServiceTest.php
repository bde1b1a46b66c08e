<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Activity\ActivityPublisher;
use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Db\ReviewDecision;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\StaleVersionException;
use OCA\PolicyDesk\Exception\TransitionRefusedException;
use OCA\PolicyDesk\Model\Sanitizer;
use OCA\PolicyDesk\Notification\NotificationSender;
use OCA\PolicyDesk\Notification\Notifier;
use OCA\PolicyDesk\Service\ReviewEventPublisher;
use OCA\PolicyDesk\Service\ReviewService;
use OCA\PolicyDesk\Service\ReviewSubmissionValidator;
use OCA\PolicyDesk\Service\ReviewTransactionRunner;
use OCA\PolicyDesk\Workflow\HistoryChain;
use OCA\PolicyDesk\Workflow\HistoryRecord;
use OCA\PolicyDesk\Workflow\ReviewRules;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUserManager;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

final class ReviewServiceTest extends TestCase {
	private const H1 = ReviewFixture::H1;
	private const H2 = ReviewFixture::H2;

	private ReviewFixture $f;
	private NotificationSender&MockObject $notifications;
	private ActivityPublisher&MockObject $activities;
	private LoggerInterface&MockObject $logger;
	private IUserManager&MockObject $userManager;
	/** @var list<array{string, list<string>, ?string}> subject, users, comment */
	private array $sent = [];

	protected function setUp(): void {
		$this->f = new ReviewFixture($this);
		$this->notifications = $this->createMock(NotificationSender::class);
		$this->notifications->method('send')->willReturnCallback(function (string $subject, array $users, int $doc, string $title, string $actor, ?string $comment): void {
			$this->sent[] = [$subject, $users, $comment];
		});
		$this->activities = $this->createMock(ActivityPublisher::class);
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->userManager = $this->createMock(IUserManager::class);
		$this->userManager->method('userExists')->willReturnCallback(static fn (string $uid): bool => in_array($uid, ['anna', 'bo', 'cy', 'lu'], true));
	}

	public function testApprovalThatMeetsTheRuleApprovesTheDocument(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		$this->f->commitDecisionOf('cy', 'approve', self::H1);

		$transition = $this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);

		$this->assertSame('approved', $transition->toState());
		$this->assertSame('approved', $this->f->state);
		$this->assertSame(['cy', 'bo'], $this->decisionUsers());
		$last = $this->lastHistory();
		$this->assertSame([3, 'bo', 'approve', 'in_review', 'approved', self::H1], [$last->getSeq(), $last->getActorId(), $last->getAction(), $last->getFromState(), $last->getToState(), $last->getVersionHash()]);
		$this->assertTrue($this->chainIsValid());
		$this->assertContains([Notifier::APPROVED_BY, ['anna'], null], $this->sent);
		$this->assertContains([Notifier::DOCUMENT_APPROVED, ['anna', 'cy'], null], $this->sent);
	}

	public function testFirstApprovalKeepsTheDocumentInReview(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);

		$transition = $this->service()->decide($this->f->document('bo'), 'approve', self::H1, 'Fine by me');

		$this->assertSame('in_review', $transition->toState());
		$this->assertSame('in_review', $this->f->state);
		$this->assertSame('Fine by me', $this->lastHistory()->getComment());
		$this->assertSame(11, $this->f->decisions[0]->getVersionId());
		$this->assertSame([[Notifier::APPROVED_BY, ['anna'], 'Fine by me']], $this->sent);
	}

	/**
	 * bo and cy approve at the same moment; each request first sees only its
	 * own approval. cy's commits first (taking history entry 2), bo's append
	 * collides on the unique seq, is rolled back and re-run, now sees both
	 * approvals and approves the document: one well-defined outcome.
	 */
	public function testTwoRacingLastApprovalsApproveTheDocumentExactlyOnce(): void {
		$this->requireDbException();
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		$this->f->onNextHistoryInsert = function (): void {
			$this->f->commitDecisionOf('cy', 'approve', self::H1, 'in_review');
		};

		$transition = $this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);

		$this->assertSame('approved', $transition->toState());
		$this->assertSame('approved', $this->f->state);
		$this->assertSame(1, $this->f->rollbacks);
		$this->assertSame(1, $this->f->commits);
		$this->assertSame(['cy', 'bo'], $this->decisionUsers());
		$this->assertSame([1, 2, 3], array_map(static fn (HistoryEntry $e): int => $e->getSeq(), $this->f->history));
		$this->assertSame(['submit', 'approve', 'approve'], array_map(static fn (HistoryEntry $e): string => $e->getAction(), $this->f->history));
		$this->assertSame('approved', $this->lastHistory()->getToState());
		$this->assertTrue($this->chainIsValid());
	}

	/**
	 * The author withdraws while bo's approval (the last one needed) commits
	 * between the withdraw's read and its conditional update. The update
	 * finds the state changed, the withdraw re-runs on fresh data and is
	 * refused: the approval wins and nothing of the withdraw is stored.
	 */
	public function testWithdrawThatLosesToAnApprovalIsRefused(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->onNextStateUpdate = function (): void {
			$this->f->commitDecisionOf('bo', 'approve', self::H1, 'approved');
		};

		try {
			$this->service()->withdraw($this->f->document('anna'), 'Not needed any more');
			$this->fail('The withdraw should have lost');
		} catch (TransitionRefusedException $e) {
			$this->assertSame('already_approved', $e->getReason());
			$this->assertSame(self::H1, $e->getCurrentHash());
		}
		$this->assertSame('approved', $this->f->state);
		$this->assertSame(['submit', 'approve'], array_map(static fn (HistoryEntry $e): string => $e->getAction(), $this->f->history));
		$this->assertSame(0, $this->f->commits);
		$this->assertSame(2, $this->f->rollbacks);
	}

	public function testGivingUpAfterRepeatedRacesIsAConflict(): void {
		$this->requireDbException();
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		// Another request takes the next history entry every single time.
		$collide = null;
		$collide = function () use (&$collide): void {
			$this->f->commitDecisionOf('cy', 'approve', self::H1, 'in_review');
			$this->f->onNextHistoryInsert = $collide;
		};
		$this->f->onNextHistoryInsert = $collide;

		try {
			$this->service()->decide($this->f->document('bo'), 'request_changes', self::H1, 'Section 2 is unclear');
			$this->fail('Expected a conflict');
		} catch (TransitionRefusedException $e) {
			$this->assertSame('conflict', $e->getReason());
		}
		$this->assertSame(ReviewTransactionRunner::ATTEMPTS, $this->f->rollbacks);
		$this->assertSame(0, $this->f->commits);
		$this->assertNotContains('bo', $this->decisionUsers());
	}

	public function testApprovalOfAnOlderVersionIsRefusedWithTheCurrentHash(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->hash = self::H2;

		try {
			$this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);
			$this->fail('Expected a stale version');
		} catch (StaleVersionException $e) {
			$this->assertSame(self::H2, $e->getCurrentHash());
		}
		$this->assertSame([], $this->f->decisions);
		$this->assertSame('in_review', $this->f->state);
		$this->assertCount(1, $this->f->history);
	}

	public function testAuthorCannotApproveTheirOwnDocument(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->expectException(ForbiddenException::class);
		$this->service()->decide($this->f->document('anna'), 'approve', self::H1, null);
	}

	public function testSomeoneOutsideTheReviewCannotDecide(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->expectException(ForbiddenException::class);
		$this->service()->decide($this->f->document('zed'), 'approve', self::H1, null);
	}

	public function testRequestingChangesNeedsAComment(): void {
		$this->f->startRound([['user', 'bo', null]]);
		try {
			$this->service()->decide($this->f->document('bo'), 'request_changes', self::H1, '   ');
			$this->fail('Expected a missing comment');
		} catch (InvalidInputException) {
		}
		$this->assertSame('in_review', $this->f->state);
		$this->assertSame([], $this->f->decisions);
	}

	public function testRequestingChangesTellsTheAuthors(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		$this->service()->decide($this->f->document('bo'), 'request_changes', self::H1, 'Add a deadline to the action plan.');
		$this->assertSame('changes_requested', $this->f->state);
		$this->assertSame([[Notifier::CHANGES_REQUESTED, ['anna'], 'Add a deadline to the action plan.']], $this->sent);
	}

	public function testOverlongDecisionCommentIsRefused(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->expectException(InvalidInputException::class);
		$this->service()->decide($this->f->document('bo'), 'request_changes', self::H1, str_repeat('x', 4001));
	}

	public function testUnknownDecisionIsRefused(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->expectException(InvalidInputException::class);
		$this->service()->decide($this->f->document('bo'), 'maybe', self::H1, null);
	}

	public function testFailingNotificationsDoNotLoseTheDecision(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$notifications = $this->createMock(NotificationSender::class);
		$notifications->method('send')->willThrowException(new \RuntimeException('notification backend down'));
		$notifications->method('withdraw')->willThrowException(new \RuntimeException('notification backend down'));
		$this->activities->method('publish')->willThrowException(new \RuntimeException('activity backend down'));
		$this->logger->expects($this->atLeast(3))->method('error');

		$transition = $this->service($notifications)->decide($this->f->document('bo'), 'approve', self::H1, null);

		$this->assertSame('approved', $transition->toState());
		$this->assertSame('approved', $this->f->state);
		$this->assertSame(['bo'], $this->decisionUsers());
		$this->assertSame(1, $this->f->commits);
	}

	public function testNewVersionMakesApprovalsStaleAndAsksTheReviewersAgain(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		$this->f->commitDecisionOf('bo', 'approve', self::H1);
		$this->f->hash = self::H2;

		$this->saveInTransaction();

		$last = $this->lastHistory();
		$this->assertSame(['new_version', 'in_review', 'in_review', self::H2], [$last->getAction(), $last->getFromState(), $last->getToState(), $last->getVersionHash()]);
		$this->assertSame([[Notifier::NEW_VERSION, ['bo', 'cy'], null]], $this->sent);
	}

	public function testEditingAnApprovedDocumentSendsItBackToReview(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->commitDecisionOf('bo', 'approve', self::H1, 'approved');
		$this->f->hash = self::H2;

		$this->saveInTransaction();

		$this->assertSame('in_review', $this->f->state);
		$this->assertSame('approved', $this->lastHistory()->getFromState());
		$this->assertSame([[Notifier::NEW_VERSION, ['bo'], null]], $this->sent);
	}

	public function testSavingWhileChangesAreRequestedIsRecordedQuietly(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->commitDecisionOf('bo', 'request_changes', self::H1, 'changes_requested');
		$this->f->hash = self::H2;

		$this->saveInTransaction();

		$this->assertSame('changes_requested', $this->f->state);
		$this->assertSame('new_version', $this->lastHistory()->getAction());
		$this->assertSame([], $this->sent);
	}

	public function testSavingADraftRecordsNothing(): void {
		$this->f->state = 'draft';
		$outcome = $this->service()->contentChanged(ReviewFixture::DOC, 'anna', $this->f->hash);
		$this->assertNull($outcome->state);
		$this->assertSame([], $this->f->history);
		$this->assertSame(0, $this->f->commits);
	}

	/**
	 * The review step of a save writes nothing on its own: outside the
	 * save's transaction, or for a hash the save did not write, it refuses.
	 */
	public function testNewVersionRunsOnlyInsideTheSaveTransaction(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->hash = self::H2;
		foreach ([[false, self::H2], [true, self::H1]] as [$open, $hash]) {
			if ($open) {
				$this->f->db->beginTransaction();
			}
			try {
				$this->service()->contentChanged(ReviewFixture::DOC, 'anna', $hash);
				$this->fail('Expected a refusal');
			} catch (\LogicException) {
			}
		}
		$this->assertSame(['submit'], array_map(static fn (HistoryEntry $e): string => $e->getAction(), $this->f->history));
		$this->assertSame('in_review', $this->f->state);
		$this->assertSame([], $this->sent);
	}

	public function testResubmitFreezesTheNewVersionAndAsksAgain(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->commitDecisionOf('bo', 'request_changes', self::H1, 'changes_requested');
		$this->f->hash = self::H2;

		$this->service()->resubmit($this->f->document('anna'), self::H2, 'Deadline added');

		$this->assertSame('in_review', $this->f->state);
		$this->assertSame(self::H2, $this->f->review?->getSubmittedHash());
		$this->assertSame(12, $this->f->review?->getSubmittedVersionId());
		$this->assertSame([[Notifier::NEW_VERSION, ['bo'], 'Deadline added']], $this->sent);
	}

	public function testResubmitWithoutEditsAsksWhoeverRequestedChanges(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]]);
		$this->f->commitDecisionOf('cy', 'approve', self::H1);
		$this->f->commitDecisionOf('bo', 'request_changes', self::H1, 'changes_requested');

		$this->service()->resubmit($this->f->document('anna'), self::H1, 'Section 2 is right as it is, see my reply');

		$this->assertSame('in_review', $this->f->state);
		$this->assertSame([[Notifier::NEW_VERSION, ['bo'], 'Section 2 is right as it is, see my reply']], $this->sent);
	}

	public function testSequentialReviewerWaitsForTheEarlierOne(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]], 'all', null, true);

		try {
			$this->service()->decide($this->f->document('cy'), 'approve', self::H1, null);
			$this->fail('cy is not asked yet');
		} catch (TransitionRefusedException $e) {
			$this->assertSame('not_your_turn', $e->getReason());
		}

		$this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);
		$this->assertContains([Notifier::REVIEW_REQUESTED, ['cy'], null], $this->sent);
		$this->assertSame('in_review', $this->f->state);
	}

	public function testGroupInEveryMemberModeNeedsEveryMember(): void {
		$this->f->groups = ['board' => ['anna', 'bo', 'cy']];
		$this->f->startRound([['group', 'board', 'every']]);

		$this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);
		$this->assertSame('in_review', $this->f->state);
		$this->service()->decide($this->f->document('cy'), 'approve', self::H1, null);
		// anna is a member but also the author: she is not asked and not counted.
		$this->assertSame('approved', $this->f->state);
	}

	public function testRequireResolvedHoldsTheApprovalUntilCommentsAreResolved(): void {
		$this->f->startRound([['user', 'bo', null]], 'all', null, false, true);
		$this->f->unresolvedComments = 1;

		$this->service()->decide($this->f->document('bo'), 'approve', self::H1, null);
		$this->assertSame('in_review', $this->f->state);

		$this->service()->completeIfSatisfied($this->f->document('anna'));
		$this->assertSame('in_review', $this->f->state, 'still one open comment');

		$this->f->unresolvedComments = 0;
		$this->service()->completeIfSatisfied($this->f->document('anna'));
		$this->assertSame('approved', $this->f->state);
		$this->assertSame('complete', $this->lastHistory()->getAction());
		$this->assertContains([Notifier::DOCUMENT_APPROVED, ['bo'], null], $this->sent);
	}

	public function testSubmitFreezesTheVersionAndAsksTheReviewers(): void {
		$this->f->state = 'draft';
		$this->f->groups = ['legal' => ['anna', 'lu']];
		$this->groupExists();

		$transition = $this->service()->submit($this->f->document('anna'), [
			['type' => 'user', 'id' => 'bo'],
			['type' => 'group', 'id' => 'legal', 'groupMode' => 'any'],
		], 'quorum', 2, true, false, self::H1);

		$this->assertSame('in_review', $transition->toState());
		$this->assertSame('in_review', $this->f->state);
		$this->assertSame(self::H1, $this->f->review?->getSubmittedHash());
		$this->assertSame(11, $this->f->review?->getSubmittedVersionId());
		$this->assertSame('quorum', $this->f->review?->getRule());
		$this->assertSame(2, $this->f->review?->getQuorum());
		$this->assertSame([['user', 'bo', null, 0], ['group', 'legal', 'any', 1]], array_map(
			static fn ($r): array => [$r->getType(), $r->getReviewerId(), $r->getGroupMode(), $r->getPosition()],
			$this->f->reviewers,
		));
		$this->assertSame(['submit', 'draft', 'in_review', self::H1], [$this->lastHistory()->getAction(), $this->lastHistory()->getFromState(), $this->lastHistory()->getToState(), $this->lastHistory()->getVersionHash()]);
		// Sequential: only bo is asked now; the author's membership of legal never counts.
		$this->assertSame([[Notifier::REVIEW_REQUESTED, ['bo'], null]], $this->sent);
	}

	public function testSubmitOfAChangedDocumentIsRefused(): void {
		$this->f->state = 'draft';
		$this->f->hash = self::H2;
		$this->expectException(StaleVersionException::class);
		$this->service()->submit($this->f->document('anna'), [['type' => 'user', 'id' => 'bo']], 'all', null, false, false, self::H1);
	}

	public function testSubmitTwiceIsRefused(): void {
		$this->f->startRound([['user', 'bo', null]]);
		try {
			$this->service()->submit($this->f->document('anna'), [['type' => 'user', 'id' => 'cy']], 'all', null, false, false, null);
			$this->fail('Already in review');
		} catch (TransitionRefusedException $e) {
			$this->assertSame('already_submitted', $e->getReason());
		}
		$this->assertCount(1, $this->f->reviewers);
	}

	public function testOnlyAnAuthorSubmits(): void {
		$this->f->state = 'draft';
		$this->expectException(ForbiddenException::class);
		$this->service()->submit($this->f->document('bo'), [['type' => 'user', 'id' => 'cy']], 'all', null, false, false, null);
	}

	/**
	 * @return iterable<string, array{list<mixed>, string, ?int, string}>
	 */
	public static function badSubmissions(): iterable {
		yield 'no reviewers' => [[], 'all', null, 'reviewers'];
		yield 'too many reviewers' => [array_fill(0, 21, ['type' => 'user', 'id' => 'bo']), 'all', null, 'reviewers'];
		yield 'not an object' => [['bo'], 'all', null, 'reviewers[0]'];
		yield 'missing id' => [[['type' => 'user']], 'all', null, 'reviewers[0]'];
		yield 'unknown type' => [[['type' => 'circle', 'id' => 'x']], 'all', null, 'reviewers[0].type'];
		yield 'unknown user' => [[['type' => 'user', 'id' => 'ghost']], 'all', null, 'reviewers[0]'];
		yield 'author as reviewer' => [[['type' => 'user', 'id' => 'bo'], ['type' => 'user', 'id' => 'anna']], 'all', null, 'reviewers[1]'];
		yield 'same reviewer twice' => [[['type' => 'user', 'id' => 'bo'], ['type' => 'user', 'id' => 'bo']], 'all', null, 'reviewers[1]'];
		yield 'unknown group' => [[['type' => 'group', 'id' => 'nobody']], 'all', null, 'reviewers[0]'];
		yield 'group of authors only' => [[['type' => 'group', 'id' => 'authors']], 'all', null, 'reviewers[0]'];
		yield 'bad group mode' => [[['type' => 'group', 'id' => 'legal', 'groupMode' => 'most']], 'all', null, 'reviewers[0].groupMode'];
		yield 'unknown rule' => [[['type' => 'user', 'id' => 'bo']], 'majority', null, 'rule'];
		yield 'quorum missing' => [[['type' => 'user', 'id' => 'bo']], 'quorum', null, 'quorum'];
		yield 'quorum too large' => [[['type' => 'user', 'id' => 'bo']], 'quorum', 2, 'quorum'];
		yield 'quorum zero' => [[['type' => 'user', 'id' => 'bo']], 'quorum', 0, 'quorum'];
	}

	/**
	 * @param list<mixed> $reviewers
	 */
	#[DataProvider('badSubmissions')]
	public function testBadSubmissionsAreRefusedNamingTheField(array $reviewers, string $rule, ?int $quorum, string $field): void {
		$this->f->state = 'draft';
		$this->f->groups = ['legal' => ['lu'], 'authors' => ['anna']];
		$this->groupExists();
		try {
			$this->service()->submit($this->f->document('anna'), $reviewers, $rule, $quorum, false, false, null);
			$this->fail('Expected the submission to be refused');
		} catch (InvalidInputException $e) {
			$this->assertStringStartsWith($field, $e->getMessage());
		}
		$this->assertSame('draft', $this->f->state);
		$this->assertNull($this->f->review);
		$this->assertSame(0, $this->f->commits);
	}

	/**
	 * The unique-index collision is an OCP\DB\Exception, which the old OCP
	 * the default test run mocks against (Nextcloud 18) does not have.
	 */
	private function requireDbException(): void {
		if (!class_exists(\OCP\DB\Exception::class)) {
			$this->markTestSkipped('Needs OCP\DB\Exception (Nextcloud 21+): run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
	}

	private function groupExists(): void {
		$this->f->groupManager->method('groupExists')->willReturnCallback(fn (string $gid): bool => isset($this->f->groups[$gid]));
	}

	private function service(?NotificationSender $notifications = null): ReviewService {
		$f = $this->f;
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(2000);
		$rounds = $f->rounds();
		$validator = new ReviewSubmissionValidator($this->userManager, $f->groupManager, $rounds, $f->gateway, new Sanitizer(), $f->l10n);
		$runner = new ReviewTransactionRunner($f->db, $f->gateway, $f->historyService(), new ReviewRules(), $time, $f->l10n, $this->logger);
		$publisher = new ReviewEventPublisher($notifications ?? $this->notifications, $this->activities, $f->gateway, $this->logger);
		return new ReviewService($f->reviewMapper, $f->reviewerMapper, $f->decisionMapper, $rounds, $validator, $runner, $f->gateway, $publisher, $f->l10n);
	}

	/**
	 * What DocumentService does around the review step of a save: open the
	 * transaction, run the step, commit, then run the side effects.
	 */
	private function saveInTransaction(): void {
		$this->f->db->beginTransaction();
		$outcome = $this->service()->contentChanged(ReviewFixture::DOC, 'anna', $this->f->hash);
		$this->f->db->commit();
		$outcome->afterCommit();
	}

	/**
	 * @return list<string>
	 */
	private function decisionUsers(): array {
		return array_map(static fn (ReviewDecision $d): string => $d->getUserId(), $this->f->decisions);
	}

	private function lastHistory(): HistoryEntry {
		return $this->f->history[count($this->f->history) - 1];
	}

	private function chainIsValid(): bool {
		$records = array_map(static fn (HistoryEntry $e): HistoryRecord => new HistoryRecord(
			$e->getDocumentId(), $e->getSeq(), $e->getActorId(), $e->getAction(), $e->getFromState(), $e->getToState(),
			$e->getVersionHash(), $e->getComment(), $e->getCreatedAt(), $e->getPrevHash(), $e->getEntryHash(),
		), $this->f->history);
		return (new HistoryChain())->verify($records)->valid;
	}
}
