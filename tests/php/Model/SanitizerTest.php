<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Model\Sanitizer;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class SanitizerTest extends TestCase {
	/**
	 * @return array<string, array{string, string}>
	 */
	public static function strings(): array {
		return [
			'plain text kept' => ['Förslag till beslut', 'Förslag till beslut'],
			'tab, LF, CR kept' => ["a\tb\nc\rd", "a\tb\nc\rd"],
			'NUL and C0 controls removed' => ["a\x00b\x01\x08\x0B\x0C\x1Fc", 'abc'],
			'DEL and C1 are allowed by XML 1.0' => ["a\x7F\u{85}b", "a\x7F\u{85}b"],
			'U+FFFE and U+FFFF removed' => ["a\u{FFFE}b\u{FFFF}c", 'abc'],
			'astral kept' => ["\u{1F600}\u{10FFFF}", "\u{1F600}\u{10FFFF}"],
			'private use kept' => ["\u{E000}\u{FFFD}", "\u{E000}\u{FFFD}"],
			'markup is text, untouched' => ['<script>alert(1)</script>', '<script>alert(1)</script>'],
		];
	}

	#[DataProvider('strings')]
	public function testSanitizeString(string $input, string $expected): void {
		$this->assertSame($expected, (new Sanitizer())->sanitizeString($input));
	}

	public function testSanitizesEveryStringInATree(): void {
		$tree = json_decode('{"meta":{"title":"T\u0001itle"},"body":{"content":[{"text":"a\u0000b"}]},"n":5,"e":{}}', false);
		$clean = (new Sanitizer())->sanitize($tree);
		$this->assertSame('{"meta":{"title":"Title"},"body":{"content":[{"text":"ab"}]},"n":5,"e":{}}', json_encode($clean));
	}

	public function testRejectsInvalidUtf8NamingThePath(): void {
		try {
			(new Sanitizer())->sanitize(['body' => ['content' => [['text' => "ok"], ['text' => "\xC3\x28"]]]]);
			$this->fail('Invalid UTF-8 must be refused');
		} catch (InvalidContentException $e) {
			$this->assertSame('body.content[1].text', $e->getPath());
		}
	}
}
