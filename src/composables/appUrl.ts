/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The app's two addresses: the list (/apps/policydesk/) and one document
 * (/apps/policydesk/documents/{id}, route policydesk.page.document, which
 * notifications and Activity entries link to). The server renders the same
 * page for both; the front end reads the address to know what to show and
 * writes it back with the History API, so a reload or a shared link shows
 * the same document.
 */
import { generateUrl } from '@nextcloud/router'

/*
 * Matched at the end of the path only: in front of it may sit a web root
 * (/nextcloud) and /index.php, or not, depending on how the server is set
 * up (mod_rewrite), and a link may use either form.
 */
const DOCUMENT_PATH = /\/apps\/policydesk\/documents\/(\d{1,16})\/?$/

/**
 * The document id an address names, or null for the list (or anything else).
 *
 * @param pathname the path of the address, e.g. window.location.pathname
 */
export function documentIdFromPath(pathname: string): number | null {
	const match = DOCUMENT_PATH.exec(pathname)
	if (match === null) {
		return null
	}
	const id = Number(match[1])
	return Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * The address of one document (route policydesk.page.document).
 *
 * @param id the document id
 */
export function documentUrl(id: number): string {
	return generateUrl('/apps/policydesk/documents/{id}', { id })
}

/** The address of the document list (route policydesk.page.index). */
export function listUrl(): string {
	return generateUrl('/apps/policydesk/')
}

/**
 * The address for a document, or for the list when id is null.
 *
 * @param id the document id, or null for the list
 */
export function appUrl(id: number | null): string {
	return id === null ? listUrl() : documentUrl(id)
}

export type HistoryMode = 'push' | 'replace'

/**
 * Show `id` in the address bar. Nothing is added to the history when the
 * address already says so (opening the open document again, or following
 * back/forward, which has already moved the address).
 *
 * @param id the document shown, or null for the list
 * @param mode 'push' adds a history entry, 'replace' overwrites the current one (a deleted document's)
 * @param target the window (a stand-in in tests)
 */
export function showInAddressBar(id: number | null, mode: HistoryMode, target: Pick<Window, 'history' | 'location'> = window): void {
	if (documentIdFromPath(target.location.pathname) === id && (id !== null || target.location.pathname === listUrl())) {
		return
	}
	const url = appUrl(id)
	if (mode === 'push') {
		target.history.pushState({ policydeskDocument: id }, '', url)
	} else {
		target.history.replaceState({ policydeskDocument: id }, '', url)
	}
}
