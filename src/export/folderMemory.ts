/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The folder the user last saved an export into, per user.
 *
 * Kept in the browser's localStorage under a key with the user id, so two
 * people sharing a browser profile do not get each other's folder. A server
 * side user preference would follow the user to other browsers, but reading
 * it needs the page to provide it as initial state; a folder path is a
 * convenience, not data, and losing it only means picking the folder again.
 * A remembered folder that no longer exists answers 404 on upload, and the
 * user is asked to choose another one.
 */

const PREFIX = 'policydesk:export-folder:'

export function folderKey(uid: string): string {
	return PREFIX + uid
}

export function readFolder(uid: string): string | null {
	try {
		const value = window.localStorage.getItem(folderKey(uid))
		return value !== null && value.startsWith('/') ? value : null
	} catch {
		// Storage disabled (privacy mode, policy): nothing remembered.
		return null
	}
}

export function writeFolder(uid: string, folder: string | null): void {
	try {
		if (folder === null) {
			window.localStorage.removeItem(folderKey(uid))
		} else {
			window.localStorage.setItem(folderKey(uid), folder)
		}
	} catch {
		// Not remembering is acceptable; the export itself has succeeded.
	}
}
