/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Builds the engine for the command line, so running the CLI needs no
 * TypeScript:
 *   - policydesk-cli.mjs, one ES module for Node 20 (src/odf/bundle.ts), which
 *     the benchmarks load, in Node and in the browser;
 *   - policydesk-cli.cjs, the same engine as a plain script without fflate
 *     (src/odf/bundle-node.ts), which bin/policydesk.mjs runs: a script's
 *     compiled code can be kept in a V8 code cache, a module's cannot in
 *     Node 20;
 *   - policydesk-cli.cache, that code cache, written by the CLI itself on a
 *     sample document right after the build (only for dist/, which is where
 *     the CLI looks). The CLI checks it and rewrites it when it does not fit.
 * BUNDLE_OUT_DIR lets the browser benchmark build the same entry elsewhere.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, defineConfig, type Plugin, type UserConfig } from 'vite'

const outDir = process.env.BUNDLE_OUT_DIR ?? 'dist'

function engineBuild(entry: string, format: 'es' | 'cjs', fileName: string): UserConfig {
	return {
		build: {
			target: 'node20',
			outDir,
			// dist/ may hold other builds; replace only our files.
			emptyOutDir: false,
			minify: false,
			reportCompressedSize: false,
			lib: { entry, formats: [format], fileName: () => fileName },
			rollupOptions: { external: [/^node:/] },
		},
	}
}

/** A little of everything the Markdown reader and the writer handle, so their code is in the cache. */
const SAMPLE = `# Sample policy

## Purpose & scope

The **council** adopts this *policy* with [a link](https://example.org/a?b=1) and a note.[^1]
Text with  two spaces, \`code\`, ~~struck~~ and Västerås, zażółć, 😀.

> Quoted text
> > nested once more

1. First item
   - nested bullet
2. Second item

| Column | Other |
|--------|-------|
| cell   | **bold** |

Term
: Definition of the term.

### Heading three

[^1]: The footnote text.
`

/** After the build: the script for the CLI, then its code cache. */
function cliScript(): Plugin {
	return {
		name: 'policydesk-cli-script',
		apply: 'build',
		async closeBundle() {
			await build({ configFile: false, logLevel: 'warn', ...engineBuild('src/odf/bundle-node.ts', 'cjs', 'policydesk-cli.cjs') })
			// bin/policydesk.mjs runs the script without a require() (loading
			// node:module for one took time and nothing used it).
			if (/\brequire\s*\(/.test(readFileSync(join(outDir, 'policydesk-cli.cjs'), 'utf8'))) {
				this.error('dist/policydesk-cli.cjs calls require(), which bin/policydesk.mjs does not give it')
			}
			if (resolve(outDir) !== resolve('dist')) return
			rmSync(join(outDir, 'policydesk-cli.cache'), { force: true })
			const dir = mkdtempSync(join(tmpdir(), 'policydesk-build-'))
			try {
				writeFileSync(join(dir, 'sample.md'), SAMPLE)
				const run = spawnSync(process.execPath, ['bin/policydesk.mjs', 'export', join(dir, 'sample.md'), '-o', join(dir, 'sample.odt')], { encoding: 'utf8' })
				if (run.status !== 0) this.warn(`the code cache was not made (the CLI will make it on its first run): ${run.stderr.trim()}`)
			} finally {
				rmSync(dir, { recursive: true, force: true })
			}
		},
	}
}

export default defineConfig({
	...engineBuild('src/odf/bundle.ts', 'es', 'policydesk-cli.mjs'),
	plugins: [cliScript()],
})
