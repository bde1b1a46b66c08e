<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Db\DocumentMapper;
use OCA\PolicyDesk\Db\ShareMapper;
use OCA\PolicyDesk\Db\Version;
use OCA\PolicyDesk\Db\VersionMapper;
use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Model\AccessRole;
use OCA\PolicyDesk\Model\CanonicalJson;
use OCA\PolicyDesk\Model\DocumentFilter;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Service\AccessService;
use OCA\PolicyDesk\Service\AttachmentAccess;
use OCA\PolicyDesk\Service\ContentChangeHandler;
use OCA\PolicyDesk\Service\ContentChangeOutcome;
use OCA\PolicyDesk\Service\DisplayNameService;
use OCA\PolicyDesk\Service\DocumentService;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IDBConnection;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

class DocumentServiceTest extends TestCase {
	use FakeL10n;

	private DocumentMapper&MockObject $documents;
	private VersionMapper&MockObject $versions;
	private ShareMapper&MockObject $shares;
	private AccessService&MockObject $access;
	private AttachmentAccess&MockObject $attachments;
	private IDBConnection&MockObject $db;
	private ContentChangeHandler&MockObject $contentChanges;
	private LoggerInterface&MockObject $logger;
	/** @var \Closure(int, string, string): ContentChangeOutcome what the review step does; by default nothing */
	private \Closure $onContentChanged;
	/** @var list<string> */
	private array $transactionLog = [];

	protected function setUp(): void {
		$this->documents = $this->createMock(DocumentMapper::class);
		$this->versions = $this->createMock(VersionMapper::class);
		$this->shares = $this->createMock(ShareMapper::class);
		$this->access = $this->createMock(AccessService::class);
		$this->attachments = $this->createMock(AttachmentAccess::class);
		$this->db = $this->createMock(IDBConnection::class);
		$this->contentChanges = $this->createMock(ContentChangeHandler::class);
		$this->onContentChanged = static fn (): ContentChangeOutcome => ContentChangeOutcome::unchanged();
		$this->contentChanges->method('contentChanged')->willReturnCallback(
			fn (int $documentId, string $userId, string $hash): ContentChangeOutcome => ($this->onContentChanged)($documentId, $userId, $hash),
		);
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->db->method('beginTransaction')->willReturnCallback(function (): void {
			$this->transactionLog[] = 'begin';
		});
		$this->db->method('commit')->willReturnCallback(function (): void {
			$this->transactionLog[] = 'commit';
		});
		$this->db->method('rollBack')->willReturnCallback(function (): void {
			$this->transactionLog[] = 'rollBack';
		});
	}

	private function service(?int $maxBodyBytes = null): DocumentService {
		$names = $this->createMock(DisplayNameService::class);
		$names->method('forUser')->willReturnCallback(static fn (string $uid): string => ucfirst($uid));
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(5000);
		return new DocumentService(
			$this->documents, $this->versions, $this->shares, $this->access, $this->attachments, $names,
			DocumentFixtures::pipeline($maxBodyBytes), DocumentSchema::load(), $this->db, $time, $this->fakeL10n(),
			$this->contentChanges, $this->logger,
		);
	}

	private function givenDocument(Document $document, AccessRole $role): void {
		$this->access->method('load')->with($document->getId())->willReturn([$document, $role]);
	}

	public function testCreateStoresCanonicalContentAndVersionOne(): void {
		$this->documents->expects($this->once())->method('insert')->willReturnCallback(static function (Document $d): Document {
			$d->setId(41);
			return $d;
		});
		$this->versions->expects($this->once())->method('insert')->willReturnCallback(static function (Version $v): Version {
			$v->setId(410);
			return $v;
		});
		$this->documents->expects($this->once())->method('setLatestVersion')->with(41, 410);

		$view = $this->service()->create('alice', DocumentFixtures::content('Policy <script>alert(1)</script>'))->toArray();

		$expectedHash = CanonicalJson::hash(json_decode(json_encode(DocumentFixtures::content('Policy <script>alert(1)</script>')), false));
		$this->assertSame(41, $view['id']);
		$this->assertSame(1, $view['revision']);
		$this->assertSame('draft', $view['state']);
		$this->assertSame('Policy <script>alert(1)</script>', $view['title'], 'markup is stored as text');
		$this->assertSame('Alice', $view['ownerDisplayName']);
		$this->assertSame($expectedHash, $view['hash']);
		$this->assertSame(410, $view['latestVersionId']);
		$this->assertTrue($view['canEdit']);
		$this->assertTrue($view['canShare']);
		$this->assertSame(['begin', 'commit'], $this->transactionLog);
	}

