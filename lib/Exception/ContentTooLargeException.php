<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * The document's JSON is over limits.maxBodyBytes of the schema.
 */
class ContentTooLargeException extends PolicyDeskException {
	public function __construct(
		private int $limit,
		private int $actual,
	) {
		parent::__construct(sprintf('The document is %d bytes; the limit is %d bytes.', $actual, $limit));
	}

	public function getLimit(): int {
		return $this->limit;
	}

	public function getActual(): int {
		return $this->actual;
	}
}
