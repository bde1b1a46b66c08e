/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Runs report.ts with Vite's module runner (TypeScript without a build):
 *   node tests/js/model/reference/report.mjs
 * from the repository root; see report.ts for the environment variables.
 */
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

await runnerImport(fileURLToPath(new URL('./report.ts', import.meta.url)), {
	configFile: false,
	logLevel: 'error',
})