	public function testCreateRemovesXmlForbiddenCharacters(): void {
		$stored = null;
		$this->documents->method('insert')->willReturnCallback(static function (Document $d) use (&$stored): Document {
			$d->setId(1);
			$stored = $d;
			return $d;
		});
		$this->versions->method('insert')->willReturnCallback(static function (Version $v): Version {
			$v->setId(2);
			return $v;
		});
		$this->service()->create('alice', DocumentFixtures::content("Ti\u{1}tle\u{FFFE}", "a\u{0}b\u{1F}c"));
		$this->assertInstanceOf(Document::class, $stored);
		$this->assertSame('Title', $stored->getTitle());
		$this->assertStringContainsString('"text":"abc"', $stored->getContent());
		$this->assertStringNotContainsString('\u0001', $stored->getContent());
	}

	public function testCreateRefusesInvalidContentWithoutWriting(): void {
		$content = DocumentFixtures::content();
		$content['body']['content'][0]['type'] = 'heading';
		$this->documents->expects($this->never())->method('insert');
		$this->expectException(InvalidContentException::class);
		$this->expectExceptionMessage('body.content[0].attrs.level: is required');
		$this->service()->create('alice', $content);
	}

	public function testCreateRefusesContentOverTheSizeLimit(): void {
		$this->documents->expects($this->never())->method('insert');
		$this->expectException(ContentTooLargeException::class);
		$this->service(200)->create('alice', DocumentFixtures::content('T', str_repeat('x', 300)));
	}

	public function testCreateChecksAttachmentsAreAccessible(): void {
		$this->attachments->expects($this->once())->method('assertAccessible')->with('alice', [12, 13], [])
			->willThrowException(new InvalidContentException('attachments[1].fileId', 'no access'));
		$this->documents->expects($this->never())->method('insert');
		$this->expectException(InvalidContentException::class);
		$this->service()->create('alice', DocumentFixtures::content('T', 'x', [['fileId' => 12, 'name' => 'a.pdf'], ['fileId' => 13, 'name' => 'b.pdf']]));
	}

	public function testUpdateWithOutdatedRevisionIsAConflictCarryingTheCurrentDocument(): void {
		$this->givenDocument(DocumentFixtures::stored(revision: 5, text: 'Their text'), AccessRole::CoAuthor);
		$this->documents->expects($this->never())->method('updateIfRevision');
		try {
			$this->service()->update('bob', 7, 4, DocumentFixtures::content('T', 'My text'), false);
			$this->fail('Expected a conflict');
		} catch (ConflictException $e) {
			$current = $e->getCurrent()->toArray();
			$this->assertSame(5, $current['revision']);
			$this->assertStringContainsString('Their text', json_encode($current['content']));
			$this->assertFalse($current['canShare']);
		}
	}

	public function testUpdateLosingTheRaceRollsBackAndReportsAConflict(): void {
		$document = DocumentFixtures::stored(revision: 5);
		$this->givenDocument($document, AccessRole::Owner);
		$this->documents->expects($this->once())->method('updateIfRevision')->with($this->anything(), 5)->willReturn(false);
		$this->versions->expects($this->never())->method('insert');
		$this->expectException(ConflictException::class);
		try {
			$this->service()->update('alice', 7, 5, DocumentFixtures::content('T', 'Mine'), true);
		} finally {
			$this->assertSame(['begin', 'rollBack'], $this->transactionLog);
		}
	}

	/**
	 * @return array<string, array{bool, string, bool}>
	 */
	public static function versionCases(): array {
		return [
			'autosave never makes a version' => [false, 'Changed', false],
			'save version with changed text' => [true, 'Changed', true],
			'save version with text equal to the latest version' => [true, 'Syfte', false],
		];
	}

