<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Middleware;

use OCA\PolicyDesk\Exception\InvalidInputException;
use OCP\IL10N;

/**
 * Checks request values against the signature of the controller method they
 * are meant for, before Nextcloud calls it.
 *
 * Nextcloud's Dispatcher (OC\AppFramework\Http\Dispatcher::executeController)
 * passes each request value to the parameter of the same name. It casts only
 * int, bool and float (with settype(), so "abc" becomes 0 and [1] becomes 1);
 * every other value goes through as it came from the JSON body or the query
 * string, and a missing value becomes the default or null. A missing
 * `content` or a string where an array is declared therefore ends as a PHP
 * TypeError, which the server answers with 500. This class refuses such
 * values first, with a message that names the parameter, so the controller
 * signatures can stay exact and the generated OpenAPI keeps required fields
 * required.
 *
 * The docblock refinements the API documents are enforced too: integer
 * ranges (`int<1, 100>`, `positive-int`, `non-negative-int`) and literal
 * string unions (`'mine'|'shared'`). Nextcloud 29+ checks `@psalm-param`
 * integer ranges itself, but by throwing ParameterOutOfRangeException from
 * the Dispatcher, which OCSMiddleware (it handles OCSException only) does
 * not turn into a 400; this class keeps ranges in the plain `@param` line
 * the OpenAPI extractor reads and refuses them first.
 *
 * Pure: reads only the reflection of the method and the values given.
 */
final class ParameterChecker {
	public function __construct(
		private IL10N $l,
	) {
	}

	/**
	 * @param \Closure(string): mixed $valueOf the request value of a parameter, null when missing
	 * @throws InvalidInputException naming the first unusable parameter
	 */
	public function check(\ReflectionMethod $method, \Closure $valueOf): void {
		$docComment = $method->getDocComment();
		$docs = $docComment === false ? '' : $docComment;
		foreach ($method->getParameters() as $parameter) {
			$types = self::builtinTypes($parameter->getType());
			if ($types === null) {
				// Untyped, or a class the server injects: nothing to check.
				continue;
			}
			$name = $parameter->getName();
			/** @var mixed $value any JSON value or a string from the URL */
			$value = $valueOf($name);
			if ($value === null) {
				// Nextcloud's IRequest::getParam() treats an explicit null like a missing value.
				if (!$parameter->isOptional() && !in_array('null', $types, true) && !in_array('mixed', $types, true)) {
					throw new InvalidInputException($this->l->t('%s is required', [$name]));
				}
				continue;
			}
			$this->checkType($name, $value, $types, self::docType($docs, $name));
		}
	}

	/**
	 * @param list<string> $types
	 * @throws InvalidInputException
	 */
	private function checkType(string $name, mixed $value, array $types, ?string $docType): void {
		if (in_array('mixed', $types, true)) {
			return;
		}
		if (in_array('int', $types, true)) {
			$int = self::toInt($value);
			if ($int !== null) {
				$this->checkRange($name, $int, $docType);
				return;
			}
			if (is_string($value) && preg_match('/^-?\d+\z/', $value) === 1) {
				throw new InvalidInputException($this->l->t('%s is out of range', [$name]));
			}
		}
		if (in_array('bool', $types, true) && self::isBool($value)) {
			return;
		}
		if (in_array('float', $types, true) && (is_int($value) || is_float($value) || (is_string($value) && is_numeric($value)))) {
			return;
		}
		if (in_array('string', $types, true) && is_string($value)) {
			$this->checkString($name, $value, $docType);
			return;
		}
		if (in_array('array', $types, true) && is_array($value) && self::arrayShapeFits($value, $docType)) {
			return;
		}
		throw new InvalidInputException($this->describeExpected($name, $types, $docType));
	}

	/**
	 * @throws InvalidInputException
	 */
	private function checkRange(string $name, int $value, ?string $docType): void {
		if ($docType === null) {
			return;
		}
		$docType = preg_replace('/\|null$/', '', $docType) ?? $docType;
		[$min, $max] = match (true) {
			$docType === 'positive-int' => [1, PHP_INT_MAX],
			$docType === 'non-negative-int' => [0, PHP_INT_MAX],
			preg_match('/^int<\s*(-?\d+|min)\s*,\s*(-?\d+|max)\s*>$/', $docType, $m) === 1 => [
				$m[1] === 'min' ? PHP_INT_MIN : (int)$m[1],
				$m[2] === 'max' ? PHP_INT_MAX : (int)$m[2],
			],
			default => [PHP_INT_MIN, PHP_INT_MAX],
		};
		if ($value >= $min && $value <= $max) {
			return;
		}
		if ($max === PHP_INT_MAX) {
			throw new InvalidInputException($this->l->t('%1$s must be at least %2$d', [$name, $min]));
		}
		throw new InvalidInputException($this->l->t('%1$s must be between %2$d and %3$d', [$name, $min, $max]));
	}

