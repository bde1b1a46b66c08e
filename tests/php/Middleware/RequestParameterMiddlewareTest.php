<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Middleware;

use OCA\PolicyDesk\Controller\DocumentController;
use OCA\PolicyDesk\Controller\ReviewCommentController;
use OCA\PolicyDesk\Controller\ReviewController;
use OCA\PolicyDesk\Controller\ReviewHistoryController;
use OCA\PolicyDesk\Controller\ShareController;
use OCA\PolicyDesk\Controller\VersionController;
use OCA\PolicyDesk\Middleware\ParameterChecker;
use OCA\PolicyDesk\Middleware\RequestParameterMiddleware;
use OCA\PolicyDesk\Tests\Service\DocumentFixtures;
use OCA\PolicyDesk\Tests\Service\FakeL10n;
use OCP\AppFramework\Controller;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\IRequest;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Every endpoint with the values Nextcloud's request parser can hand it:
 * missing fields, JSON values of the wrong type, digit strings from the URL
 * or the query string, out-of-range numbers. Each bad one must be refused
 * with 400 naming the field; each good one must bind to the method's
 * parameters the way the Dispatcher passes them, without a TypeError.
 */
class RequestParameterMiddlewareTest extends TestCase {
	use FakeL10n;

	private const HASH = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

