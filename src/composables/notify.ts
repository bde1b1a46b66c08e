/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Toasts through @nextcloud/dialogs, loaded on first use: the package also
 * carries the file picker, about 250 KB of minified code the first screen
 * does not need (issue 2 budget: < 350 KB gzipped JS on first open).
 */

type DialogsModule = typeof import('@nextcloud/dialogs')

let dialogs: Promise<DialogsModule> | null = null

export function loadDialogs(): Promise<DialogsModule> {
	dialogs ??= import('@nextcloud/dialogs')
	return dialogs
}

export async function notifyError(message: string): Promise<void> {
	(await loadDialogs()).showError(message)
}

export async function notifySuccess(message: string): Promise<void> {
	(await loadDialogs()).showSuccess(message)
}