	#[DataProvider('versionCases')]
	public function testUpdateIncrementsRevisionAndVersionsOnlyWhenAsked(bool $createVersion, string $text, bool $expectVersion): void {
		$document = DocumentFixtures::stored(revision: 5, latestVersionId: 70);
		$this->givenDocument($document, AccessRole::Owner);
		$latest = new Version();
		$latest->setId(70);
		$latest->setContentHash($document->getContentHash());
		$this->versions->method('findAllForDocument')->willReturn([$latest]);
		$this->versions->method('findMaxNumber')->willReturn(4);
		$this->documents->expects($this->once())->method('updateIfRevision')->with($this->anything(), 5)->willReturn(true);
		$this->versions->expects($expectVersion ? $this->once() : $this->never())->method('insert')
			->willReturnCallback(function (Version $v): Version {
				$this->assertSame(5, $v->getVersionNumber());
				$this->assertSame('alice', $v->getAuthorId());
				$this->assertSame(strlen($v->getContent()), $v->getSize());
				$v->setId(71);
				return $v;
			});

		$view = $this->service()->update('alice', 7, 5, DocumentFixtures::content('Internationell policy', $text), $createVersion)->toArray();

		$this->assertSame(6, $view['revision']);
		$this->assertSame(5000, $view['updatedAt']);
		$this->assertSame($expectVersion ? 71 : 70, $view['latestVersionId']);
		$this->assertSame(['begin', 'commit'], $this->transactionLog);
	}

	/**
	 * A document in review, saved with changed text by its owner, with the
	 * mappers writing into the transaction log.
	 */
	private function givenSaveInReview(string $state = 'approved'): Document {
		$stored = static function () use ($state): Document {
			$document = DocumentFixtures::stored(revision: 5, latestVersionId: 70);
			$document->setState($state);
			return $document;
		};
		// Every load reads the stored row again, as the database would.
		$this->access->method('load')->with(7)->willReturnCallback(static fn (): array => [$stored(), AccessRole::Owner]);
		$document = $stored();
		$this->versions->method('findAllForDocument')->willReturn([]);
		$this->versions->method('findMaxNumber')->willReturn(4);
		$this->documents->method('updateIfRevision')->willReturnCallback(function (): bool {
			$this->transactionLog[] = 'update';
			return true;
		});
		$this->versions->method('insert')->willReturnCallback(function (Version $v): Version {
			$this->transactionLog[] = 'version';
			$v->setId(71);
			return $v;
		});
		return $document;
	}

	public function testChangedContentRecordsTheReviewStepInsideTheSaveTransaction(): void {
		$this->givenSaveInReview();
		$seen = null;
		$this->onContentChanged = function (int $documentId, string $userId, string $hash) use (&$seen): ContentChangeOutcome {
			$this->transactionLog[] = 'review';
			$seen = [$documentId, $userId, $hash];
			return new ContentChangeOutcome('in_review', function (): void {
				$this->transactionLog[] = 'notify';
			});
		};

		$view = $this->service()->update('alice', 7, 5, DocumentFixtures::content('T', 'Changed'), false)->toArray();

		$this->assertSame(['begin', 'update', 'version', 'review', 'commit', 'notify'], $this->transactionLog);
		$this->assertSame([7, 'alice', $view['hash']], $seen);
		$this->assertSame('in_review', $view['state'], 'the state the review step moved to');
		$this->assertSame(6, $view['revision']);
		$this->assertSame(71, $view['latestVersionId'], 'a save after submission always makes a version');
	}

	public function testUnchangedContentHasNoReviewStep(): void {
		$document = $this->givenSaveInReview('in_review');
		$this->contentChanges->expects($this->never())->method('contentChanged');

		$view = $this->service()->update('alice', 7, 5, DocumentFixtures::content('Internationell policy', 'Syfte'), false)->toArray();

		$this->assertSame($document->getContentHash(), $view['hash']);
		$this->assertSame('in_review', $view['state']);
		$this->assertSame(['begin', 'update', 'version', 'commit'], $this->transactionLog);
	}

