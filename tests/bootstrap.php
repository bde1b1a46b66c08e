<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/*
 * PHPUnit needs the OCP interfaces to exist so it can mock them; no Nextcloud
 * server is loaded. nextcloud/ocp is not on the package registry the project
 * installs from, so by default the interfaces come from christophwurst/nextcloud
 * (OCP 18, a dev dependency without an autoloader of its own). Set
 * NEXTCLOUD_OCP_DIR to a real OCP tree (e.g. /opt/ocp/stable34, which holds
 * OCP/ and NCU/) to test against that release instead; it is searched first.
 */

require_once __DIR__ . '/../vendor/autoload.php';

$ocpRoots = [];
$requested = getenv('NEXTCLOUD_OCP_DIR');
if (is_string($requested) && $requested !== '') {
	if (!is_dir($requested . '/OCP')) {
		fwrite(STDERR, "NEXTCLOUD_OCP_DIR=$requested has no OCP/ directory\n");
		exit(1);
	}
	$ocpRoots[] = rtrim($requested, '/');
}
$ocpRoots[] = dirname(__DIR__) . '/vendor/christophwurst/nextcloud';

// Prepended so that it wins over any OCP classes other packages might carry.
spl_autoload_register(static function (string $class) use ($ocpRoots): void {
	if (!str_starts_with($class, 'OCP\\') && !str_starts_with($class, 'NCU\\')) {
		return;
	}
	$relative = str_replace('\\', '/', $class) . '.php';
	foreach ($ocpRoots as $root) {
		if (is_file($root . '/' . $relative)) {
			require_once $root . '/' . $relative;
			return;
		}
	}
}, true, true);

// OCP\Files\IRootFolder extends this server interface, which no OCP tree
// contains; the same declaration serves Psalm (psalm.xml <stubs>).
if (!interface_exists(\OC\Hooks\Emitter::class, false)) {
	require_once __DIR__ . '/php/stubs/oc_hooks_emitter.phpstub';
}
