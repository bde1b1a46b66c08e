<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Activity;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\Activity\IFilter;
use OCP\IL10N;
use OCP\IURLGenerator;

/**
 * "Policy Desk" entry in the Activity app's sidebar: review events only.
 */
class Filter implements IFilter {
	public function __construct(
		private IL10N $l10n,
		private IURLGenerator $urlGenerator,
	) {
	}

	#[\Override]
	public function getIdentifier(): string {
		return Application::APP_ID;
	}

	#[\Override]
	public function getName(): string {
		return $this->l10n->t('Policy Desk');
	}

	#[\Override]
	public function getPriority(): int {
		return 60;
	}

	#[\Override]
	public function getIcon(): string {
		return $this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg'));
	}

	/**
	 * @param string[] $types
	 * @return string[]
	 */
	#[\Override]
	public function filterTypes(array $types): array {
		return array_values(array_intersect($types, [Provider::TYPE]));
	}

	/**
	 * @return string[]
	 */
	#[\Override]
	public function allowedApps(): array {
		return [Application::APP_ID];
	}
}