	public function testFailingReviewStepRollsTheSaveBackAndSaysSo(): void {
		$this->givenSaveInReview();
		$this->onContentChanged = function (): ContentChangeOutcome {
			$this->transactionLog[] = 'review';
			throw new \RuntimeException('history table unavailable');
		};
		$this->logger->expects($this->once())->method('error')->with($this->stringContains('rolled back'));

		try {
			$this->service()->update('alice', 7, 5, DocumentFixtures::content('T', 'Changed'), false);
			$this->fail('Expected the save to fail');
		} catch (ConflictException $e) {
			$this->assertSame('Your changes were not saved: the review could not record them at this moment. Your text is still here; save again.', $e->getMessage());
			$current = $e->getCurrent()->toArray();
			$this->assertSame(5, $current['revision'], 'the stored document is the one before the save');
			$this->assertSame('approved', $current['state']);
		}
		$this->assertSame(['begin', 'update', 'version', 'review', 'rollBack'], $this->transactionLog, 'nothing committed');
	}

	public function testFailingNotificationsAfterCommitKeepTheSave(): void {
		$this->givenSaveInReview();
		$this->onContentChanged = static fn (): ContentChangeOutcome => new ContentChangeOutcome('in_review', static function (): void {
			throw new \RuntimeException('notification backend down');
		});
		$this->logger->expects($this->once())->method('error')->with($this->stringContains('new version'));

		$view = $this->service()->update('alice', 7, 5, DocumentFixtures::content('T', 'Changed'), false)->toArray();

		$this->assertSame(['begin', 'update', 'version', 'commit'], $this->transactionLog);
		$this->assertSame('in_review', $view['state']);
		$this->assertSame(6, $view['revision']);
	}

	public function testUpdateChecksOnlyNewlyAddedAttachments(): void {
		$document = DocumentFixtures::stored(attachments: [['fileId' => 12, 'name' => 'owner-only.pdf']]);
		$this->givenDocument($document, AccessRole::CoAuthor);
		$this->documents->method('updateIfRevision')->willReturn(true);
		$this->attachments->expects($this->once())->method('assertAccessible')->with('bob', [12, 99], [12]);
		$this->service()->update('bob', 7, 3, DocumentFixtures::content('T', 'x', [['fileId' => 12, 'name' => 'owner-only.pdf'], ['fileId' => 99, 'name' => 'mine.pdf']]), false);
	}

	public function testReviewerMayNotEdit(): void {
		$this->givenDocument(DocumentFixtures::stored(), AccessRole::Reviewer);
		$this->expectException(ForbiddenException::class);
		$this->service()->update('carol', 7, 3, DocumentFixtures::content(), false);
	}

	/**
	 * @return array<string, array{AccessRole, bool}>
	 */
	public static function deleteCases(): array {
		return [
			'owner deletes' => [AccessRole::Owner, true],
			'co-author may not' => [AccessRole::CoAuthor, false],
		];
	}

	#[DataProvider('deleteCases')]
	public function testDeleteIsForTheOwnerOnly(AccessRole $role, bool $allowed): void {
		$this->givenDocument(DocumentFixtures::stored(), $role);
		$this->documents->expects($allowed ? $this->once() : $this->never())->method('delete');
		$this->versions->expects($allowed ? $this->once() : $this->never())->method('deleteByDocument')->with(7);
		$this->shares->expects($allowed ? $this->once() : $this->never())->method('deleteByDocument')->with(7);
		if (!$allowed) {
			$this->expectException(ForbiddenException::class);
		}
		$this->service()->delete('someone', 7);
	}

	public function testListReturnsSummariesAndTotalWithoutContent(): void {
		$filter = new DocumentFilter(DocumentFilter::SCOPE_SHARED, 'policy', 'draft', 'inter', 25, 50);
		$this->access->method('groupIdsOf')->with('bob')->willReturn(['staff']);
		$this->documents->expects($this->once())->method('findPage')->with($filter, 'bob', ['staff'])->willReturn([DocumentFixtures::stored()]);
		$this->documents->expects($this->once())->method('countPage')->with($filter, 'bob', ['staff'])->willReturn(51);
		$result = $this->service()->list('bob', $filter);
		$this->assertSame(51, $result['total']);
		$this->assertCount(1, $result['documents']);
		$this->assertSame(['id', 'title', 'type', 'language', 'state', 'ownerId', 'ownerDisplayName', 'createdAt', 'updatedAt', 'revision'], array_keys($result['documents'][0]));
	}

