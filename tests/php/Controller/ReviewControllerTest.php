<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Controller;

use OCA\PolicyDesk\Controller\ReviewCommentController;
use OCA\PolicyDesk\Controller\ReviewController;
use OCA\PolicyDesk\Db\Comment;
use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Exception\StaleVersionException;
use OCA\PolicyDesk\Exception\TransitionRefusedException;
use OCA\PolicyDesk\Service\CommentService;
use OCA\PolicyDesk\Service\ReviewDocument;
use OCA\PolicyDesk\Service\ReviewDocumentGateway;
use OCA\PolicyDesk\Service\ReviewService;
use OCA\PolicyDesk\Service\ReviewStatusService;
use OCA\PolicyDesk\Service\ReviewTransition;
use OCA\PolicyDesk\Workflow\TransitionResult;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/**
 * How review failures reach the client: 404 for an invisible document, 403
 * for someone without a say, 400 for bad input, 409 with a reason and the
 * current hash for a stale version or an illegal transition.
 */
final class ReviewControllerTest extends TestCase {
	private const HASH = 'efefefefefefefefefefefefefefefefefefefefefefefefefefefefefefefef';

	private ReviewDocumentGateway&MockObject $gateway;
	private ReviewService&MockObject $reviews;
	private ReviewStatusService&MockObject $status;
	private IUserSession&MockObject $session;
	private IL10N&MockObject $l10n;

	protected function setUp(): void {
		if (!interface_exists(\OCP\AppFramework\Bootstrap\IBootstrap::class)) {
			$this->markTestSkipped('The controllers name the app through Application (Nextcloud 20+): run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$this->gateway = $this->createMock(ReviewDocumentGateway::class);
		$this->reviews = $this->createMock(ReviewService::class);
		$this->status = $this->createMock(ReviewStatusService::class);
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn('bo');
		$this->session = $this->createMock(IUserSession::class);
		$this->session->method('getUser')->willReturn($user);
		$this->l10n = $this->createMock(IL10N::class);
		$this->l10n->method('t')->willReturnArgument(0);
	}

	public function testADecisionAnswersWithTheReviewAsItNowStands(): void {
		$doc = new ReviewDocument(7, 'Plan', 'in_review', self::HASH, 'bo', 'reviewer');
		$this->gateway->method('load')->with(7, 'bo')->willReturn($doc);
		$this->reviews->expects($this->once())->method('decide')->with($doc, 'approve', self::HASH, null)
			->willReturn(new ReviewTransition($doc, TransitionResult::to('in_review', 'approved'), new HistoryEntry()));
		$this->status->method('describe')->willReturn(['documentId' => 7, 'state' => 'approved']);

		$response = $this->controller()->decide(7, 'approve', self::HASH);

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['documentId' => 7, 'state' => 'approved'], $response->getData());
	}

	public function testStaleVersionIsAConflictWithTheCurrentHash(): void {
		$this->gateway->method('load')->willReturn(new ReviewDocument(7, 'Plan', 'in_review', self::HASH, 'bo', 'reviewer'));
		$this->reviews->method('decide')->willThrowException(new StaleVersionException('The document has changed', self::HASH));

		$response = $this->controller()->decide(7, 'approve', str_repeat('0', 64));

		$this->assertSame(409, $response->getStatus());
		$this->assertSame(['message' => 'The document has changed', 'reason' => 'stale_version', 'currentHash' => self::HASH], $response->getData());
	}

	public function testIllegalTransitionIsAConflictWithTheReason(): void {
		$this->gateway->method('load')->willReturn(new ReviewDocument(7, 'Plan', 'approved', self::HASH, 'anna', 'author'));
		$this->reviews->method('withdraw')->willThrowException(new TransitionRefusedException('Already approved', 'already_approved', self::HASH));

		$response = $this->controller()->withdraw(7);

		$this->assertSame(409, $response->getStatus());
		$this->assertSame(['message' => 'Already approved', 'reason' => 'already_approved', 'currentHash' => self::HASH], $response->getData());
	}

	/**
	 * @return iterable<string, array{\Exception, class-string<\Exception>}>
	 */
	public static function errors(): iterable {
		yield 'not a reviewer' => [new ForbiddenException('Only a reviewer of this document can do this.'), OCSForbiddenException::class];
		yield 'bad input' => [new InvalidInputException('The comment is longer than 4000 characters.'), OCSBadRequestException::class];
		yield 'invisible document' => [new NotFoundException('Document not found'), OCSNotFoundException::class];
	}

	/**
	 * @param class-string<\Exception> $expected
	 */
	#[DataProvider('errors')]
	public function testDomainErrorsBecomeOcsErrorsWithTheirMessage(\Exception $error, string $expected): void {
		$this->gateway->method('load')->willReturn(new ReviewDocument(7, 'Plan', 'in_review', self::HASH, 'bo', 'reviewer'));
		$this->reviews->method('decide')->willThrowException($error);
		try {
			$this->controller()->decide(7, 'request_changes', self::HASH, 'x');
			$this->fail('Expected ' . $expected);
		} catch (\Exception $e) {
			$this->assertInstanceOf($expected, $e);
			$this->assertSame($error->getMessage(), $e->getMessage());
		}
	}

	public function testAnInvisibleDocumentIsNotFoundBeforeAnythingElse(): void {
		$this->gateway->method('load')->willThrowException(new NotFoundException('Document not found'));
		$this->reviews->expects($this->never())->method('submit');
		$this->expectException(OCSNotFoundException::class);
		$this->controller()->submit(7, [['type' => 'user', 'id' => 'cy']]);
	}

	public function testACommentIsCreatedWith201(): void {
		$doc = new ReviewDocument(7, 'Plan', 'in_review', self::HASH, 'bo', 'reviewer');
		$this->gateway->method('load')->willReturn($doc);
		$comments = $this->createMock(CommentService::class);
		$comment = new Comment();
		$comments->method('create')->with($doc, 'Why 2030?', self::HASH, null)->willReturn($comment);
		$comments->method('describe')->willReturn(['id' => 1]);

		$response = (new ReviewCommentController($this->createMock(IRequest::class), $this->session, $this->l10n, $this->gateway, $comments))->create(7, 'Why 2030?', self::HASH);

		$this->assertSame(201, $response->getStatus());
		$this->assertSame(['id' => 1], $response->getData());
	}

	public function testAnOverlongCommentIsABadRequest(): void {
		$this->gateway->method('load')->willReturn(new ReviewDocument(7, 'Plan', 'in_review', self::HASH, 'bo', 'reviewer'));
		$comments = $this->createMock(CommentService::class);
		$comments->method('create')->willThrowException(new InvalidInputException('The comment is longer than 4000 characters.'));
		$this->expectException(OCSBadRequestException::class);
		(new ReviewCommentController($this->createMock(IRequest::class), $this->session, $this->l10n, $this->gateway, $comments))->create(7, str_repeat('x', 4001));
	}

	private function controller(): ReviewController {
		return new ReviewController($this->createMock(IRequest::class), $this->session, $this->l10n, $this->gateway, $this->reviews, $this->status);
	}
}