	/**
	 * @return array<string, array{class-string<Controller>, string, array<string, mixed>, string}>
	 */
	public static function badRequests(): array {
		$doc = DocumentController::class;
		$ver = VersionController::class;
		$share = ShareController::class;
		$review = ReviewController::class;
		$comment = ReviewCommentController::class;
		$history = ReviewHistoryController::class;
		$content = DocumentFixtures::content();
		return [
			'list: unknown scope' => [$doc, 'index', ['scope' => 'all'], 'scope must be one of: mine, shared, review'],
			'list: scope in another case' => [$doc, 'index', ['scope' => 'Review'], 'scope must be one of: mine, shared, review'],
			'list: scope as array' => [$doc, 'index', ['scope' => ['mine']], 'scope must be a string'],
			'list: type as array' => [$doc, 'index', ['type' => ['policy']], 'type must be a string'],
			'list: state as number' => [$doc, 'index', ['state' => 3], 'state must be a string'],
			'list: search not UTF-8' => [$doc, 'index', ['search' => "\xFF\xFE"], 'search is not valid UTF-8'],
			'list: search with NUL' => [$doc, 'index', ['search' => "a\0b"], 'search must not contain NUL characters'],
			'list: limit not a number' => [$doc, 'index', ['limit' => 'ten'], 'limit must be an integer'],
			'list: limit with a trailing newline' => [$doc, 'index', ['limit' => "10\n"], 'limit must be an integer'],
			'list: limit 0' => [$doc, 'index', ['limit' => '0'], 'limit must be between 1 and 100'],
			'list: huge limit' => [$doc, 'index', ['limit' => '100000'], 'limit must be between 1 and 100'],
			'list: limit beyond 64 bits' => [$doc, 'index', ['limit' => '99999999999999999999'], 'limit is out of range'],
			'list: limit as array' => [$doc, 'index', ['limit' => [10]], 'limit must be an integer'],
			'list: negative offset' => [$doc, 'index', ['offset' => '-1'], 'offset must be at least 0'],
			'list: offset beyond 64 bits' => [$doc, 'index', ['offset' => '99999999999999999999'], 'offset is out of range'],
			'list: offset as float' => [$doc, 'index', ['offset' => 2.5], 'offset must be an integer'],
			'create: no content' => [$doc, 'create', [], 'content is required'],
			'create: content as string' => [$doc, 'create', ['content' => '{"schemaVersion":1}'], 'content must be an object'],
			'create: content as number' => [$doc, 'create', ['content' => 1], 'content must be an object'],
			'create: content false' => [$doc, 'create', ['content' => false], 'content must be an object'],
			'create: content as a JSON array' => [$doc, 'create', ['content' => [$content]], 'content must be an object'],
			'show: id not a number' => [$doc, 'show', ['id' => 'seven'], 'id must be an integer'],
			'show: id beyond 64 bits' => [$doc, 'show', ['id' => '18446744073709551616'], 'id is out of range'],
			'save: no baseRevision' => [$doc, 'update', ['id' => '7', 'content' => $content], 'baseRevision is required'],
			'save: baseRevision as text' => [$doc, 'update', ['id' => '7', 'baseRevision' => 'latest', 'content' => $content], 'baseRevision must be an integer'],
			'save: baseRevision as bool' => [$doc, 'update', ['id' => '7', 'baseRevision' => true, 'content' => $content], 'baseRevision must be an integer'],
			'save: baseRevision as float' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3.5, 'content' => $content], 'baseRevision must be an integer'],
			'save: baseRevision 0' => [$doc, 'update', ['id' => '7', 'baseRevision' => 0, 'content' => $content], 'baseRevision must be at least 1'],
			'save: no content' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3], 'content is required'],
			'save: content as list of text' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => 'x'], 'content must be an object'],
			'save: createVersion as text' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => $content, 'createVersion' => 'yes'], 'createVersion must be true or false'],
			'save: createVersion 2' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => $content, 'createVersion' => 2], 'createVersion must be true or false'],
			'save: createVersion as object' => [$doc, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => $content, 'createVersion' => ['a' => 1]], 'createVersion must be true or false'],
			'delete: id not a number' => [$doc, 'destroy', ['id' => '7a'], 'id must be an integer'],
			'versions: id beyond 64 bits' => [$ver, 'index', ['id' => '99999999999999999999'], 'id is out of range'],
			'version: versionId not a number' => [$ver, 'show', ['id' => '7', 'versionId' => 'latest'], 'versionId must be an integer'],
			'restore: no baseRevision' => [$ver, 'restore', ['id' => '7', 'versionId' => '70'], 'baseRevision is required'],
			'restore: baseRevision as array' => [$ver, 'restore', ['id' => '7', 'versionId' => '70', 'baseRevision' => [3]], 'baseRevision must be an integer'],
			'restore: negative baseRevision' => [$ver, 'restore', ['id' => '7', 'versionId' => '70', 'baseRevision' => -3], 'baseRevision must be at least 1'],
			'shares: id not a number' => [$share, 'index', ['id' => 'x'], 'id must be an integer'],
			'share: no type' => [$share, 'create', ['id' => '7', 'shareWith' => 'bob'], 'type is required'],
			'share: type as array' => [$share, 'create', ['id' => '7', 'type' => ['user'], 'shareWith' => 'bob'], 'type must be a string'],
			'share: no shareWith' => [$share, 'create', ['id' => '7', 'type' => 'user'], 'shareWith is required'],
			'share: shareWith as object' => [$share, 'create', ['id' => '7', 'type' => 'user', 'shareWith' => ['id' => 'bob']], 'shareWith must be a string'],
			'unshare: shareId beyond 64 bits' => [$share, 'destroy', ['id' => '7', 'shareId' => '99999999999999999999'], 'shareId is out of range'],
			'review: id not a number' => [$review, 'show', ['id' => 'x'], 'id must be an integer'],
			'submit: reviewers as text' => [$review, 'submit', ['id' => '7', 'reviewers' => 'bob'], 'reviewers must be a list'],
			'submit: reviewers as one object' => [$review, 'submit', ['id' => '7', 'reviewers' => ['type' => 'user', 'id' => 'bob']], 'reviewers must be a list'],
			'submit: unknown rule' => [$review, 'submit', ['id' => '7', 'rule' => 'most'], 'rule must be one of: all, any, quorum'],
			'submit: quorum as text' => [$review, 'submit', ['id' => '7', 'rule' => 'quorum', 'quorum' => 'two'], 'quorum must be an integer'],
			'submit: sequential as text' => [$review, 'submit', ['id' => '7', 'sequential' => 'maybe'], 'sequential must be true or false'],
			'submit: requireResolved as array' => [$review, 'submit', ['id' => '7', 'requireResolved' => []], 'requireResolved must be true or false'],
			'submit: versionHash as number' => [$review, 'submit', ['id' => '7', 'versionHash' => 12], 'versionHash must be a string'],
			'resubmit: comment as array' => [$review, 'resubmit', ['id' => '7', 'comment' => ['x']], 'comment must be a string'],
			'decide: no decision' => [$review, 'decide', ['id' => '7', 'versionHash' => self::HASH], 'decision is required'],
			'decide: unknown decision' => [$review, 'decide', ['id' => '7', 'decision' => 'reject', 'versionHash' => self::HASH], 'decision must be one of: approve, request_changes'],
			'decide: no versionHash' => [$review, 'decide', ['id' => '7', 'decision' => 'approve'], 'versionHash is required'],
			'decide: comment not UTF-8' => [$review, 'decide', ['id' => '7', 'decision' => 'approve', 'versionHash' => self::HASH, 'comment' => "\xC3"], 'comment is not valid UTF-8'],
			'withdraw: comment as object' => [$review, 'withdraw', ['id' => '7', 'comment' => ['why' => 'x']], 'comment must be a string'],
			'comments: id beyond 64 bits' => [$comment, 'index', ['id' => '99999999999999999999'], 'id is out of range'],
			'comment: no message' => [$comment, 'create', ['id' => '7'], 'message is required'],
			'comment: message as number' => [$comment, 'create', ['id' => '7', 'message' => 5], 'message must be a string'],
			'comment: anchor as text' => [$comment, 'create', ['id' => '7', 'message' => 'Hm', 'anchor' => 'p3'], 'anchor must be an object'],
			'comment: anchor as a JSON array' => [$comment, 'create', ['id' => '7', 'message' => 'Hm', 'anchor' => [1, 5]], 'anchor must be an object'],
			'reply: commentId not a number' => [$comment, 'reply', ['id' => '7', 'commentId' => 'first', 'message' => 'Yes'], 'commentId must be an integer'],
			'reply: no message' => [$comment, 'reply', ['id' => '7', 'commentId' => '3'], 'message is required'],
			'resolve: resolved as text' => [$comment, 'resolve', ['id' => '7', 'commentId' => '3', 'resolved' => 'done'], 'resolved must be true or false'],
			'history: id not a number' => [$history, 'index', ['id' => 'x'], 'id must be an integer'],
			'verify: id beyond 64 bits' => [$history, 'verify', ['id' => '99999999999999999999'], 'id is out of range'],
		];
	}

	/**
	 * @param class-string<Controller> $class
	 * @param array<string, mixed> $params
	 */
	#[DataProvider('badRequests')]
	public function testBadInputIsRefusedWith400NamingTheField(string $class, string $method, array $params, string $message): void {
		try {
			$this->middleware($params)->beforeController(self::controller($class), $method);
			$this->fail('Accepted ' . json_encode($params, JSON_INVALID_UTF8_SUBSTITUTE));
		} catch (OCSBadRequestException $e) {
			$this->assertSame(400, $e->getCode());
			$this->assertSame($message, $e->getMessage());
		}
	}

	/**
	 * @return array<string, array{class-string<Controller>, string, array<string, mixed>}>
	 */
	public static function goodRequests(): array {
		$content = DocumentFixtures::content();
		return [
			'list with defaults' => [DocumentController::class, 'index', []],
			'list for review' => [DocumentController::class, 'index', ['scope' => 'review', 'state' => 'in_review']],
			'list from a query string' => [DocumentController::class, 'index', ['scope' => 'shared', 'type' => 'policy', 'state' => 'draft', 'search' => 'Väst', 'limit' => '100', 'offset' => '0025']],
			'create' => [DocumentController::class, 'create', ['content' => $content]],
			'show' => [DocumentController::class, 'show', ['id' => '7']],
			'save with JSON integers' => [DocumentController::class, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => $content, 'createVersion' => true]],
			'save with a digit string and "false"' => [DocumentController::class, 'update', ['id' => '7', 'baseRevision' => '3', 'content' => $content, 'createVersion' => 'false']],
			'save without createVersion' => [DocumentController::class, 'update', ['id' => '7', 'baseRevision' => 3, 'content' => $content]],
			'restore' => [VersionController::class, 'restore', ['id' => '7', 'versionId' => '70', 'baseRevision' => 3]],
			'share' => [ShareController::class, 'create', ['id' => '7', 'type' => 'group', 'shareWith' => '1234']],
			'submit with defaults' => [ReviewController::class, 'submit', ['id' => '7']],
			'submit with a quorum' => [ReviewController::class, 'submit', ['id' => '7', 'reviewers' => [['type' => 'user', 'id' => 'bob']], 'rule' => 'quorum', 'quorum' => 1, 'sequential' => '1', 'requireResolved' => 0]],
			'decide' => [ReviewController::class, 'decide', ['id' => '7', 'decision' => 'request_changes', 'versionHash' => self::HASH, 'comment' => 'Section 2 <script>']],
			'comment with an anchor' => [ReviewCommentController::class, 'create', ['id' => '7', 'message' => 'Hm', 'anchor' => ['blockIndex' => 1]]],
			'resolve' => [ReviewCommentController::class, 'resolve', ['id' => '7', 'commentId' => '3', 'resolved' => 'false']],
			'verify history' => [ReviewHistoryController::class, 'verify', ['id' => '7']],
		];
	}

	/**
	 * @param class-string<Controller> $class
	 * @param array<string, mixed> $params
	 */
	#[DataProvider('goodRequests')]
	public function testGoodInputBindsToTheParametersWithoutATypeError(string $class, string $method, array $params): void {
		$controller = self::controller($class);
		$this->middleware($params)->beforeController($controller, $method);

		$reflection = new \ReflectionMethod($controller, $method);
		try {
			$reflection->invokeArgs($controller, self::dispatcherArguments($reflection, $params));
			$this->fail('The controller ran without its services');
		} catch (\TypeError $e) {
			$this->fail('The arguments did not bind: ' . $e->getMessage());
		} catch (\Error $e) {
			// The arguments bound and the body ran up to the first service,
			// which this test leaves out on purpose.
			$this->assertStringContainsString('must not be accessed before initialization', $e->getMessage());
		}
	}

	/**
	 * @param array<string, mixed> $params
	 */
	private function middleware(array $params): RequestParameterMiddleware {
		$request = $this->createMock(IRequest::class);
		// IRequest::getParam() answers null for a missing (or null) value.
		$request->method('getParam')->willReturnCallback(static fn (string $name): mixed => $params[$name] ?? null);
		return new RequestParameterMiddleware($request, new ParameterChecker($this->fakeL10n()));
	}

	/**
	 * The checks read only the class, so no services are needed.
	 *
	 * @param class-string<Controller> $class
	 */
	private static function controller(string $class): Controller {
		return (new \ReflectionClass($class))->newInstanceWithoutConstructor();
	}

	/**
	 * The arguments as OC\AppFramework\Http\Dispatcher::executeController()
	 * builds them: the request value or the default, the string 'false' as
	 * false for bool, settype() for int, bool and float, anything else as is.
	 *
	 * @param array<string, mixed> $params
	 * @return list<mixed>
	 */
	private static function dispatcherArguments(\ReflectionMethod $method, array $params): array {
		$arguments = [];
		foreach ($method->getParameters() as $parameter) {
			$value = $params[$parameter->getName()] ?? ($parameter->isOptional() ? $parameter->getDefaultValue() : null);
			$type = $parameter->getType();
			$typeName = $type instanceof \ReflectionNamedType ? $type->getName() : null;
			if ($value === 'false' && $typeName === 'bool') {
				$value = false;
			} elseif ($value !== null && in_array($typeName, ['int', 'bool', 'float'], true)) {
				settype($value, $typeName);
			}
			$arguments[] = $value;
		}
		return $arguments;
	}
}
