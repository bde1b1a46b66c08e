<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\ContentSecurityPolicy;
use OCP\AppFramework\Http\TemplateResponse;
use OCP\Util;

/**
 * Serves the single page; everything else happens in the Vue app, which
 * talks to the OCS API.
 */
class PageController extends Controller {
	/**
	 * The app's page. Client-side routes (/apps/policydesk/documents/42, …)
	 * all land here so that reloading any view works.
	 */
	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[OpenAPI(scope: OpenAPI::SCOPE_IGNORE)]
	#[FrontpageRoute(verb: 'GET', url: '/')]
	public function index(): TemplateResponse {
		// js/policydesk-main.mjs and css/policydesk-main.css, built by Vite
		// (the CSS entry always exists: createEmptyCSSEntryPoints).
		Util::addScript(Application::APP_ID, Application::APP_ID . '-main');
		Util::addStyle(Application::APP_ID, Application::APP_ID . '-main');
		$response = new TemplateResponse(Application::APP_ID, 'main');
		// The default policy: the bundle is served by the server itself and
		// makes no third-party requests, so nothing needs to be allowed.
		$response->setContentSecurityPolicy(new ContentSecurityPolicy());
		return $response;
	}

	/**
	 * Deep links into the app (e.g. a document) render the same page.
	 */
	#[NoAdminRequired]
	#[NoCSRFRequired]
	#[OpenAPI(scope: OpenAPI::SCOPE_IGNORE)]
	#[FrontpageRoute(verb: 'GET', url: '/documents/{id}', requirements: ['id' => '\d+'])]
	public function document(): TemplateResponse {
		return $this->index();
	}
}
