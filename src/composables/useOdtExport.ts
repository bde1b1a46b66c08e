/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * "Export as ODT": write the document with the engine, save the file into the
 * user's Files, offer it as a download.
 *
 * Steps (`step`):
 *   idle → preparing → writing → [choosing] → uploading → done
 *                                  ↘ ready (picker closed: file kept, not saved)
 *   any step → failed (error kept; the written file too, if there is one)
 *
 * The written bytes are kept until the next export, so "Try again", "Choose
 * another folder" and "Download" after a failed upload never write the
 * document again and nothing is lost. Dependencies are injected so tests can
 * drive the state machine without a browser or a server.
 */
import { getCurrentUser } from '@nextcloud/auth'
import { t } from '@nextcloud/l10n'
import { generateUrl } from '@nextcloud/router'
import { computed, readonly, ref, shallowRef } from 'vue'
import { offerDownload } from '../export/download'
import { exportFileName } from '../export/fileName'
import { readFolder, writeFolder } from '../export/folderMemory'
import { translatedLabels } from '../export/labels'
import { UploadError, uploadOdt, type UploadedFile, type UploadTarget } from '../export/webdav'
import type { PolicyDocument } from '../model/types'
import type { ExportOptions, ExportResult } from '../odf/index'
import { loadDialogs } from './notify'

export type ExportStep = 'idle' | 'preparing' | 'writing' | 'choosing' | 'ready' | 'uploading' | 'done' | 'failed'

/** What to export, gathered by the caller when the export starts. */
export interface ExportSource {
	document: PolicyDocument
	/** SHA-256 of the exported content (canonical JSON), written into meta.xml. */
	versionHash: string
	/** The saved version whose content this is; undefined when the text is in no version. */
	versionNumber?: number
	/** Final documents carry no "Draft" mark. */
	final: boolean
	/** Problems met while gathering (e.g. versions could not be read); shown with the writer's warnings. */
	warnings?: string[]
}

export interface OdtExportDeps {
	/** The engine, loaded on first use so it is not part of the first-open bundle. */
	loadEngine: () => Promise<{ exportOdt: (doc: PolicyDocument, options: ExportOptions) => ExportResult }>
	/** Folder path inside the user's Files, or null when the picker was closed. */
	pickFolder: (startAt: string | null) => Promise<string | null>
	upload: (bytes: Uint8Array, target: UploadTarget, onProgress: (fraction: number) => void) => Promise<UploadedFile>
	download: (bytes: Uint8Array, name: string) => void
	readFolder: (uid: string) => string | null
	writeFolder: (uid: string, folder: string | null) => void
	user: () => { uid: string, displayName: string } | null
	now: () => Date
}

export interface ExportedFile {
	bytes: Uint8Array
	name: string
}

export interface SavedFile extends UploadedFile {
	folder: string
	/** Opens the file in Files (by id), or its folder when the server gave no id. */
	url: string
}

/** The file picker of @nextcloud/dialogs, folders only, loaded on first use. */
export async function pickFolderWithDialog(startAt: string | null): Promise<string | null> {
	const { getFilePickerBuilder, FilePickerClosed } = await loadDialogs()
	const picker = getFilePickerBuilder(t('policydesk', 'Choose a folder for the ODT file'))
		.setMultiSelect(false)
		.allowDirectories(true)
		.setMimeTypeFilter(['httpd/unix-directory'])
		.setCanPick((node) => node.type === 'folder')
		.startAt(startAt ?? '/')
		// The picker hands the button the selected folder, or the open one when nothing is selected.
		.addButton({ label: t('policydesk', 'Save here'), variant: 'primary', callback: () => {} })
		.build()
	try {
		return await picker.pick()
	} catch (error) {
		if (error instanceof FilePickerClosed) {
			return null
		}
		throw error
	}
}

export function defaultDeps(): OdtExportDeps {
	return {
		loadEngine: () => import('../odf/index'),
		pickFolder: pickFolderWithDialog,
		upload: (bytes, target, onProgress) => uploadOdt(bytes, target, { onProgress }),
		download: offerDownload,
		readFolder,
		writeFolder,
		user: () => {
			const user = getCurrentUser()
			return user === null ? null : { uid: user.uid, displayName: user.displayName ?? user.uid }
		},
		now: () => new Date(),
	}
}

export function fileLink(saved: UploadedFile, folder: string): string {
	return saved.fileId !== null
		? generateUrl('/f/{fileId}', { fileId: saved.fileId })
		: generateUrl('/apps/files/') + '?dir=' + encodeURIComponent(folder)
}

/** A readable sentence for a failed save, naming the remedy. */
export function uploadErrorMessage(error: UploadError, folder: string): string {
	switch (error.failure) {
	case 'forbidden':
		return t('policydesk', 'You may not create files in "{folder}". Choose another folder.', { folder })
	case 'folder-missing':
		return t('policydesk', 'The folder "{folder}" no longer exists. Choose another folder.', { folder })
	case 'quota':
		return t('policydesk', 'There is not enough free space in your Files to save the document.')
	case 'invalid-name':
		return t('policydesk', 'The server refused the file name. Download the file instead, or choose another folder.')
	case 'locked':
		return t('policydesk', 'The folder "{folder}" is locked at the moment. Try again in a moment.', { folder })
	case 'name-taken':
		return t('policydesk', 'Too many files with this name exist in "{folder}". Choose another folder.', { folder })
	case 'network':
		return t('policydesk', 'The server could not be reached. Check your connection and try again.')
	default:
		return t('policydesk', 'The server could not save the file (HTTP {status}). Try again later.', { status: error.status })
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error)
}

