<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\Comment;
use OCA\PolicyDesk\Db\CommentMapper;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\Sanitizer;
use OCA\PolicyDesk\Service\CommentService;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\ReviewDocument;
use OCA\PolicyDesk\Service\ReviewService;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

final class ReviewCommentServiceTest extends TestCase {
	private const HASH = 'abababababababababababababababababababababababababababababababab';

	private CommentMapper&MockObject $mapper;
	private ReviewService&MockObject $reviews;
	private CommentService $service;
	/** @var array<int, Comment> */
	private array $rows = [];

	protected function setUp(): void {
		$this->mapper = $this->createMock(CommentMapper::class);
		$this->mapper->method('insert')->willReturnCallback(function (Comment $c): Comment {
			$c->setId(count($this->rows) + 1);
			$this->rows[$c->getId()] = $c;
			return $c;
		});
		$this->mapper->method('update')->willReturnArgument(0);
		$this->mapper->method('findById')->willReturnCallback(function (int $doc, int $id): Comment {
			if (!isset($this->rows[$id]) || $this->rows[$id]->getDocumentId() !== $doc) {
				throw new DoesNotExistException('none');
			}
			return $this->rows[$id];
		});
		$this->reviews = $this->createMock(ReviewService::class);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(1700000000);
		$names = $this->createMock(DisplayNameService::class);
		$names->method('forUser')->willReturnCallback(static fn (string $u): string => 'User ' . $u);
		$l10n = $this->createMock(IL10N::class);
		$l10n->method('t')->willReturnCallback(static fn (string $text, $params = []): string => vsprintf($text, (array)$params));
		$this->service = new CommentService($this->mapper, $this->reviews, new Sanitizer(), $time, $names, $l10n);
	}

	public function testAnchoredCommentIsStoredAndDescribed(): void {
		$comment = $this->service->create($this->doc('bo', 'reviewer'), "Deadline?\u{0007}", self::HASH, [
			'blockPath' => [3, 1], 'start' => 4, 'end' => 19, 'quote' => 'by the end of 2030',
		]);

		$this->assertSame([
			'id' => 1,
			'parentId' => null,
			'authorId' => 'bo',
			'authorDisplayName' => 'User bo',
			'message' => 'Deadline?',
			'versionHash' => self::HASH,
			'anchor' => ['blockPath' => [3, 1], 'start' => 4, 'end' => 19, 'quote' => 'by the end of 2030'],
			'resolved' => false,
			'resolvedBy' => null,
			'resolvedAt' => null,
			'createdAt' => 1700000000,
		], $this->service->describe($comment));
	}

	public function testDocumentLevelCommentHasNoAnchor(): void {
		$comment = $this->service->create($this->doc('anna', 'author'), 'Thanks for reading.', null, null);
		$this->assertNull($this->service->describe($comment)['anchor']);
		$this->assertNull($comment->getVersionHash());
	}

	public function testMessageAtTheLimitIsAccepted(): void {
		$message = str_repeat('ä', CommentService::MAX_MESSAGE_LENGTH);
		$this->assertSame($message, $this->service->create($this->doc('bo', 'reviewer'), $message, null, null)->getMessage());
	}

	/**
	 * @return iterable<string, array{string, ?string, ?array<array-key, mixed>}>
	 */
	public static function badComments(): iterable {
		yield 'too long' => [str_repeat('x', CommentService::MAX_MESSAGE_LENGTH + 1), null, null];
		yield 'empty' => ["  \n ", null, null];
		yield 'invalid UTF-8' => ["\xC3\x28", null, null];
		yield 'bad hash' => ['ok', 'not-a-hash', null];
		yield 'anchor without hash' => ['ok', null, ['blockPath' => [0], 'start' => 0, 'end' => 1, 'quote' => 'a']];
		yield 'empty block path' => ['ok', self::HASH, ['blockPath' => [], 'start' => 0, 'end' => 1, 'quote' => 'a']];
		yield 'negative index' => ['ok', self::HASH, ['blockPath' => [-1], 'start' => 0, 'end' => 1, 'quote' => 'a']];
		yield 'string index' => ['ok', self::HASH, ['blockPath' => ['3'], 'start' => 0, 'end' => 1, 'quote' => 'a']];
		yield 'end before start' => ['ok', self::HASH, ['blockPath' => [0], 'start' => 5, 'end' => 1, 'quote' => 'a']];
		yield 'missing quote' => ['ok', self::HASH, ['blockPath' => [0], 'start' => 0, 'end' => 1]];
		yield 'quote too long' => ['ok', self::HASH, ['blockPath' => [0], 'start' => 0, 'end' => 1, 'quote' => str_repeat('q', CommentService::MAX_QUOTE_LENGTH + 1)]];
	}

