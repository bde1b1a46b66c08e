<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\Exception\InvalidContentException;

/**
 * Removes the characters XML 1.0 does not allow (XML 1.0 §2.2, production
 * [2] Char) from every string of a decoded JSON value, so that whatever is
 * stored can later be written into ODF's XML parts unchanged. Allowed are
 * #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 */
final class Sanitizer {
	private const FORBIDDEN = '/[^\x{9}\x{A}\x{D}\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]+/u';

	/**
	 * @throws InvalidContentException when a string is not valid UTF-8
	 */
	public function sanitizeString(string $value, string $path = ''): string {
		$clean = preg_replace(self::FORBIDDEN, '', $value);
		if ($clean === null) {
			// preg_* with /u fails only on malformed UTF-8.
			throw new InvalidContentException($path, 'is not valid UTF-8');
		}
		return $clean;
	}

	/**
	 * Returns a copy of $value with every string (object keys included)
	 * cleaned. Objects stay objects and arrays stay arrays.
	 *
	 * @throws InvalidContentException naming the path of a string that is not valid UTF-8
	 */
	public function sanitize(mixed $value, string $path = ''): mixed {
		if (is_string($value)) {
			return $this->sanitizeString($value, $path);
		}
		if ($value instanceof \stdClass) {
			$result = new \stdClass();
			// Numeric property names come back as integer keys.
			/** @var array-key $key */
			foreach (get_object_vars($value) as $key => $item) {
				$childPath = $path === '' ? (string)$key : $path . '.' . $key;
				$result->{$this->sanitizeString((string)$key, $childPath)} = $this->sanitize($item, $childPath);
			}
			return $result;
		}
		if (is_array($value)) {
			$isList = array_is_list($value);
			$result = [];
			foreach ($value as $key => $item) {
				$childPath = $isList ? $path . '[' . $key . ']' : ($path === '' ? (string)$key : $path . '.' . $key);
				$cleanKey = is_string($key) ? $this->sanitizeString($key, $childPath) : $key;
				$result[$cleanKey] = $this->sanitize($item, $childPath);
			}
			return $result;
		}
		return $value;
	}
}
