<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * A document that passed sanitising and validation, with the canonical JSON
 * that is stored and the hash of exactly those bytes.
 */
final class PreparedContent {
	/**
	 * @param list<int> $fileIds attachment file ids, in order
	 */
	public function __construct(
		public readonly string $json,
		public readonly string $hash,
		public readonly string $title,
		public readonly string $type,
		public readonly string $language,
		public readonly array $fileIds,
	) {
	}

	public function getSize(): int {
		return strlen($this->json);
	}
}
