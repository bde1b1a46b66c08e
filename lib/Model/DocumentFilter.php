<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * What the document list asks for: whose documents, which type/state, a
 * title search and one page of results.
 */
final class DocumentFilter {
	public const SCOPE_MINE = 'mine';
	public const SCOPE_SHARED = 'shared';
	/** Documents whose current review round names the user (directly or through a group). */
	public const SCOPE_REVIEW = 'review';
	public const SCOPES = [self::SCOPE_MINE, self::SCOPE_SHARED, self::SCOPE_REVIEW];
	public const MAX_LIMIT = 100;

	/**
	 * @param string $scope self::SCOPE_*; checked by the service, which answers 400 for others
	 */
	public function __construct(
		public readonly string $scope = self::SCOPE_MINE,
		public readonly ?string $type = null,
		public readonly ?string $state = null,
		public readonly ?string $search = null,
		public readonly int $limit = 25,
		public readonly int $offset = 0,
	) {
	}
}
