<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Controller;

use OCA\PolicyDesk\Controller\DocumentController;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Model\DocumentFilter;
use OCA\PolicyDesk\Model\DocumentView;
use OCA\PolicyDesk\Service\DocumentService;
use OCA\PolicyDesk\Tests\Service\FakeL10n;
use OCP\AppFramework\Bootstrap\IBootstrap;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class DocumentControllerTest extends TestCase {
	use FakeL10n;

	private DocumentService&MockObject $service;
	private DocumentController $controller;

	protected function setUp(): void {
		if (!interface_exists(IBootstrap::class)) {
			// Controllers name the app through Application, an IBootstrap (OCP 20+).
			$this->markTestSkipped('Controller tests need OCP 20 or later; run with NEXTCLOUD_OCP_DIR');
		}
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn('alice');
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user);
		$this->service = $this->createMock(DocumentService::class);
		$this->controller = new DocumentController($this->createMock(IRequest::class), $session, $this->fakeL10n(), $this->service);
	}

	private static function view(int $revision = 4): DocumentView {
		$summary = ['id' => 7, 'title' => 'T', 'type' => 'policy', 'language' => 'sv', 'state' => 'draft', 'ownerId' => 'alice', 'ownerDisplayName' => 'Alice', 'createdAt' => 1, 'updatedAt' => 2, 'revision' => $revision];
		return new DocumentView($summary, json_decode('{"schemaVersion":1,"body":{"type":"doc","attrs":{}}}'), str_repeat('a', 64), 70, AccessRole::Owner);
	}

	public function testIndexPassesTheFilterAndBlanksMeanNoFilter(): void {
		$this->service->expects($this->once())->method('list')
			->with('alice', $this->callback(static fn (DocumentFilter $f): bool => $f->scope === 'shared' && $f->type === null && $f->state === 'draft' && $f->search === 'inter' && $f->limit === 10 && $f->offset === 20))
			->willReturn(['documents' => [], 'total' => 0]);
		$response = $this->controller->index('shared', '', 'draft', 'inter', 10, 20);
		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['documents' => [], 'total' => 0], $response->getData());
	}

	public function testIndexPassesTheReviewScope(): void {
		$this->service->expects($this->once())->method('list')
			->with('alice', $this->callback(static fn (DocumentFilter $f): bool => $f->scope === DocumentFilter::SCOPE_REVIEW && $f->limit === 25 && $f->offset === 0))
			->willReturn(['documents' => [], 'total' => 0]);
		$this->assertSame(200, $this->controller->index('review')->getStatus());
	}

	public function testCreateAnswers201WithTheDocument(): void {
		$this->service->method('create')->with('alice', ['schemaVersion' => 1])->willReturn(self::view(1));
		$response = $this->controller->create(['schemaVersion' => 1]);
		$this->assertSame(201, $response->getStatus());
		$this->assertSame(1, $response->getData()['revision']);
		// Empty objects in content stay objects on the wire.
		$this->assertStringContainsString('"attrs":{}', json_encode($response->getData()['content']));
	}

	public function testConflictAnswers409WithTheCurrentDocument(): void {
		$this->service->method('update')->willThrowException(new ConflictException(self::view(9), 'Someone else saved'));
		$response = $this->controller->update(7, 8, [], true);
		$this->assertSame(409, $response->getStatus());
		$data = $response->getData();
		$this->assertSame('Someone else saved', $data['message']);
		$this->assertSame(9, $data['current']['revision']);
	}

	public function testTooLargeAnswers413(): void {
		$this->service->method('update')->willThrowException(new ContentTooLargeException(8388608, 9000000));
		$response = $this->controller->update(7, 8, [], false);
		$this->assertSame(413, $response->getStatus());
		$this->assertSame(['message' => 'The document is 9000000 bytes long; the limit is 8388608 bytes.'], $response->getData());
	}

	/**
	 * @return array<string, array{\Exception, class-string<\Exception>, string}>
	 */
	public static function errors(): array {
		return [
			'not found' => [new NotFoundException('Document not found'), OCSNotFoundException::class, 'Document not found'],
			'forbidden' => [new ForbiddenException('You may not edit this document'), OCSForbiddenException::class, 'You may not edit this document'],
			'invalid content names the field' => [new InvalidContentException('body.content[3].attrs.level', 'must be one of 1, 2, 3'), OCSBadRequestException::class, 'Invalid document: body.content[3].attrs.level: must be one of 1, 2, 3'],
			'invalid input' => [new InvalidInputException('Unknown state "x"'), OCSBadRequestException::class, 'Unknown state "x"'],
		];
	}

	/**
	 * @param class-string<\Exception> $expected
	 */
	#[DataProvider('errors')]
	public function testDomainErrorsBecomeOcsErrors(\Exception $error, string $expected, string $message): void {
		$this->service->method('update')->willThrowException($error);
		$this->expectException($expected);
		$this->expectExceptionMessage($message);
		$this->controller->update(7, 8, [], false);
	}

	public function testDeleteAnswersTheDeletedIdAsAnObject(): void {
		$this->service->expects($this->once())->method('delete')->with('alice', 7);
		$response = $this->controller->destroy(7);
		$this->assertSame(200, $response->getStatus());
		// An empty PHP array would be encoded as [] where openapi.json promises an object.
		$this->assertSame('{"id":7}', json_encode($response->getData()));
	}

	public function testDeleteByCoAuthorIsForbidden(): void {
		$this->service->method('delete')->willThrowException(new ForbiddenException('Only the owner can delete this document'));
		$this->expectException(OCSForbiddenException::class);
		$this->controller->destroy(7);
	}

	public function testShowOfInvisibleDocumentIsNotFound(): void {
		$this->service->method('get')->willThrowException(new NotFoundException('Document not found'));
		$this->expectException(OCSNotFoundException::class);
		$this->controller->show(7);
	}
}