	/**
	 * @throws InvalidInputException
	 */
	private function checkString(string $name, string $value, ?string $docType): void {
		// Databases refuse malformed UTF-8 and NUL bytes in text (PostgreSQL
		// with an error, which would be a 500), so they never get that far.
		if (!mb_check_encoding($value, 'UTF-8')) {
			throw new InvalidInputException($this->l->t('%s is not valid UTF-8', [$name]));
		}
		if (str_contains($value, "\0")) {
			throw new InvalidInputException($this->l->t('%s must not contain NUL characters', [$name]));
		}
		$allowed = $docType === null ? null : self::literalStrings($docType);
		if ($allowed !== null && !in_array($value, $allowed, true)) {
			throw new InvalidInputException($this->l->t('%1$s must be one of: %2$s', [$name, implode(', ', $allowed)]));
		}
	}

	/**
	 * @param list<string> $types
	 */
	private function describeExpected(string $name, array $types, ?string $docType): string {
		return match (true) {
			in_array('int', $types, true) => $this->l->t('%s must be an integer', [$name]),
			in_array('bool', $types, true) => $this->l->t('%s must be true or false', [$name]),
			in_array('float', $types, true) => $this->l->t('%s must be a number', [$name]),
			in_array('string', $types, true) => $this->l->t('%s must be a string', [$name]),
			$docType !== null && self::isListType($docType) => $this->l->t('%s must be a list', [$name]),
			default => $this->l->t('%s must be an object', [$name]),
		};
	}

	/**
	 * A JSON object and a JSON array both arrive as a PHP array; the
	 * docblock says which one the parameter takes. `[]` may be either.
	 */
	private static function arrayShapeFits(array $value, ?string $docType): bool {
		if ($value === [] || $docType === null) {
			return true;
		}
		return array_is_list($value) === self::isListType($docType);
	}

	private static function isListType(string $docType): bool {
		return preg_match('/^(list|non-empty-list)</', $docType) === 1;
	}

	/**
	 * What the Dispatcher's settype() would make an int of, accepting only
	 * values that really are integers: JSON integers and digit strings
	 * (query strings and URL parts are always strings).
	 */
	private static function toInt(mixed $value): ?int {
		if (is_int($value)) {
			return $value;
		}
		if (is_string($value) && preg_match('/^-?\d+\z/', $value) === 1) {
			// Leading zeros mean nothing to settype(); filter_var() would
			// refuse them. It refuses what does not fit in a PHP int too.
			$negative = str_starts_with($value, '-');
			$digits = ltrim($negative ? substr($value, 1) : $value, '0');
			$int = filter_var(($negative ? '-' : '') . ($digits === '' ? '0' : $digits), FILTER_VALIDATE_INT);
			return is_int($int) ? $int : null;
		}
		return null;
	}

	/**
	 * The Dispatcher turns the string 'false' into false and casts the rest
	 * with settype(), under which any other non-empty string is true; only
	 * values with an obvious meaning are accepted.
	 */
	private static function isBool(mixed $value): bool {
		return is_bool($value) || in_array($value, ['true', 'false', '1', '0', 1, 0], true);
	}

	/**
	 * @return list<string>|null the builtin types of a parameter, null when it needs no check
	 */
	private static function builtinTypes(?\ReflectionType $type): ?array {
		if ($type === null) {
			return null;
		}
		$named = $type instanceof \ReflectionUnionType ? $type->getTypes() : [$type];
		$names = [];
		foreach ($named as $one) {
			if (!$one instanceof \ReflectionNamedType || !$one->isBuiltin()) {
				return null;
			}
			$names[] = $one->getName();
		}
		if ($type->allowsNull() && !in_array('null', $names, true)) {
			$names[] = 'null';
		}
		return $names;
	}

	/**
	 * The type a `@param` line of the docblock gives $name, if any.
	 */
	private static function docType(string $docs, string $name): ?string {
		if (preg_match('/@param\s+(\S(?:.*?\S)?)\s+\$' . preg_quote($name, '/') . '\b/', $docs, $m) !== 1) {
			return null;
		}
		return $m[1];
	}

	/**
	 * The allowed values of a union of string literals, such as 'mine'|'shared'.
	 *
	 * @return list<string>|null null when the type is not such a union
	 */
	private static function literalStrings(string $docType): ?array {
		$docType = preg_replace('/\|null$/', '', $docType) ?? $docType;
		if (preg_match("/^'[^']*'(\\|'[^']*')*$/", $docType) !== 1) {
			return null;
		}
		return array_map(static fn (string $part): string => trim($part, "'"), explode('|', $docType));
	}
}
