<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Activity;

use OCP\Activity\ActivitySettings;
use OCP\IL10N;

/**
 * The line in personal Activity settings that turns review events on or off
 * in the stream and in e-mail.
 */
class Setting extends ActivitySettings {
	public function __construct(
		private IL10N $l10n,
	) {
	}

	#[\Override]
	public function getIdentifier(): string {
		return Provider::TYPE;
	}

	#[\Override]
	public function getName(): string {
		return $this->l10n->t('A <strong>policy document</strong> you write or review is submitted, approved, changed or withdrawn');
	}

	#[\Override]
	public function getGroupIdentifier(): string {
		return 'other';
	}

	#[\Override]
	public function getGroupName(): string {
		return $this->l10n->t('Other activities');
	}

	#[\Override]
	public function getPriority(): int {
		return 60;
	}

	#[\Override]
	public function isDefaultEnabledMail(): bool {
		return false;
	}
}
