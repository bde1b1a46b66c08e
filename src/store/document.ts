/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The open document: what the server last confirmed, the working copy the
 * user edits, and the save cycle between them.
 *
 * Saving rules (issue 2):
 * - autosave after 2 s without typing, and at least every 20 s while typing,
 *   with createVersion=false, so no version per keystroke;
 * - "Save version" sends createVersion=true;
 * - every save names the revision it was based on; a 409 keeps both texts in
 *   `conflict` until the user chooses;
 * - the working copy is kept in memory and in localStorage until the server
 *   has accepted exactly that content, so nothing typed is lost on a crash,
 *   a closed tab or a lost connection.
 */
import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiError } from '../api/client'
import { createDocument, deleteDocument, getDocument, saveDocument } from '../api/documents'
import type { DocumentDetail } from '../api/types'
import { canonicalJson } from '../model/canonical'
import type { Attachment, DocNode, DocumentMeta, PolicyDocument } from '../model/types'
import { readDraft, removeDraft, writeDraft } from './draftStorage'

export const AUTOSAVE_IDLE_MS = 2000
export const AUTOSAVE_MAX_MS = 20000
export const OFFLINE_RETRY_MS = 10000
const LOCAL_WRITE_MS = 300
const MAX_TITLE_LENGTH = 255

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'error' | 'conflict'

export interface SaveConflict {
	/** The local text that the server refused. */
	mine: PolicyDocument
	/** The server's current document that the refused save did not know about. */
	theirs: DocumentDetail
	/** Whether the refused save asked for a version, so "keep mine" can ask again. */
	createVersion: boolean
}

function clone<T>(value: T): T {
	// JSON, not structuredClone: the value may be a Vue proxy, and documents are JSON anyway.
	return JSON.parse(JSON.stringify(value)) as T
}

function sameContent(a: PolicyDocument, b: PolicyDocument): boolean {
	try {
		return canonicalJson(a) === canonicalJson(b)
	} catch {
		return false
	}
}

