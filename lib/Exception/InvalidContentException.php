<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * A document (or part of one) does not match lib/Model/document-schema.json.
 * The path names the offending field, e.g. `body.content[3].attrs.level`,
 * so the user (or the client developer) sees exactly what to fix.
 */
class InvalidContentException extends PolicyDeskException {
	public function __construct(
		private string $path,
		string $reason,
	) {
		parent::__construct($path === '' ? $reason : $path . ': ' . $reason);
	}

	/**
	 * @psalm-api
	 */
	public function getPath(): string {
		return $this->path;
	}
}
