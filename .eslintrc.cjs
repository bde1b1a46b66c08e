/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @nextcloud/eslint-config 8 (eslint 8): version 9 needs Node >= 22.14
 * (node:module findPackageJSON), and the supported runtime here is Node 20.
 */
module.exports = {
	root: true,
	extends: ['@nextcloud/eslint-config/vue3'],
	overrides: [
		{
			// Recursive node types refer to each other; only values must come first.
			files: ['**/*.ts', '**/*.vue'],
			rules: {
				'no-use-before-define': 'off',
				'@typescript-eslint/no-use-before-define': ['error', { functions: false, ignoreTypeReferences: true }],
				// The core rule calls a constructor with TypeScript parameter
				// properties (`constructor(private readonly x: T) {}`) useless,
				// though it declares and assigns x; the TypeScript rule knows better.
				'no-useless-constructor': 'off',
				'@typescript-eslint/no-useless-constructor': 'error',
			},
		},
	],
	ignorePatterns: ['/js/', '/css/', '/dist/', '/vendor/', '/bench/out/', '/tests/e2e/artifacts/', '/src/types/openapi/', 'node_modules/'],
}
