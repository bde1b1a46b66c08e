<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * A ProseMirror content expression ("paragraph block*",
 * "(definitionTerm definitionDescription+)+", …) compiled to a PCRE pattern
 * over the child type names, each written as "name,". Group names expand to
 * the alternation of their member nodes, as ProseMirror's ContentMatch does.
 *
 * Supported syntax (the subset ProseMirror documents): names, sequence by
 * juxtaposition, `|` choice, `( )` grouping, `*` `+` `?` and `{n}` `{n,}`
 * `{n,m}` repetition.
 */
final class ContentExpression {
	/** @var non-empty-string */
	private string $pattern;

	/** @var array<string, true> every node name the expression can admit */
	private array $allowed = [];

	/**
	 * @param array<string, list<string>> $groups group name => member node names
	 * @param list<string> $nodeNames every node name of the schema
	 * @throws \InvalidArgumentException when the expression cannot be parsed
	 */
	public function __construct(
		private string $source,
		array $groups,
		array $nodeNames,
	) {
		preg_match_all('/\s*(\w+|[()|*+?]|\{\d+(?:,\d*)?\})/A', $source, $m);
		$tokens = $m[1];
		if (implode('', $tokens) !== preg_replace('/\s+/', '', $source)) {
			throw new \InvalidArgumentException('Unparsable content expression "' . $source . '"');
		}
		$pos = 0;
		$regex = $this->parseChoice($tokens, $pos, $groups, $nodeNames);
		if ($pos !== count($tokens)) {
			throw new \InvalidArgumentException('Unexpected "' . $tokens[$pos] . '" in content expression "' . $source . '"');
		}
		$this->pattern = '/^' . $regex . '$/D';
	}

	public function getSource(): string {
		return $this->source;
	}

	public function admits(string $name): bool {
		return isset($this->allowed[$name]);
	}

	/**
	 * @param list<string> $childTypes
	 */
	public function matches(array $childTypes): bool {
		$subject = '';
		foreach ($childTypes as $type) {
			$subject .= $type . ',';
		}
		return preg_match($this->pattern, $subject) === 1;
	}

	/**
	 * @param list<string> $tokens
	 * @param array<string, list<string>> $groups
	 * @param list<string> $nodeNames
	 */
	private function parseChoice(array $tokens, int &$pos, array $groups, array $nodeNames): string {
		$alternatives = [$this->parseSequence($tokens, $pos, $groups, $nodeNames)];
		while (($tokens[$pos] ?? null) === '|') {
			$pos++;
			$alternatives[] = $this->parseSequence($tokens, $pos, $groups, $nodeNames);
		}
		return count($alternatives) === 1 ? $alternatives[0] : '(?:' . implode('|', $alternatives) . ')';
	}

	/**
	 * @param list<string> $tokens
	 * @param array<string, list<string>> $groups
	 * @param list<string> $nodeNames
	 */
	private function parseSequence(array $tokens, int &$pos, array $groups, array $nodeNames): string {
		$parts = '';
		while (isset($tokens[$pos]) && $tokens[$pos] !== '|' && $tokens[$pos] !== ')') {
			$atom = $this->parseAtom($tokens, $pos, $groups, $nodeNames);
			while (isset($tokens[$pos]) && preg_match('/^[*+?]$|^\{/', $tokens[$pos]) === 1) {
				$atom = '(?:' . $atom . ')' . $tokens[$pos];
				$pos++;
			}
			$parts .= $atom;
		}
		if ($parts === '') {
			throw new \InvalidArgumentException('Empty part in content expression "' . $this->source . '"');
		}
		return $parts;
	}

	/**
	 * @param list<string> $tokens
	 * @param array<string, list<string>> $groups
	 * @param list<string> $nodeNames
	 */
	private function parseAtom(array $tokens, int &$pos, array $groups, array $nodeNames): string {
		$token = $tokens[$pos];
		$pos++;
		if ($token === '(') {
			$inner = $this->parseChoice($tokens, $pos, $groups, $nodeNames);
			if (($tokens[$pos] ?? null) !== ')') {
				throw new \InvalidArgumentException('Missing ")" in content expression "' . $this->source . '"');
			}
			$pos++;
			return '(?:' . $inner . ')';
		}
		if (preg_match('/^\w+$/', $token) !== 1) {
			throw new \InvalidArgumentException('Unexpected "' . $token . '" in content expression "' . $this->source . '"');
		}
		if (in_array($token, $nodeNames, true)) {
			$names = [$token];
		} elseif (isset($groups[$token])) {
			$names = $groups[$token];
		} else {
			throw new \InvalidArgumentException('Unknown node or group "' . $token . '" in content expression "' . $this->source . '"');
		}
		$choices = [];
		foreach ($names as $name) {
			$this->allowed[$name] = true;
			$choices[] = preg_quote($name, '/') . ',';
		}
		return '(?:' . implode('|', $choices) . ')';
	}
}
