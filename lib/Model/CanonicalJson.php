<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * The canonical JSON of a document, byte for byte what src/model/canonical.ts
 * writes: object keys sorted by code point at every level, no whitespace,
 * strings escaped as JSON.stringify escapes them (only `"`, `\` and
 * U+0000–U+001F; not `/`, not non-ASCII, not U+2028/U+2029), integers only.
 * The SHA-256 of these bytes is the document's hash, so both sides must agree
 * exactly; tests/fixtures/canonical holds the cases that prove it.
 *
 * Decode input with json_decode($json, false) so that `{}` stays an object.
 */
final class CanonicalJson {
	private const FLAGS = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_THROW_ON_ERROR;

	/**
	 * @throws \InvalidArgumentException for floats, resources or strings that are not UTF-8
	 */
	public static function encode(mixed $value): string {
		if ($value === null || is_bool($value) || is_int($value)) {
			return json_encode($value, self::FLAGS);
		}
		if (is_string($value)) {
			try {
				return json_encode($value, self::FLAGS);
			} catch (\JsonException $e) {
				throw new \InvalidArgumentException('Strings must be valid UTF-8', 0, $e);
			}
		}
		if (is_float($value)) {
			// JSON.stringify and json_encode disagree on many floats
			// (1.0 vs 1, exponents), and the schema has no fractional field.
			throw new \InvalidArgumentException('Canonical JSON holds integers only');
		}
		if (is_array($value) && array_is_list($value)) {
			return '[' . implode(',', array_map([self::class, 'encode'], $value)) . ']';
		}
		if ($value instanceof \stdClass || is_array($value)) {
			// PHP turns keys such as "10" into integers, so compare as strings.
			// UTF-8 byte order is code point order: strcmp sorts by code point.
			$fields = (array)$value;
			uksort($fields, static fn (int|string $a, int|string $b): int => strcmp((string)$a, (string)$b));
			$parts = [];
			foreach ($fields as $key => $item) {
				$parts[] = self::encode((string)$key) . ':' . self::encode($item);
			}
			return '{' . implode(',', $parts) . '}';
		}
		throw new \InvalidArgumentException('Cannot write ' . get_debug_type($value) . ' as JSON');
	}

	/**
	 * Lowercase hex SHA-256 of the canonical JSON.
	 *
	 * @psalm-api
	 * @throws \InvalidArgumentException see encode()
	 */
	public static function hash(mixed $value): string {
		return hash('sha256', self::encode($value));
	}
}
