/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { appUrl, documentIdFromPath, documentUrl, listUrl, showInAddressBar } from '../../../src/composables/appUrl'

type Globals = { _oc_webroot: string, OC: { config: { modRewriteWorking: boolean } } }

/** The page globals @nextcloud/router reads (window.OC.config as Nextcloud's page sets it). */
function setServer(webroot: string, modRewriteWorking: boolean): void {
	const globals = window as unknown as Globals
	globals._oc_webroot = webroot
	globals.OC = { config: { modRewriteWorking } }
}

/** A stand-in for window's history and location that records what was written. */
function addressBar(pathname: string) {
	const calls: Array<{ mode: 'push' | 'replace', url: string }> = []
	const location = { pathname }
	const history = {
		pushState: (_state: unknown, _unused: string, url: string) => {
			calls.push({ mode: 'push', url })
			location.pathname = url
		},
		replaceState: (_state: unknown, _unused: string, url: string) => {
			calls.push({ mode: 'replace', url })
			location.pathname = url
		},
	}
	return { calls, target: { location, history } as unknown as Pick<Window, 'history' | 'location'> }
}

beforeEach(() => setServer('', false))

describe('documentIdFromPath', () => {
	it.each([
		['/index.php/apps/policydesk/documents/42', 42],
		['/apps/policydesk/documents/42', 42],
		['/nextcloud/index.php/apps/policydesk/documents/7/', 7],
		['/apps/policydesk/documents/0012', 12],
	])('reads the document id from %s', (path, id) => {
		expect(documentIdFromPath(path)).toBe(id)
	})

	it.each([
		'/index.php/apps/policydesk/',
		'/apps/policydesk',
		'/apps/policydesk/documents/',
		'/apps/policydesk/documents/abc',
		'/apps/policydesk/documents/-3',
		'/apps/policydesk/documents/0',
		'/apps/policydesk/documents/4.5',
		'/apps/policydesk/documents/5/versions',
		'/apps/policydesk/documents/99999999999999999999',
		'/apps/other/documents/5',
		'/tests/e2e/harness/index.html',
	])('shows the list for %s', (path) => {
		expect(documentIdFromPath(path)).toBeNull()
	})
})

describe('app addresses', () => {
	it('builds the addresses the server routes (page.index and page.document)', () => {
		expect(listUrl()).toBe('/index.php/apps/policydesk/')
		expect(documentUrl(42)).toBe('/index.php/apps/policydesk/documents/42')
		expect(appUrl(null)).toBe(listUrl())
		expect(appUrl(42)).toBe(documentUrl(42))
	})

	it('follows the web root and pretty URLs', () => {
		setServer('/nextcloud', true)
		expect(documentUrl(5)).toBe('/nextcloud/apps/policydesk/documents/5')
		expect(listUrl()).toBe('/nextcloud/apps/policydesk/')
	})

	it('round-trips every id it writes', () => {
		for (const id of [1, 9, 10, 123456, Number.MAX_SAFE_INTEGER]) {
			expect(documentIdFromPath(documentUrl(id))).toBe(id)
		}
		expect(documentIdFromPath(listUrl())).toBeNull()
	})
})

describe('showInAddressBar', () => {
	it('pushes the document address when a document is opened from the list', () => {
		const { calls, target } = addressBar('/index.php/apps/policydesk/')
		showInAddressBar(42, 'push', target)
		expect(calls).toEqual([{ mode: 'push', url: '/index.php/apps/policydesk/documents/42' }])
	})

	it('pushes the list address when the document is closed, replaces it after a delete', () => {
		const closed = addressBar('/index.php/apps/policydesk/documents/42')
		showInAddressBar(null, 'push', closed.target)
		expect(closed.calls).toEqual([{ mode: 'push', url: '/index.php/apps/policydesk/' }])

		const deleted = addressBar('/index.php/apps/policydesk/documents/42')
		showInAddressBar(null, 'replace', deleted.target)
		expect(deleted.calls).toEqual([{ mode: 'replace', url: '/index.php/apps/policydesk/' }])
	})

	it('adds no history entry when the address already names what is shown', () => {
		const doc = addressBar('/index.php/apps/policydesk/documents/42')
		showInAddressBar(42, 'push', doc.target)
		const list = addressBar('/index.php/apps/policydesk/')
		showInAddressBar(null, 'push', list.target)
		expect(doc.calls).toEqual([])
		expect(list.calls).toEqual([])
	})

	it('moves from one document to another', () => {
		const { calls, target } = addressBar('/index.php/apps/policydesk/documents/42')
		showInAddressBar(43, 'push', target)
		showInAddressBar(43, 'push', target)
		expect(calls).toEqual([{ mode: 'push', url: '/index.php/apps/policydesk/documents/43' }])
	})
})
