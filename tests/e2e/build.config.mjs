/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The production build of the front end for the end-to-end tests: the app's
 * own vite.config.ts (same entry, plugins, minification and code splitting
 * as `npm run build`), written to tests/e2e/.build instead of js/ and css/.
 * run.mjs builds it before every run; by hand:
 * `npx vite build --config tests/e2e/build.config.mjs`.
 *
 * Why a build and not the dev server: on a cold cache Vite's dev server
 * discovers dependencies while pages load (e.g. the file picker that
 * Nextcloud's dialogs library imports lazily), pre-bundles them again and answers
 * the page that is already open with "504 Outdated Optimize Dep". A build
 * is made once, before the browser starts, and the same for every run.
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, loadConfigFromFile } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the build goes; run.mjs serves it at /apps/policydesk/. */
export const buildDir = join(root, 'tests/e2e/.build')

export default defineConfig(async (env) => {
	const loaded = await loadConfigFromFile(env, join(root, 'vite.config.ts'), root, 'warn')
	if (loaded === null) {
		throw new Error('vite.config.ts could not be loaded')
	}
	const { config } = loaded
	const plugins = (await Promise.all((config.plugins ?? []).flat(Infinity))).flat(Infinity)
	return {
		...config,
		root,
		// @nextcloud/vite-config's "nextcloud-empty-js" plugin deletes js/
		// relative to the working directory, i.e. the app's real build in
		// the repository root; this build empties only its own directory.
		plugins: plugins.filter((plugin) => plugin && plugin.name !== 'nextcloud-empty-js'),
		build: {
			...config.build,
			outDir: buildDir,
			emptyOutDir: true,
			reportCompressedSize: false,
		},
	}
})