export const useDocumentStore = defineStore('policydesk-document', () => {
	const server = shallowRef<DocumentDetail | null>(null)
	const working = shallowRef<PolicyDocument | null>(null)
	const baseRevision = ref(0)
	const loading = ref(false)
	const loadError = ref<string | null>(null)
	/** HTTP status of a failed open; 404 means missing or not visible to this user (the server does not say which). */
	const loadStatus = ref<number | null>(null)
	const saving = ref(false)
	const offline = ref(false)
	const lastError = ref<string | null>(null)
	const conflict = shallowRef<SaveConflict | null>(null)
	/** Incremented whenever the working copy is replaced from outside the editor (restore, take theirs). */
	const replaceCount = ref(0)
	// editSeq counts edits, savedSeq the edit the server last confirmed.
	const editSeq = ref(0)
	const savedSeq = ref(0)

	const id = computed(() => server.value?.id ?? null)
	const dirty = computed(() => editSeq.value !== savedSeq.value)
	const notFound = computed(() => loadStatus.value === 404)
	const canEdit = computed(() => server.value?.canEdit === true && conflict.value === null)
	const status = computed<SaveStatus>(() => {
		if (conflict.value !== null) {
			return 'conflict'
		}
		if (saving.value) {
			return 'saving'
		}
		if (offline.value) {
			return 'offline'
		}
		if (lastError.value !== null) {
			return 'error'
		}
		return dirty.value ? 'unsaved' : 'saved'
	})

	let idleTimer: ReturnType<typeof setTimeout> | null = null
	let maxTimer: ReturnType<typeof setTimeout> | null = null
	let localTimer: ReturnType<typeof setTimeout> | null = null
	let inFlight: Promise<void> | null = null
	/**
	 * The editor emits the body only when typing pauses (serialising a long
	 * document costs more than a keystroke may). Before saving or keeping
	 * text locally we ask it for the pending body through this hook.
	 */
	let flushEditor: (() => void) | null = null
	/** A save asked for while another was in flight; true if any asked for a version. */
	let queued: boolean | null = null

	function clearTimers(): void {
		for (const timer of [idleTimer, maxTimer, localTimer]) {
			if (timer !== null) {
				clearTimeout(timer)
			}
		}
		idleTimer = maxTimer = localTimer = null
	}

	function writeLocal(): void {
		if (localTimer !== null) {
			clearTimeout(localTimer)
			localTimer = null
		}
		if (id.value !== null && working.value !== null && (dirty.value || conflict.value !== null)) {
			writeDraft(id.value, { baseRevision: baseRevision.value, content: working.value, storedAt: Date.now() })
		}
	}

	function scheduleAutosave(): void {
		if (idleTimer !== null) {
			clearTimeout(idleTimer)
		}
		idleTimer = setTimeout(() => {
			idleTimer = null
			save(false)
		}, AUTOSAVE_IDLE_MS)
		if (maxTimer === null) {
			maxTimer = setTimeout(() => {
				maxTimer = null
				save(false)
			}, AUTOSAVE_MAX_MS)
		}
		if (localTimer === null) {
			localTimer = setTimeout(writeLocal, LOCAL_WRITE_MS)
		}
	}

	/** Keep the current text (including the editor's pending body) in localStorage now. */
	function keepLocally(): void {
		flushEditor?.()
		writeLocal()
	}

	function setFlushHook(hook: (() => void) | null): void {
		flushEditor = hook
	}

	/** The editor changed but has not sent its body yet: count it as unsaved and schedule the save. */
	function markChanged(): void {
		if (working.value !== null) {
			editSeq.value++
			scheduleAutosave()
		}
	}

	function setWorking(content: PolicyDocument): void {
		working.value = content
		editSeq.value++
		lastError.value = null
		scheduleAutosave()
	}

	function updateBody(body: DocNode): void {
		if (working.value !== null) {
			setWorking({ ...working.value, body })
		}
	}

	function updateMeta(patch: Partial<DocumentMeta>): void {
		if (working.value !== null) {
			setWorking({ ...working.value, meta: { ...working.value.meta, ...patch } })
		}
	}

	function setAttachments(attachments: Attachment[]): void {
		if (working.value !== null) {
			setWorking({ ...working.value, attachments })
		}
	}

	/** Take a server document as the new confirmed state and working copy. */
	function adopt(document: DocumentDetail): void {
		clearTimers()
		server.value = document
		working.value = clone(document.content)
		baseRevision.value = document.revision
		savedSeq.value = editSeq.value
		conflict.value = null
		offline.value = false
		lastError.value = null
		replaceCount.value++
		removeDraft(document.id)
	}

	// Opening is asynchronous; when the user moves on (another document, the
	// list, back/forward) before the answer arrives, the late answer must not
	// be shown.
	let openSeq = 0

	async function open(documentId: number): Promise<void> {
		const seq = ++openSeq
		close()
		loading.value = true
		loadError.value = null
		loadStatus.value = null
		server.value = null
		working.value = null
		try {
			const document = await getDocument(documentId)
			if (seq !== openSeq) {
				return
			}
			// Read the local draft before adopt(), which clears it.
			const draft = readDraft(documentId)
			adopt(document)
			if (draft !== null && !sameContent(draft.content, document.content)) {
				if (draft.baseRevision === document.revision) {
					// Typed here, never reached the server: continue where the user left off.
					setWorking(draft.content)
					replaceCount.value++
				} else {
					// Someone saved since; same choice as a 409.
					working.value = draft.content
					editSeq.value++
					conflict.value = { mine: draft.content, theirs: document, createVersion: false }
					replaceCount.value++
					writeLocal()
				}
			} else if (draft !== null) {
				removeDraft(documentId)
			}
		} catch (e) {
			if (seq === openSeq) {
				loadError.value = e instanceof Error ? e.message : String(e)
				loadStatus.value = e instanceof ApiError ? e.status : null
			}
		} finally {
			if (seq === openSeq) {
				loading.value = false
			}
		}
	}

	async function runSave(createVersion: boolean): Promise<void> {
		flushEditor?.()
		const documentId = id.value
		const content = working.value
		if (documentId === null || content === null || conflict.value !== null) {
			return
		}
		if (!createVersion && !dirty.value) {
			return
		}
		const seq = editSeq.value
		writeLocal()
		if (idleTimer !== null) {
			clearTimeout(idleTimer)
			idleTimer = null
		}
		if (maxTimer !== null) {
			clearTimeout(maxTimer)
			maxTimer = null
		}
		saving.value = true
		const result = await saveDocument(documentId, { baseRevision: baseRevision.value, content, createVersion })
		saving.value = false
		if (id.value !== documentId) {
			// The user opened another document meanwhile; the local draft remains for next time.
			return
		}
		switch (result.kind) {
		case 'saved':
			server.value = result.document
			baseRevision.value = result.document.revision
			savedSeq.value = seq
			offline.value = false
			lastError.value = null
			if (editSeq.value === seq) {
				removeDraft(documentId)
			} else {
				// Typed during the save: the draft must now name the new base revision.
				writeLocal()
				scheduleAutosave()
			}
			break
		case 'conflict':
			clearTimers()
			conflict.value = { mine: working.value ?? content, theirs: result.current, createVersion }
			writeLocal()
			break
		case 'error':
			if (result.error.isNetworkError) {
				offline.value = true
				idleTimer = setTimeout(() => {
					idleTimer = null
					save(createVersion)
				}, OFFLINE_RETRY_MS)
			} else {
				offline.value = false
				lastError.value = result.error.message
			}
			break
		}
	}

	/** Save now. Calls made while a save is in flight run once after it. */
	async function save(createVersion: boolean): Promise<void> {
		if (inFlight !== null) {
			queued = (queued ?? false) || createVersion
			return inFlight
		}
		inFlight = runSave(createVersion)
		try {
			await inFlight
		} finally {
			inFlight = null
		}
		if (queued !== null) {
			const next = queued
			queued = null
			await save(next)
		}
	}

	/** Save mine on top of the server's current revision. */
	async function keepMine(): Promise<void> {
		const current = conflict.value
		if (current === null) {
			return
		}
		server.value = current.theirs
		baseRevision.value = current.theirs.revision
		conflict.value = null
		await save(current.createVersion)
	}

	/** Drop mine and continue with the server's text (the user chose this). */
	function takeTheirs(): void {
		const current = conflict.value
		if (current !== null) {
			adopt(current.theirs)
		}
	}

	/**
	 * Put mine into a new document, then continue here with theirs. Returns the
	 * new document; if creating it fails the conflict stays open.
	 */
	async function copyMineToNew(): Promise<DocumentDetail | null> {
		const current = conflict.value
		if (current === null) {
			return null
		}
		const title = t('policydesk', '{title} (copy)', { title: current.mine.meta.title }).slice(0, MAX_TITLE_LENGTH)
		const copy = await createDocument({ ...clone(current.mine), meta: { ...clone(current.mine.meta), title } })
		adopt(current.theirs)
		return copy
	}

	/** Stop timers and keep any unsaved text locally; used on leaving a document. */
	function close(): void {
		keepLocally()
		clearTimers()
		queued = null
	}

	/**
	 * Leave the open document for another one or the list: send unsaved text
	 * to the server first (if that fails it stays in localStorage, as on
	 * close()), then show nothing.
	 */
	async function leave(): Promise<void> {
		openSeq++
		loading.value = false
		flushEditor?.()
		if (id.value !== null && dirty.value && conflict.value === null) {
			await save(false)
		}
		close()
		server.value = null
		working.value = null
		conflict.value = null
		loadError.value = null
		loadStatus.value = null
		lastError.value = null
		offline.value = false
		savedSeq.value = editSeq.value
	}

	/** Delete the open document on the server (owner only) and forget it here, local draft included. */
	async function remove(): Promise<void> {
		const documentId = id.value
		if (documentId === null) {
			return
		}
		await deleteDocument(documentId)
		clearTimers()
		queued = null
		removeDraft(documentId)
		server.value = null
		working.value = null
		conflict.value = null
		savedSeq.value = editSeq.value
	}

	return {
		server,
		working,
		baseRevision,
		loading,
		loadError,
		loadStatus,
		notFound,
		saving,
		offline,
		lastError,
		conflict,
		replaceCount,
		editSeq,
		savedSeq,
		id,
		dirty,
		canEdit,
		status,
		open,
		close,
		leave,
		markChanged,
		setFlushHook,
		updateBody,
		updateMeta,
		setAttachments,
		adopt,
		save,
		keepMine,
		takeTheirs,
		copyMineToNew,
		keepLocally,
		remove,
	}
})