	/**
	 * @param array<array-key, mixed>|null $anchor
	 */
	#[DataProvider('badComments')]
	public function testBadCommentsAreRefusedAndNotStored(string $message, ?string $hash, ?array $anchor): void {
		try {
			$this->service->create($this->doc('bo', 'reviewer'), $message, $hash, $anchor);
			$this->fail('Expected the comment to be refused');
		} catch (InvalidInputException $e) {
			$this->assertNotSame('', $e->getMessage());
		}
		$this->assertSame([], $this->rows);
	}

	public function testOutsidersCannotComment(): void {
		$this->expectException(ForbiddenException::class);
		$this->service->create($this->doc('zed', 'other'), 'Hello', null, null);
	}

	public function testOutsidersCannotReadComments(): void {
		$this->expectException(ForbiddenException::class);
		$this->service->findAll($this->doc('zed', 'other'));
	}

	public function testRepliesHangOffTheThreadsFirstComment(): void {
		$first = $this->service->create($this->doc('bo', 'reviewer'), 'Question', null, null);
		$reply = $this->service->reply($this->doc('anna', 'author'), $first->getId(), 'Answer');
		$replyToReply = $this->service->reply($this->doc('bo', 'reviewer'), $reply->getId(), 'Thanks');
		$this->assertSame($first->getId(), $reply->getParentId());
		$this->assertSame($first->getId(), $replyToReply->getParentId());
	}

	public function testReplyToACommentOfAnotherDocumentIsNotFound(): void {
		$this->service->create($this->doc('bo', 'reviewer'), 'Question', null, null);
		$this->expectException(NotFoundException::class);
		$this->service->reply(new ReviewDocument(8, 'Other', 'draft', self::HASH, 'bo', 'reviewer'), 1, 'Answer');
	}

	public function testResolvingRecordsWhoAndWhenAndChecksTheReview(): void {
		$first = $this->service->create($this->doc('bo', 'reviewer'), 'Question', null, null);
		$this->reviews->expects($this->once())->method('completeIfSatisfied');

		$resolved = $this->service->resolve($this->doc('anna', 'author'), $first->getId(), true);

		$this->assertTrue($resolved->getResolved());
		$this->assertSame('anna', $resolved->getResolvedBy());
		$this->assertSame(1700000000, $resolved->getResolvedAt());
	}

	public function testReopeningClearsTheResolution(): void {
		$first = $this->service->create($this->doc('bo', 'reviewer'), 'Question', null, null);
		$this->service->resolve($this->doc('anna', 'author'), $first->getId(), true);
		$this->reviews->expects($this->never())->method('completeIfSatisfied');

		$open = $this->service->resolve($this->doc('bo', 'reviewer'), $first->getId(), false);

		$this->assertFalse($open->getResolved());
		$this->assertNull($open->getResolvedBy());
		$this->assertNull($open->getResolvedAt());
	}

	public function testRepliesCannotBeResolvedOnTheirOwn(): void {
		$first = $this->service->create($this->doc('bo', 'reviewer'), 'Question', null, null);
		$reply = $this->service->reply($this->doc('anna', 'author'), $first->getId(), 'Answer');
		$this->expectException(InvalidInputException::class);
		$this->service->resolve($this->doc('anna', 'author'), $reply->getId(), true);
	}

	private function doc(string $userId, string $role): ReviewDocument {
		return new ReviewDocument(7, 'Climate policy', 'in_review', self::HASH, $userId, $role);
	}
}
