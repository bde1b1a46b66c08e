/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A small static web server for the end-to-end tests: serves the
 * production build (tests/e2e/build.config.mjs) where Nextcloud serves an
 * app's files, and the harness page where Nextcloud renders the app's page.
 *
 * - /apps/policydesk/…  files of the build (js/, css/). The bundle loads its
 *   chunks from window.OC.filePath('policydesk', '', 'js/…'), which the
 *   harness globals answer with this prefix.
 * - /index.php/apps/policydesk/… (the app's addresses, which the front end
 *   writes with history.pushState and reads on start) and
 *   /tests/e2e/harness/index.html: the harness page, loading the build as
 *   PageController does (js/policydesk-main.mjs, css/policydesk-main.css).
 * - /tests/e2e/harness/…  the harness's other files (page globals, theme).
 * Everything else is 404. OCS and WebDAV requests never get here: the
 * tests answer them in the browser with page.route().
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES = {
	'.mjs': 'text/javascript; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.jpg': 'image/jpeg',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
}

const APP_PREFIX = '/apps/policydesk/'
const HARNESS_PREFIX = '/tests/e2e/harness/'
const DEV_ENTRY = '<script type="module" src="/src/main.ts"></script>'

/**
 * The harness page with the development entry (/src/main.ts) replaced by
 * the built one. Fails when the page no longer has the expected entry, so
 * a changed harness cannot silently load no app at all.
 *
 * @param {string} harnessDir tests/e2e/harness
 * @return {string} the page's HTML
 */
function harnessPage(harnessDir) {
	const html = readFileSync(join(harnessDir, 'index.html'), 'utf8')
	if (!html.includes(DEV_ENTRY) || !html.includes('</head>')) {
		throw new Error(`tests/e2e/harness/index.html has no ${DEV_ENTRY} to replace with the build`)
	}
	return html
		.replace('</head>', `\t<link rel="stylesheet" href="${APP_PREFIX}css/policydesk-main.css">\n\t</head>`)
		.replace(DEV_ENTRY, `<script type="module" src="${APP_PREFIX}js/policydesk-main.mjs"></script>`)
}

/**
 * The file a request names inside a served directory.
 *
 * @param {string} dir the served directory (absolute)
 * @param {string} relative the path below it, from the request
 * @return {string|null} the file, or null if the path leaves `dir` or names no file
 */
function fileIn(dir, relative) {
	const file = normalize(join(dir, relative))
	if (!file.startsWith(dir + sep)) {
		return null
	}
	return existsSync(file) && statSync(file).isFile() ? file : null
}

/**
 * Start the server on 127.0.0.1 (a free port).
 *
 * @param {object} options where the files are
 * @param {string} options.buildDir the production build (js/, css/)
 * @param {string} options.harnessDir tests/e2e/harness
 * @return {Promise<{ baseUrl: string, close: () => Promise<void> }>}
 */
export async function startHarnessServer({ buildDir, harnessDir }) {
	for (const built of ['js/policydesk-main.mjs', 'css/policydesk-main.css']) {
		if (fileIn(buildDir, built) === null) {
			throw new Error(`the build has no ${built} (in ${buildDir})`)
		}
	}
	const page = harnessPage(harnessDir)
	const server = createServer((request, response) => {
		let path
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
		} catch {
			response.writeHead(400).end()
			return
		}
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD' }).end()
			return
		}
		if (/^\/index\.php\/apps\/policydesk(\/|$)/.test(path) || path === `${HARNESS_PREFIX}index.html`) {
			response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' })
			response.end(request.method === 'HEAD' ? undefined : page)
			return
		}
		let file = null
		if (path.startsWith(APP_PREFIX)) {
			file = fileIn(buildDir, path.slice(APP_PREFIX.length))
		} else if (path.startsWith(HARNESS_PREFIX)) {
			file = fileIn(harnessDir, path.slice(HARNESS_PREFIX.length))
		}
		if (file === null) {
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
			return
		}
		response.writeHead(200, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size,
			'Cache-Control': 'no-store',
		})
		if (request.method === 'HEAD') {
			response.end()
			return
		}
		createReadStream(file).pipe(response)
	})
	await new Promise((resolve, reject) => {
		server.once('error', reject)
		server.listen(0, '127.0.0.1', resolve)
	})
	const { port } = server.address()
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => {
			server.closeAllConnections()
			server.close(() => resolve())
		}),
	}
}
