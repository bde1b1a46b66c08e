<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Model\ContentExpression;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class ContentExpressionTest extends TestCase {
	private const NODES = ['paragraph', 'heading', 'listItem', 'definitionTerm', 'definitionDescription', 'tableHeader', 'tableCell', 'text', 'hardBreak'];
	private const GROUPS = ['block' => ['paragraph', 'heading'], 'inline' => ['text', 'hardBreak']];

	/**
	 * @return array<string, array{string, list<string>, bool}>
	 */
	public static function cases(): array {
		return [
			'block+ empty' => ['block+', [], false],
			'block+ group members' => ['block+', ['paragraph', 'heading', 'paragraph'], true],
			'block+ non-member' => ['block+', ['paragraph', 'text'], false],
			'inline* empty' => ['inline*', [], true],
			'sequence first must be paragraph' => ['paragraph block*', ['heading', 'paragraph'], false],
			'sequence paragraph then blocks' => ['paragraph block*', ['paragraph', 'heading'], true],
			'choice inside group' => ['(tableHeader | tableCell)+', ['tableHeader', 'tableCell'], true],
			'definition pairs' => ['(definitionTerm definitionDescription+)+', ['definitionTerm', 'definitionDescription', 'definitionDescription', 'definitionTerm', 'definitionDescription'], true],
			'term without description' => ['(definitionTerm definitionDescription+)+', ['definitionTerm', 'definitionDescription', 'definitionTerm'], false],
			'optional' => ['heading? paragraph', ['paragraph'], true],
			'exact count' => ['paragraph{2}', ['paragraph', 'paragraph', 'paragraph'], false],
			'range count' => ['paragraph{1,3}', ['paragraph', 'paragraph', 'paragraph'], true],
			'open range' => ['paragraph{2,}', ['paragraph'], false],
		];
	}

	/**
	 * @param list<string> $children
	 */
	#[DataProvider('cases')]
	public function testMatches(string $expression, array $children, bool $expected): void {
		$this->assertSame($expected, (new ContentExpression($expression, self::GROUPS, self::NODES))->matches($children));
	}

	public function testAdmitsNamesOfTheExpressionAndItsGroups(): void {
		$expression = new ContentExpression('paragraph block*', self::GROUPS, self::NODES);
		$this->assertTrue($expression->admits('heading'));
		$this->assertFalse($expression->admits('text'));
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function broken(): array {
		return [
			'unknown name' => ['image+'],
			'unbalanced' => ['(paragraph'],
			'stray operator' => ['+paragraph'],
			'unknown character' => ['paragraph & heading'],
			'empty choice' => ['paragraph |'],
		];
	}

	#[DataProvider('broken')]
	public function testRefusesBrokenExpressions(string $expression): void {
		$this->expectException(\InvalidArgumentException::class);
		new ContentExpression($expression, self::GROUPS, self::NODES);
	}
}
