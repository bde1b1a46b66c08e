/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * End-to-end tests: `npm run test:e2e`.
 *
 * Builds the real front end (src/main.ts) for production with the app's
 * Vite config (build.config.mjs), serves the build on the harness page
 * tests/e2e/harness/index.html (lib/harnessServer.mjs), drives Debian's
 * Chromium through playwright-core, and answers the app's HTTP requests
 * with the in-test API double (lib/apiDouble.mjs), whose every response is
 * validated against openapi.json. Prints one line per test and a closing
 * "N passed, N failed"; exits non-zero when anything failed.
 *
 * Options: POLICYDESK_E2E_ONLY=<substring> runs matching tests only;
 * CHROMIUM=/path overrides /usr/bin/chromium;
 * POLICYDESK_E2E_SKIP_BUILD=1 reuses tests/e2e/.build from an earlier run
 * (faster when only tests changed; stale when src/ changed).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build, runnerImport } from 'vite'
import { buildDir } from './build.config.mjs'
import { ApiDouble } from './lib/apiDouble.mjs'
import { davAnswer } from './lib/davDouble.mjs'
import { startHarnessServer } from './lib/harnessServer.mjs'
import { OpenApiValidator } from './lib/openapiValidator.mjs'
import { tests as accessibilityTests } from './accessibility.e2e.mjs'
import { tests as draftingTests } from './drafting.e2e.mjs'
import { tests as exportTests } from './export.e2e.mjs'
import { tests as navigationTests } from './navigation.e2e.mjs'
import { tests as reviewTests } from './review.e2e.mjs'

const tests = [...draftingTests, ...navigationTests, ...exportTests, ...reviewTests, ...accessibilityTests]

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const artifacts = join(root, 'tests/e2e/artifacts')
mkdirSync(artifacts, { recursive: true })
process.chdir(root)

const results = []
let server
let browser

function log(line) {
	process.stdout.write(line + '\n')
}

/**
 * The production build, made before the browser starts: every module the
 * app can load (lazily imported ones included) exists before the first
 * page opens, so nothing is bundled while a test runs.
 */
async function buildApp() {
	if (process.env.POLICYDESK_E2E_SKIP_BUILD === '1' && existsSync(join(buildDir, 'js/policydesk-main.mjs'))) {
		log('  (reusing the build in tests/e2e/.build)')
		return
	}
	const begun = Date.now()
	await build({ configFile: join(root, 'tests/e2e/build.config.mjs'), root, logLevel: 'warn', clearScreen: false })
	log(`  (front end built for production in ${((Date.now() - begun) / 1000).toFixed(1)} s)`)
}

/**
 * The model code the front end uses, for the API double: TypeScript loaded
 * through Vite's module runner (no dev server, no dependency optimizer;
 * these modules import only each other and the schema JSON).
 */
async function loadModel() {
	const options = { configFile: false, root, logLevel: 'error' }
	const { module: canonical } = await runnerImport(join(root, 'src/model/canonical.ts'), options)
	const { module: validate } = await runnerImport(join(root, 'src/model/validate.ts'), options)
	const schema = JSON.parse(readFileSync(join(root, 'lib/Model/document-schema.json'), 'utf8'))
	return { documentHash: canonical.documentHash, validateDocument: validate.validateDocument, maxBodyBytes: schema.limits.maxBodyBytes }
}

async function preparePage(context, baseUrl, api, validator, problems) {
	const page = await context.newPage()
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
	page.on('console', (message) => {
		if (message.type() === 'error') {
			log(`    console.error: ${message.text().slice(0, 300)}`)
		}
	})
	await page.route(/\/(ocs\/v2\.php|remote\.php)\//, async (route) => {
		const request = route.request()
		const url = new URL(request.url())
		const method = request.method()
		if (url.pathname.startsWith('/remote.php/')) {
			const dav = davAnswer(method, decodeURIComponent(url.pathname))
			if (dav === null) {
				problems.push(`unexpected WebDAV request ${method} ${url.pathname}`)
				return route.fulfill({ status: 501, body: '' })
			}
			return route.fulfill({ status: dav.status, contentType: 'application/xml; charset=utf-8', body: dav.body })
		}
		if (api.offline) {
			// The test took the network away: the request never reaches a server.
			return route.abort('internetdisconnected')
		}
		let body = null
		const text = request.postData()
		if (text) {
			try {
				body = JSON.parse(text)
			} catch {
				body = text
			}
		}
		const path = url.pathname.slice('/ocs/v2.php'.length)
		const result = await api.handle(method, path, url.searchParams, body)
		const ok = result.status < 300
		const envelope = {
			ocs: {
				meta: { status: ok ? 'ok' : 'failure', statuscode: result.status, message: ok ? 'OK' : (result.data?.message ?? '') },
				data: result.data,
			},
		}
		if (path.startsWith('/apps/policydesk/')) {
			for (const violation of validator.check(method, url.pathname, result.status, envelope)) {
				problems.push(`openapi.json mismatch: ${violation}`)
			}
		}
		return route.fulfill({ status: result.status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(envelope) })
	})
	return page
}

async function main() {
	const only = process.env.POLICYDESK_E2E_ONLY ?? ''
	const specPath = join(root, 'openapi.json')
	await buildApp()
	const started = await startHarnessServer({ buildDir, harnessDir: join(root, 'tests/e2e/harness') })
	server = started
	const model = await loadModel()
	const validator = existsSync(specPath) ? new OpenApiValidator(specPath) : null
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
	})

	for (const test of tests.filter((candidate) => candidate.title.includes(only))) {
		const problems = []
		if (validator === null) {
			problems.push('openapi.json not found: responses cannot be validated')
		}
		const api = new ApiDouble(model)
		const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
		const page = await preparePage(context, started.baseUrl, api, validator ?? { check: () => [] }, problems)
		const begun = Date.now()
		let shotCount = 0
		const shot = async (name) => {
			shotCount++
			const file = join(artifacts, `${test.slug}-${String(shotCount).padStart(2, '0')}-${name}.png`)
			await page.screenshot({ path: file })
			return file
		}
		try {
			await page.goto(`${started.baseUrl}/tests/e2e/harness/index.html`)
			await test.run({ page, api, shot })
		} catch (error) {
			problems.push(error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n      ') : String(error))
			await shot('failure').catch(() => {})
		}
		await context.close()
		const seconds = ((Date.now() - begun) / 1000).toFixed(1)
		results.push({ title: test.title, problems })
		if (problems.length === 0) {
			log(`  ✓ ${test.title} (${seconds} s)`)
		} else {
			log(`  ✗ ${test.title} (${seconds} s)`)
			for (const problem of problems) {
				log(`      ${problem}`)
			}
		}
	}
}

let crashed = false
try {
	await main()
} catch (error) {
	crashed = true
	log(`e2e run could not complete: ${error instanceof Error ? error.stack : String(error)}`)
} finally {
	await browser?.close().catch(() => {})
	await server?.close().catch(() => {})
}
const passed = results.filter((result) => result.problems.length === 0).length
const failed = results.length - passed
log(`${passed} passed, ${failed} failed`)
// Exit explicitly: a library handle left open (esbuild's service)
// must not keep CI waiting after the summary line.
// eslint-disable-next-line n/no-process-exit
process.exit(failed > 0 || crashed || results.length === 0 ? 1 : 0)
