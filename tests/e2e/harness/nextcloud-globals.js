/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The page globals a Nextcloud page provides and the @nextcloud libraries
 * read: the web root (@nextcloud/router), app web roots, OC.filePath and
 * OC.config (@nextcloud/vue, @nextcloud/dialogs). Capabilities are initial
 * state in index.html (base64 JSON, @nextcloud/capabilities). User and request token sit on <head>
 * (@nextcloud/auth), language and locale on <html> (@nextcloud/l10n).
 * Only values, no behaviour of a server.
 */
window._oc_webroot = ''
window._oc_appswebroots = { policydesk: '/apps/policydesk', files: '/apps/files' }
window._oc_isadmin = false
window._oc_config = { modRewriteWorking: false, version: '32.0.0.0', versionstring: '32.0.0' }
window.OC = {
	webroot: '',
	coreApps: ['core'],
	appswebroots: window._oc_appswebroots,
	config: window._oc_config,
	isUserAdmin: () => false,
	filePath: (app, type, file) => `/apps/${app}/${type ? type + '/' : ''}${file}`,
	getLocale: () => 'en',
	getLanguage: () => 'en',
}
window.OCA = {}
window.OCP = {}

// In a production build @nextcloud/vite-config replaces these identifiers
// at compile time; Vite's dependency pre-bundling in the dev server does
// not, so @nextcloud/vue reads them as globals here.
window.appName = 'policydesk'
window.appVersion = '0.1.0'
