/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Accessibility checks for the end-to-end specs: axe-core (Deque's rule
 * engine) run inside the page against WCAG 2.0 and 2.1, levels A and AA,
 * the level public-sector bodies in the EU must meet (EN 301 549 refers to
 * WCAG 2.1 AA). The script comes from node_modules, never the network.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's tags for the WCAG 2.0 and 2.1 success criteria of levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Impacts that fail a test; "moderate" and "minor" are printed as information. */
const FAILING_IMPACTS = new Set(['serious', 'critical'])

/**
 * What the harness page has only because it stands in for Nextcloud's page
 * (tests/e2e/harness/index.html); inside Nextcloud, core's layout provides
 * these, not Policy Desk, so axe does not judge them here:
 * - #initial-state-core-capabilities: the hidden initial-state input that
 *   core's template writes for @nextcloud/capabilities.
 * Everything else on the page, including what @nextcloud/vue teleports to
 * <body> (dialogs, popovers, the skip links in #skip-actions), is checked.
 */
const HARNESS_ONLY = ['#initial-state-core-capabilities']

/**
 * Violations to exclude, each one exact rule and selector coming from a
 * third-party component we cannot change from our side. Each entry names
 * the component and the reason.
 *
 * @type {{rule: string, selector: RegExp, why: string}[]}
 */
const KNOWN_THIRD_PARTY = []

/**
 * Run axe-core on the page as it is now.
 *
 * @param {import('playwright-core').Page} page the page
 * @return {Promise<object[]>} axe's violations (rule id, impact, help, nodes)
 */
export async function runAxe(page) {
	if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
		await page.addScriptTag({ content: AXE_SOURCE })
	}
	const results = await page.evaluate(([exclude, tags]) => window.axe.run(
		{ include: [['html']], exclude: exclude.map((selector) => [selector]) },
		{ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
	), [HARNESS_ONLY, WCAG_21_AA_TAGS])
	return results.violations
		.map((violation) => ({
			...violation,
			nodes: violation.nodes.filter((node) => !KNOWN_THIRD_PARTY.some((known) => known.rule === violation.id && known.selector.test(node.target.join(' ')))),
		}))
		.filter((violation) => violation.nodes.length > 0)
}

/**
 * @param {object} violation one axe violation
 * @return {string} one line per offending element: rule, impact, selector, axe's summary
 */
export function describeViolation(violation) {
	return violation.nodes.map((node) => `${violation.id} [${violation.impact}] ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ').slice(0, 300)}`).join('\n')
}

/**
 * Check `screen` with axe: prints every finding, and returns
 * the serious and critical ones as lines for the test's failure message.
 *
 * @param {import('playwright-core').Page} page the page
 * @param {string} screen what is on screen, for the messages
 * @return {Promise<string[]>} the failing findings, empty when there are none
 */
export async function axeFailures(page, screen) {
	const violations = await runAxe(page)
	const failing = []
	for (const violation of violations) {
		const lines = describeViolation(violation).split('\n').map((line) => `${screen}: ${line}`)
		const fails = FAILING_IMPACTS.has(violation.impact)
		if (fails) {
			failing.push(...lines)
		}
		// Printed here in full: the runner shows only the first lines of a failure.
		for (const line of lines) {
			process.stdout.write(`    (axe, ${fails ? 'FAIL' : 'information'}) ${line}\n`)
		}
	}
	return failing
}
