/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
/// <reference types="vitest/config" />
import { createAppConfig } from '@nextcloud/vite-config'
import { join, resolve } from 'node:path'

export default createAppConfig(
	{
		main: resolve(join('src', 'main.ts')),
	},
	{
		createEmptyCSSEntryPoints: true,
		// Tests run in Node and read fixtures with node:fs; the browser polyfills would replace it.
		...(process.env.VITEST ? { nodePolyfills: false } : {}),
		extractLicenseInformation: false,
		config: {
			test: {
				include: ['tests/js/**/*.test.ts'],
				environment: 'node',
				// @nextcloud/vue imports its CSS from JavaScript; Vite must transform it for component tests.
				server: { deps: { inline: [/@nextcloud\/vue/] } },
			},
		},
	},
)
