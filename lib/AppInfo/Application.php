<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\AppInfo;

use OCA\PolicyDesk\Middleware\RequestParameterMiddleware;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Notification\Notifier;
use OCA\PolicyDesk\Service\ContentChangeHandler;
use OCA\PolicyDesk\Service\ReviewService;
use OCP\AppFramework\App;
use OCP\AppFramework\Bootstrap\IBootContext;
use OCP\AppFramework\Bootstrap\IBootstrap;
use OCP\AppFramework\Bootstrap\IRegistrationContext;

class Application extends App implements IBootstrap {
	public const APP_ID = 'policydesk';

	public function __construct() {
		parent::__construct(self::APP_ID);
	}

	public function register(IRegistrationContext $context): void {
		// Routes are attributes on the controllers and everything else is
		// autowired; the schema is data loaded from its JSON file.
		$context->registerService(DocumentSchema::class, static fn (): DocumentSchema => DocumentSchema::load());
		// Refuses request values the controller signatures cannot take
		// (missing, wrong JSON type, out of range) with 400 instead of a
		// TypeError and a 500.
		$context->registerMiddleware(RequestParameterMiddleware::class);
		// Review workflow (issue 4): a save after submission records the
		// review's "new version" step inside the save's own transaction.
		$context->registerServiceAlias(ContentChangeHandler::class, ReviewService::class);
		$context->registerNotifierService(Notifier::class);
	}

	public function boot(IBootContext $context): void {
	}
}
