<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

require_once './vendor/autoload.php';

use Nextcloud\CodingStandard\Config;

$config = new Config();
$config
	->getFinder()
	->ignoreVCSIgnored(true)
	->notPath('build')
	->notPath('node_modules')
	->notPath('vendor')
	->in(__DIR__ . '/appinfo')
	->in(__DIR__ . '/lib')
	->in(__DIR__ . '/templates')
	->in(__DIR__ . '/tests');
return $config;