	public function testReviewScopeReachesGroupReviewersThroughTheUsersGroups(): void {
		$filter = new DocumentFilter(DocumentFilter::SCOPE_REVIEW, null, 'in_review', null, 10, 0);
		$this->access->expects($this->once())->method('groupIdsOf')->with('carol')->willReturn(['legal', 'staff']);
		$this->documents->expects($this->once())->method('findPage')->with($filter, 'carol', ['legal', 'staff'])->willReturn([DocumentFixtures::stored()]);
		$this->documents->expects($this->once())->method('countPage')->with($filter, 'carol', ['legal', 'staff'])->willReturn(1);
		$result = $this->service()->list('carol', $filter);
		$this->assertSame(1, $result['total']);
		$this->assertSame(7, $result['documents'][0]['id']);
	}

	public function testMineScopeNeverLooksUpGroups(): void {
		$filter = new DocumentFilter(DocumentFilter::SCOPE_MINE);
		$this->access->expects($this->never())->method('groupIdsOf');
		$this->documents->expects($this->once())->method('findPage')->with($filter, 'alice', [])->willReturn([]);
		$this->documents->expects($this->once())->method('countPage')->with($filter, 'alice', [])->willReturn(0);
		$this->assertSame(['documents' => [], 'total' => 0], $this->service()->list('alice', $filter));
	}

	/**
	 * @return array<string, array{DocumentFilter}>
	 */
	public static function badFilters(): array {
		return [
			'unknown scope' => [new DocumentFilter('everyone')],
			'scope in another case' => [new DocumentFilter('Review')],
			'unknown type' => [new DocumentFilter(type: 'memo')],
			'unknown state' => [new DocumentFilter(state: 'signed')],
			'limit 0' => [new DocumentFilter(limit: 0)],
			'limit 101' => [new DocumentFilter(limit: 101)],
			'negative offset' => [new DocumentFilter(offset: -1)],
		];
	}

	#[DataProvider('badFilters')]
	public function testListRefusesBadFilters(DocumentFilter $filter): void {
		$this->documents->expects($this->never())->method('findPage');
		$this->expectException(InvalidInputException::class);
		$this->service()->list('bob', $filter);
	}

	/**
	 * Captures what create() hands to the mappers.
	 */
	private function capturingInsert(?Document &$stored): void {
		$this->documents->method('insert')->willReturnCallback(static function (Document $d) use (&$stored): Document {
			$d->setId(41);
			$stored = $d;
			return $d;
		});
		$this->versions->method('insert')->willReturnCallback(static function (Version $v): Version {
			$v->setId(410);
			return $v;
		});
	}

	public function testSaveRemovesXmlForbiddenCharactersSentAsJsonEscapes(): void {
		$this->givenDocument(DocumentFixtures::stored(revision: 5), AccessRole::Owner);
		$written = null;
		$this->documents->expects($this->once())->method('updateIfRevision')->willReturnCallback(static function (Document $d) use (&$written): bool {
			$written = $d;
			return true;
		});
		// Decoded the way Nextcloud's request parser decodes a JSON body.
		$content = json_decode('{"schemaVersion":1,"meta":{"title":"Po\u0001licy\uFFFE","type":"policy","language":"sv"},"attachments":[],'
			. '"body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"a\u0000b\u001Fc\uFFFF \ud83d\ude00 \u0009tab"}]}]}}', true);

		$this->service()->update('alice', 7, 5, $content, false);

		$this->assertInstanceOf(Document::class, $written);
		$this->assertSame('Policy', $written->getTitle());
		$this->assertStringContainsString('"text":"abc 😀 \ttab"', $written->getContent(), 'a surrogate pair and a tab are allowed characters');
		$this->assertSame(1, preg_match('//u', $written->getContent()), 'stored content is valid UTF-8');
		$this->assertSame(0, preg_match('/[\x{0}-\x{8}\x{B}\x{C}\x{E}-\x{1F}\x{FFFE}\x{FFFF}]/u', $written->getContent()));
		$this->assertSame(hash('sha256', $written->getContent()), $written->getContentHash(), 'the hash covers the cleaned text');
	}

	public function testLoneSurrogateEscapeMakesTheJsonBodyUndecodable(): void {
		// PHP refuses a JSON string with an unpaired surrogate escape, so
		// such a body reaches no controller: Nextcloud's parser finds no
		// parameters and RequestParameterMiddleware answers "content is
		// required". Only its UTF-8 form can arrive, tested below.
		$this->assertNull(json_decode('{"content":{"meta":{"title":"\ud800"}}}', true));
		$this->assertSame(JSON_ERROR_UTF16, json_last_error());
	}

