<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Activity\ActivityPublisher;
use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Model\Sanitizer;
use OCA\PolicyDesk\Notification\NotificationSender;
use OCA\PolicyDesk\Notification\Notifier;
use OCA\PolicyDesk\Service\AccessService;
use OCA\PolicyDesk\Service\AttachmentAccess;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\DocumentService;
use OCA\PolicyDesk\Service\ReviewEventPublisher;
use OCA\PolicyDesk\Service\ReviewService;
use OCA\PolicyDesk\Service\ReviewSubmissionValidator;
use OCA\PolicyDesk\Service\ReviewTransactionRunner;
use OCA\PolicyDesk\Workflow\HistoryChain;
use OCA\PolicyDesk\Workflow\HistoryRecord;
use OCA\PolicyDesk\Workflow\ReviewRules;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IUserManager;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * A save of a submitted document together with its review step: the real
 * DocumentService calling the real ReviewService, both on the one
 * connection of ReviewFixture, whose rows become visible only on commit.
 * Its log shows what was written in which transaction.
 */
final class ReviewSaveTransactionTest extends TestCase {
	use FakeL10n;

	private ReviewFixture $f;
	private NotificationSender&MockObject $notifications;
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->f = new ReviewFixture($this);
		$this->notifications = $this->createMock(NotificationSender::class);
		$this->notifications->method('send')->willReturnCallback(function (string $subject, array $users): void {
			$this->f->log[] = 'notify ' . $subject . ' ' . implode(',', $users);
		});
		$this->logger = $this->createMock(LoggerInterface::class);
		// bo approved H1, the last approval needed.
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->commitDecisionOf('bo', 'approve', ReviewFixture::H1, 'approved');
	}

	public function testSavingAnApprovedDocumentMovesItBackToReviewInTheSameTransaction(): void {
		$view = $this->documentService()->update('anna', ReviewFixture::DOC, 5, DocumentFixtures::content('T', 'Changed'), false)->toArray();

		$this->assertSame(['begin', 'document', 'version', 'state', 'history', 'commit', 'notify ' . Notifier::NEW_VERSION . ' bo'], $this->f->log);
		$this->assertSame('in_review', $view['state']);
		$this->assertSame('in_review', $this->f->state);
		$last = $this->lastHistory();
		$this->assertSame(['anna', 'new_version', 'approved', 'in_review', $view['hash']], [$last->getActorId(), $last->getAction(), $last->getFromState(), $last->getToState(), $last->getVersionHash()]);
		$this->assertSame(3, $last->getSeq());
		$this->assertTrue($this->chainIsValid());
	}

	public function testFailingHistoryAppendRollsBackTheDocumentUpdate(): void {
		$this->f->onNextHistoryInsert = static function (): void {
			throw new \RuntimeException('history table unavailable');
		};
		$this->logger->expects($this->once())->method('error');

		try {
			$this->documentService()->update('anna', ReviewFixture::DOC, 5, DocumentFixtures::content('T', 'Changed'), false);
			$this->fail('Expected the save to fail');
		} catch (ConflictException $e) {
			$this->assertStringContainsString('Your changes were not saved', $e->getMessage());
			$this->assertSame(5, $e->getCurrent()->toArray()['revision']);
		}

		// The document row, the version and the state change were written in
		// the transaction that was rolled back; nothing was committed.
		$this->assertSame(['begin', 'document', 'version', 'state', 'rollBack'], $this->f->log);
		$this->assertSame(0, $this->f->commits);
		$this->assertSame(['submit', 'approve'], array_map(static fn (HistoryEntry $e): string => $e->getAction(), $this->f->history));
		$this->assertTrue($this->chainIsValid());
	}

	/**
	 * Another request appends history entry 3 while the save is appending
	 * its own: the unique seq makes the save's insert fail, and the save
	 * with its review step is rolled back instead of committed without it.
	 */
	public function testSaveThatLosesTheHistoryRaceStoresNothing(): void {
		if (!class_exists(\OCP\DB\Exception::class)) {
			$this->markTestSkipped('Needs OCP\DB\Exception (Nextcloud 21+): run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$this->f->onNextHistoryInsert = function (): void {
			$last = $this->lastHistory()->toRecord();
			$this->f->history[] = HistoryEntry::fromRecord((new HistoryChain())->append($last, ReviewFixture::DOC, 'anna', 'withdraw', 'approved', 'withdrawn', ReviewFixture::H1, null, 1600));
		};

		$this->expectException(ConflictException::class);
		try {
			$this->documentService()->update('anna', ReviewFixture::DOC, 5, DocumentFixtures::content('T', 'Changed'), false);
		} finally {
			$this->assertSame(['begin', 'document', 'version', 'state', 'rollBack'], $this->f->log);
			$this->assertSame(0, $this->f->commits);
			$this->assertSame(['submit', 'approve', 'withdraw'], array_map(static fn (HistoryEntry $e): string => $e->getAction(), $this->f->history));
		}
	}

	public function testFailingNotificationsAfterCommitUndoNothing(): void {
		$this->notifications = $this->createMock(NotificationSender::class);
		$this->notifications->method('send')->willThrowException(new \RuntimeException('notification backend down'));
		$this->logger->expects($this->atLeastOnce())->method('error');

		$view = $this->documentService()->update('anna', ReviewFixture::DOC, 5, DocumentFixtures::content('T', 'Changed'), false)->toArray();

		$this->assertSame(['begin', 'document', 'version', 'state', 'history', 'commit'], $this->f->log);
		$this->assertSame(6, $view['revision']);
		$this->assertSame('in_review', $view['state']);
		$this->assertSame('new_version', $this->lastHistory()->getAction());
		$this->assertSame(1, $this->f->commits);
		$this->assertSame(0, $this->f->rollbacks);
	}

	private function documentService(): DocumentService {
		$documents = $this->createMock(DocumentMapper::class);
		$documents->method('updateIfRevision')->willReturnCallback(function (Document $d, int $base): bool {
			// The gateway reads the document's hash from the fixture.
			$this->f->hash = $d->getContentHash();
			$this->f->log[] = 'document';
			return true;
		});
		$versions = $this->createMock(VersionMapper::class);
		$versions->method('findAllForDocument')->willReturn([]);
		$versions->method('findMaxNumber')->willReturn(1);
		$versions->method('insert')->willReturnCallback(function (Version $v): Version {
			$this->f->log[] = 'version';
			$v->setId(12);
			return $v;
		});
		$access = $this->createMock(AccessService::class);
		$access->method('load')->willReturnCallback(static function (): array {
			$document = DocumentFixtures::stored(id: ReviewFixture::DOC, owner: 'anna', revision: 5, latestVersionId: 11);
			$document->setState('approved');
			return [$document, AccessRole::Owner];
		});
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(2000);
		return new DocumentService(
			$documents, $versions, $this->createMock(ShareMapper::class), $access, $this->createMock(AttachmentAccess::class),
			$this->createMock(DisplayNameService::class), DocumentFixtures::pipeline(), DocumentSchema::load(), $this->f->db, $time,
			$this->fakeL10n(), $this->reviewService($time), $this->logger,
		);
	}

	private function reviewService(ITimeFactory $time): ReviewService {
		$f = $this->f;
		$rounds = $f->rounds();
		$validator = new ReviewSubmissionValidator($this->createMock(IUserManager::class), $f->groupManager, $rounds, $f->gateway, new Sanitizer(), $f->l10n);
		$runner = new ReviewTransactionRunner($f->db, $f->gateway, $f->historyService(), new ReviewRules(), $time, $f->l10n, $this->logger);
		$publisher = new ReviewEventPublisher($this->notifications, $this->createMock(ActivityPublisher::class), $f->gateway, $this->logger);
		return new ReviewService($f->reviewMapper, $f->reviewerMapper, $f->decisionMapper, $rounds, $validator, $runner, $f->gateway, $publisher, $f->l10n);
	}

	private function lastHistory(): HistoryEntry {
		return $this->f->history[count($this->f->history) - 1];
	}

	private function chainIsValid(): bool {
		return (new HistoryChain())->verify(array_map(static fn (HistoryEntry $e): HistoryRecord => $e->toRecord(), $this->f->history))->valid;
	}
}
