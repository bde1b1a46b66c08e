/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { ODT_MEDIA_TYPE } from './webdav'

/**
 * How long the object URL stays valid after the click. Chromium starts the
 * download synchronously, but Firefox and Safari may read the URL a little
 * later, so it is not revoked at once.
 */
export const REVOKE_AFTER_MS = 30000

/** Offer `bytes` as a download named `name` through a temporary <a download>. */
export function offerDownload(bytes: Uint8Array, name: string): void {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: ODT_MEDIA_TYPE }))
	const link = document.createElement('a')
	link.href = url
	link.download = name
	link.rel = 'noopener'
	link.style.display = 'none'
	document.body.appendChild(link)
	try {
		link.click()
	} finally {
		link.remove()
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
	}
}
