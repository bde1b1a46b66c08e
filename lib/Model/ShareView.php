<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\ResponseDefinitions;

/**
 * @psalm-import-type PolicyDeskShare from ResponseDefinitions
 * @psalm-import-type PolicyDeskShareType from ResponseDefinitions
 */
final class ShareView {
	/**
	 * @param PolicyDeskShareType $type
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $type,
		public readonly string $shareWith,
		public readonly string $displayName,
	) {
	}

	/**
	 * @return PolicyDeskShare
	 */
	public function toArray(): array {
		return [
			'id' => $this->id,
			'type' => $this->type,
			'shareWith' => $this->shareWith,
			'displayName' => $this->displayName,
			'role' => 'coauthor',
		];
	}
}
