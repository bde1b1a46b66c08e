<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

use OCA\PolicyDesk\Model\DocumentView;

/**
 * A save was based on a revision that is no longer current. It carries the
 * current document so the user can compare both texts and choose; nothing
 * typed is thrown away.
 */
class ConflictException extends PolicyDeskException {
	public function __construct(
		private DocumentView $current,
		string $message,
	) {
		parent::__construct($message);
	}

	public function getCurrent(): DocumentView {
		return $this->current;
	}
}
