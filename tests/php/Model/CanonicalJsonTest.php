<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Model\CanonicalJson;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class CanonicalJsonTest extends TestCase {
	private const FIXTURES = __DIR__ . '/../../fixtures/canonical';

	/**
	 * @return array<string, array{string, string}>
	 */
	public static function cases(): array {
		return [
			'keys sorted, no whitespace' => ['{ "b": 1, "a": [ 2, 3 ] }', '{"a":[2,3],"b":1}'],
			'nested keys sorted' => ['{"z":{"y":1,"x":{"b":true,"a":null}}}', '{"z":{"x":{"a":null,"b":true},"y":1}}'],
			'empty object stays object' => ['{"a":{},"b":[]}', '{"a":{},"b":[]}'],
			'numeric-looking keys sorted as strings' => ['{"10":1,"9":2,"":3}', '{"":3,"10":1,"9":2}'],
			'slash and non-ASCII unescaped' => ['{"s":"a/b \u00e5\u0105"}', '{"s":"a/b åą"}'],
			'line terminators unescaped' => ['["\u2028\u2029"]', "[\"\u{2028}\u{2029}\"]"],
			'controls escaped like JSON.stringify' => ['["\u0001\b\t\u001f\u007f"]', '["\u0001\b\t\u001f' . "\x7f" . '"]'],
			'code point order, not UTF-16 order' => ['{"\ud83d\ude00":1,"\ufffd":2,"\ue000":3}', "{\"\u{E000}\":3,\"\u{FFFD}\":2,\"\u{1F600}\":1}"],
		];
	}

	#[DataProvider('cases')]
	public function testEncode(string $input, string $expected): void {
		$this->assertSame($expected, CanonicalJson::encode(json_decode($input, false, 512, JSON_THROW_ON_ERROR)));
	}

	public function testHashIsLowercaseSha256OfCanonicalBytes(): void {
		$this->assertSame(hash('sha256', '{"a":1}'), CanonicalJson::hash(json_decode('{ "a" : 1 }')));
		$this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', CanonicalJson::hash([]));
	}

	public function testRefusesFloats(): void {
		$this->expectException(\InvalidArgumentException::class);
		CanonicalJson::encode(json_decode('{"a":1.5}'));
	}

	/**
	 * The fixtures shared with the TypeScript tests (tests/js/model/canonical.test.ts).
	 *
	 * @return array<string, array{string}>
	 */
	public static function sharedFixtures(): array {
		$cases = [];
		foreach (glob(self::FIXTURES . '/*.json') ?: [] as $file) {
			$cases[basename($file, '.json')] = [substr($file, 0, -5)];
		}
		return $cases;
	}

	public function testSharedFixturesExist(): void {
		// Guards against the data provider silently finding nothing.
		$this->assertGreaterThanOrEqual(6, count(self::sharedFixtures()));
	}

	#[DataProvider('sharedFixtures')]
	public function testSharedFixture(string $base): void {
		$input = json_decode((string)file_get_contents($base . '.json'), false, 512, JSON_THROW_ON_ERROR);
		$canonical = CanonicalJson::encode($input);
		$this->assertSame(file_get_contents($base . '.canonical'), $canonical);
		$this->assertSame(file_get_contents($base . '.sha256'), CanonicalJson::hash($input));
	}
}
