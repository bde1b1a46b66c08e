<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Db;

use OCP\DB\QueryBuilder\ICompositeExpression;
use OCP\DB\QueryBuilder\IParameter;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * A piece of SQL text as RecordingQueries renders it: a parameter, a
 * function or an AND/OR group. The OCP interfaces promise only that these
 * can be used as strings.
 */
final class SqlText implements IParameter, IQueryFunction, ICompositeExpression, \Stringable {
	/**
	 * @param list<string> $parts for AND/OR groups
	 */
	public function __construct(
		private string $text,
		private string $type = '',
		private array $parts = [],
	) {
	}

	/**
	 * @param list<string> $parts
	 */
	public static function group(string $type, array $parts): self {
		return new self('', $type, $parts);
	}

	public function addMultiple(array $parts = []): ICompositeExpression {
		foreach ($parts as $part) {
			$this->add($part);
		}
		return $this;
	}

	public function add($part): ICompositeExpression {
		$this->parts[] = (string)$part;
		return $this;
	}

	public function count(): int {
		return count($this->parts);
	}

	public function getType(): string {
		return $this->type;
	}

	public function __toString(): string {
		if ($this->type === '') {
			return $this->text;
		}
		// As Doctrine's CompositeExpression writes a group of conditions.
		return count($this->parts) === 1 ? $this->parts[0] : '(' . implode(') ' . $this->type . ' (', $this->parts) . ')';
	}
}