	/**
	 * @return array<string, array{array<string, mixed>, string}>
	 */
	public static function refusedContent(): array {
		return [
			'lone surrogate in UTF-8 form (CESU-8) in the text' => [DocumentFixtures::content('T', "a\xED\xA0\x80b"), 'body.content[0].content[0].text: is not valid UTF-8'],
			'truncated UTF-8 sequence in the title' => [DocumentFixtures::content("Policy \xC3"), 'meta.title: is not valid UTF-8'],
			'empty title' => [DocumentFixtures::content(''), 'meta.title: must not be empty'],
			'title of forbidden characters only' => [DocumentFixtures::content("\u{1}\u{FFFE}"), 'meta.title: must not be empty'],
			'title of 256 Albanian characters' => [DocumentFixtures::content(str_repeat('ë', 256)), 'meta.title: must be at most 255 characters long'],
			'title of 256 Arabic characters' => [DocumentFixtures::content(str_repeat('ع', 256)), 'meta.title: must be at most 255 characters long'],
			'title of 256 ASCII characters' => [DocumentFixtures::content(str_repeat('a', 256)), 'meta.title: must be at most 255 characters long'],
		];
	}

	/**
	 * @param array<string, mixed> $content
	 */
	#[DataProvider('refusedContent')]
	public function testRefusedContentNamesTheFieldAndWritesNothing(array $content, string $message): void {
		$this->givenDocument(DocumentFixtures::stored(revision: 5), AccessRole::Owner);
		$this->documents->expects($this->never())->method('insert');
		$this->documents->expects($this->never())->method('updateIfRevision');
		foreach (['create', 'update'] as $use) {
			try {
				$use === 'create' ? $this->service()->create('alice', $content) : $this->service()->update('alice', 7, 5, $content, true);
				$this->fail($use . ' accepted it');
			} catch (InvalidContentException $e) {
				$this->assertSame($message, $e->getMessage(), $use);
			}
		}
		$this->assertSame([], $this->transactionLog);
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function longestTitles(): array {
		return [
			'255 Albanian characters (510 bytes)' => [str_repeat('Ç', 5) . str_repeat('ë', 250)],
			'255 Arabic characters (510 bytes)' => [str_repeat('سياسة', 51)],
			'255 characters outside the BMP (1020 bytes)' => [str_repeat('𝒜', 255)],
		];
	}

	#[DataProvider('longestTitles')]
	public function testTitleLengthCountsCodePoints(string $title): void {
		$this->assertSame(255, mb_strlen($title, 'UTF-8'));
		$stored = null;
		$this->capturingInsert($stored);
		$view = $this->service()->create('alice', DocumentFixtures::content($title))->toArray();
		$this->assertSame($title, $view['title']);
		$this->assertInstanceOf(Document::class, $stored);
		$this->assertSame($title, $stored->getTitle());
	}

	public function testMarkupInTextIsStoredAsTextUnchanged(): void {
		$stored = null;
		$this->capturingInsert($stored);
		$markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp;';
		$view = $this->service()->create('alice', DocumentFixtures::content('<b>Policy</b> <script>', $markup))->toArray();
		$this->assertInstanceOf(Document::class, $stored);
		$this->assertSame('<b>Policy</b> <script>', $stored->getTitle());
		// Neither escaped nor stripped: the client renders text as text.
		$this->assertStringContainsString('"text":"<script>alert(\"x\")</script><img src=x onerror=alert(1)> & &amp;"', $stored->getContent());
		$this->assertSame($markup, $view['content']->body->content[0]->content[0]->text);
	}

	public function testOversizedBodyIs413EvenWhenItIsAlsoInvalid(): void {
		$content = DocumentFixtures::content('T', str_repeat('x', 300));
		$content['body']['content'][0]['type'] = 'no-such-node';
		$this->documents->expects($this->never())->method('insert');
		try {
			$this->service(200)->create('alice', $content);
			$this->fail('Expected 413');
		} catch (ContentTooLargeException $e) {
			$this->assertSame(200, $e->getLimit());
			$this->assertSame(strlen(json_encode($content, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)), $e->getActual());
		}
	}
}
