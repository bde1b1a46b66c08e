/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Builds the engine bundle for the command line: one ES module for Node 20
 * that bin/policydesk.mjs imports, so running the CLI needs no TypeScript.
 * BUNDLE_OUT_DIR lets the browser benchmark build the same entry elsewhere.
 */
import { defineConfig } from 'vite'

export default defineConfig({
	build: {
		target: 'node20',
		outDir: process.env.BUNDLE_OUT_DIR ?? 'dist',
		// dist/ may hold other builds; replace only our file.
		emptyOutDir: false,
		minify: false,
		reportCompressedSize: false,
		lib: {
			entry: 'src/odf/bundle.ts',
			formats: ['es'],
			fileName: () => 'policydesk-cli.mjs',
		},
		rollupOptions: {
			external: [/^node:/],
		},
	},
})
