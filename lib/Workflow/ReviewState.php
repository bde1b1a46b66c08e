<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The review states of a document. These names are stored in the database and
 * sent over the wire; lib/ResponseDefinitions.php declares the same set as
 * PolicyDeskState for openapi.json, and a unit test keeps the two in step.
 */
final class ReviewState {
	public const DRAFT = 'draft';
	public const IN_REVIEW = 'in_review';
	public const CHANGES_REQUESTED = 'changes_requested';
	public const APPROVED = 'approved';
	public const WITHDRAWN = 'withdrawn';

	public const ALL = [
		self::DRAFT,
		self::IN_REVIEW,
		self::CHANGES_REQUESTED,
		self::APPROVED,
		self::WITHDRAWN,
	];

	public static function isValid(string $state): bool {
		return in_array($state, self::ALL, true);
	}
}
