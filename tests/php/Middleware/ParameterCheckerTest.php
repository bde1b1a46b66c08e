<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Middleware;

use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Middleware\ParameterChecker;
use OCA\PolicyDesk\Tests\Service\FakeL10n;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * The signature shapes no controller uses yet; the controllers' own are
 * covered endpoint by endpoint in RequestParameterMiddlewareTest.
 */
class ParameterCheckerTest extends TestCase {
	use FakeL10n;

	/**
	 * @return array<string, array{array<string, mixed>, string|null}>
	 */
	public static function cases(): array {
		$ok = ['ratio' => '0.5', 'count' => 3];
		return [
			'float from a query string' => [$ok, null],
			'float from JSON' => [['ratio' => 2] + $ok, null],
			'float as text' => [['ratio' => 'half'] + $ok, 'ratio must be a number'],
			'mixed takes anything' => [['anything' => [1, 'a', null]] + $ok, null],
			'union takes either type' => [['either' => 'x'] + $ok, null],
			'union refuses other types' => [['either' => [1]] + $ok, 'either must be an integer'],
			'an injected service is not checked' => [['service' => 'x'] + $ok, null],
			'nullable without default may be missing' => [['ratio' => '1'], null],
			'int<min, 10> upper bound' => [['ratio' => '1', 'count' => 11], 'count must be between -9223372036854775808 and 10'],
			'int<min, 10> takes a large negative' => [['ratio' => '1', 'count' => '-9223372036854775808'], null],
			'leading zeros are digits, not octal' => [['ratio' => '1', 'count' => '010'], null],
			'negative zero' => [['ratio' => '1', 'count' => '-0'], null],
			'literal union with null' => [['ratio' => '1', 'mode' => 'c'], 'mode must be one of: a, b'],
			'literal union value' => [['ratio' => '1', 'mode' => 'b'], null],
		];
	}

	/**
	 * @param array<string, mixed> $params
	 */
	#[DataProvider('cases')]
	public function testSignatureShapes(array $params, ?string $message): void {
		$checker = new ParameterChecker($this->fakeL10n());
		$method = new \ReflectionMethod(ParameterCheckerFixture::class, 'action');
		if ($message !== null) {
			$this->expectException(InvalidInputException::class);
			$this->expectExceptionMessage($message);
		}
		$checker->check($method, static fn (string $name): mixed => $params[$name] ?? null);
		$this->addToAssertionCount(1);
	}
}

/**
 * A method whose signature is read, never called.
 */
final class ParameterCheckerFixture {
	/**
	 * @param float $ratio
	 * @param int<min, 10>|null $count
	 * @param 'a'|'b'|null $mode
	 */
	public function action(float $ratio, mixed $anything = null, int|string $either = 0, ?\ArrayObject $service = null, ?int $count = null, ?string $mode = null): void {
	}
}
