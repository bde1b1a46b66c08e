/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Unsaved text kept in the browser until the server confirms it. A crash,
 * a closed tab or a lost connection must not lose what someone typed, so
 * the working copy is written here before every save and removed only
 * after the server has accepted exactly that content.
 */
import type { PolicyDocument } from '../model/types'

export interface LocalDraft {
	/** The server revision the text was based on. */
	baseRevision: number
	content: PolicyDocument
	/** Unix milliseconds, for showing "kept locally at …". */
	storedAt: number
}

const PREFIX = 'policydesk:draft:'

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null
	} catch {
		// Some privacy modes throw on access; memory still holds the text.
		return null
	}
}

export function readDraft(documentId: number): LocalDraft | null {
	const raw = storage()?.getItem(PREFIX + documentId)
	if (!raw) {
		return null
	}
	try {
		const parsed = JSON.parse(raw) as Partial<LocalDraft>
		if (typeof parsed.baseRevision === 'number' && typeof parsed.content === 'object' && parsed.content !== null) {
			return { baseRevision: parsed.baseRevision, content: parsed.content, storedAt: parsed.storedAt ?? 0 }
		}
	} catch {
		// A corrupt entry cannot be recovered; fall through and ignore it.
	}
	return null
}

/** Returns false when the browser refused (quota, privacy mode). */
export function writeDraft(documentId: number, draft: LocalDraft): boolean {
	const store = storage()
	if (store === null) {
		return false
	}
	try {
		store.setItem(PREFIX + documentId, JSON.stringify(draft))
		return true
	} catch {
		return false
	}
}

export function removeDraft(documentId: number): void {
	storage()?.removeItem(PREFIX + documentId)
}
