/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The benchmark page (index.html + main.ts) built for production with
 * Vite, a generated document beside it, a static server for both, and
 * Chromium as the team brief prescribes. Used by run.mjs and keyboard.mjs.
 */
import { createServer } from 'node:http'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import { chromium } from 'playwright-core'
import { generateDocument } from './generate.mjs'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * Build the page into `outDir` and write `document.json` of about `words` words.
 *
 * @param {{ outDir: string, words: number, minify?: boolean }} options where, how long, minified or not (for profiles)
 */
export async function buildPage({ outDir, words, minify = true }) {
	await build({
		root: here,
		base: './',
		logLevel: 'warn',
		mode: 'production',
		plugins: [vue()],
		build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify, chunkSizeWarningLimit: 4096 },
	})
	const { body, stats } = generateDocument({ words })
	const json = JSON.stringify(body)
	await writeFile(join(outDir, 'document.json'), json)
	let assetsGzip = 0
	for (const file of await readdir(join(outDir, 'assets'))) {
		if (file.endsWith('.js') || file.endsWith('.css')) {
			assetsGzip += gzipSync(await readFile(join(outDir, 'assets', file))).length
		}
	}
	return { stats, jsonBytes: json.length, assetsGzip }
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

/**
 * Serve `outDir` gzip-compressed, as a web server would send it. Files are
 * compressed once, so server CPU does not count as page load time.
 *
 * @param {string} outDir the built page
 * @return {Promise<{ url: string, close: () => void }>}
 */
export async function serve(outDir) {
	const cache = new Map()
	const server = createServer(async (request, response) => {
		const path = new URL(request.url, 'http://localhost').pathname
		const file = join(outDir, path === '/' ? 'index.html' : path)
		try {
			if (!file.startsWith(outDir) || !(await stat(file)).isFile()) {
				throw new Error('not found')
			}
			if (!cache.has(file)) {
				cache.set(file, gzipSync(await readFile(file), { level: 6 }))
			}
			response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' })
			response.end(cache.get(file))
		} catch {
			response.writeHead(404).end()
		}
	})
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
	return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }
}

/** Chromium with the flags from the team brief. */
export function launchChromium() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
	})
}