export function useOdtExport(deps: OdtExportDeps = defaultDeps()) {
	const step = ref<ExportStep>('idle')
	/** Upload progress 0…1, null while unknown. */
	const progress = ref<number | null>(null)
	const warnings = ref<string[]>([])
	const error = ref<string | null>(null)
	/** Which remedy fits the error: try the same again, or pick another folder. */
	const errorFailure = ref<UploadError['failure'] | 'export' | null>(null)
	const file = shallowRef<ExportedFile | null>(null)
	const saved = shallowRef<SavedFile | null>(null)
	const uid = deps.user()?.uid ?? null
	const folder = ref<string | null>(uid === null ? null : deps.readFolder(uid))

	const busy = computed(() => ['preparing', 'writing', 'choosing', 'uploading'].includes(step.value))

	function fail(message: string, failure: UploadError['failure'] | 'export'): void {
		error.value = message
		errorFailure.value = failure
		step.value = 'failed'
	}

	/** Save the written file into `folder`, asking for one first if none is remembered. */
	async function save(): Promise<void> {
		const current = file.value
		if (current === null || busy.value) {
			return
		}
		if (uid === null) {
			fail(t('policydesk', 'You are not logged in, so the file cannot be saved into Files. Download it instead.'), 'forbidden')
			return
		}
		if (folder.value === null) {
			await chooseFolder()
			return
		}
		const target = folder.value
		step.value = 'uploading'
		progress.value = 0
		error.value = null
		errorFailure.value = null
		try {
			const result = await deps.upload(current.bytes, { uid, folder: target, name: current.name }, (fraction) => {
				progress.value = fraction
			})
			saved.value = { ...result, folder: target, url: fileLink(result, target) }
			progress.value = 1
			step.value = 'done'
		} catch (e) {
			const uploadError = e instanceof UploadError ? e : new UploadError('server', 0, messageOf(e))
			if (uploadError.failure === 'folder-missing') {
				// Do not keep offering a folder that is gone: the next save asks for one.
				folder.value = null
				deps.writeFolder(uid, null)
			}
			fail(uploadErrorMessage(uploadError, target), uploadError.failure)
		}
	}

	/** Open the file picker; on a choice remember the folder and save there. */
	async function chooseFolder(): Promise<void> {
		if (file.value === null || uid === null || step.value === 'choosing' || step.value === 'uploading') {
			return
		}
		step.value = 'choosing'
		let chosen: string | null
		try {
			chosen = await deps.pickFolder(folder.value)
		} catch (e) {
			fail(t('policydesk', 'The file picker could not be opened: {message}', { message: messageOf(e) }), 'export')
			return
		}
		if (chosen === null) {
			step.value = saved.value === null ? 'ready' : 'done'
			return
		}
		folder.value = chosen
		deps.writeFolder(uid, chosen)
		step.value = 'ready'
		await save()
	}

	/** Write the document and save it. `source` gathers what to export when the export starts. */
	async function start(source: () => Promise<ExportSource>): Promise<void> {
		if (busy.value) {
			return
		}
		step.value = 'preparing'
		progress.value = null
		warnings.value = []
		error.value = null
		errorFailure.value = null
		file.value = null
		saved.value = null
		try {
			const [input, engine] = await Promise.all([source(), deps.loadEngine()])
			step.value = 'writing'
			// Let the status render before the writer holds the main thread.
			await new Promise((resolve) => setTimeout(resolve, 0))
			const result = engine.exportOdt(input.document, {
				now: deps.now(),
				creator: deps.user()?.displayName,
				versionHash: input.versionHash,
				versionNumber: input.versionNumber,
				final: input.final,
				labels: translatedLabels(),
			})
			warnings.value = [...(input.warnings ?? []), ...result.warnings]
			const name = exportFileName(input.document.meta.title, input.versionNumber, t('policydesk', 'Document'))
			file.value = { bytes: result.bytes, name }
			step.value = 'ready'
		} catch (e) {
			fail(t('policydesk', 'The document could not be exported: {message}', { message: messageOf(e) }), 'export')
			return
		}
		await save()
	}

	function download(): void {
		if (file.value !== null) {
			deps.download(file.value.bytes, file.value.name)
		}
	}

	return {
		step: readonly(step),
		progress: readonly(progress),
		warnings: readonly(warnings),
		error: readonly(error),
		errorFailure: readonly(errorFailure),
		file: computed(() => file.value),
		saved: computed(() => saved.value),
		folder: readonly(folder),
		busy,
		start,
		save,
		chooseFolder,
		download,
	}
}

export type OdtExport = ReturnType<typeof useOdtExport>
