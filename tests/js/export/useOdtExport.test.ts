// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The export state machine with injected engine, picker, upload and storage.
 */
import { describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { type ExportSource, type OdtExportDeps, useOdtExport } from '../../../src/composables/useOdtExport'
import { UploadError, type UploadTarget } from '../../../src/export/webdav'
import type { ExportOptions } from '../../../src/odf/index'
import { content } from '../store/documentFixtures'

const NOW = new Date('2026-11-22T10:00:00Z')
const BYTES = new Uint8Array([0x50, 0x4b, 3, 4])

function source(overrides: Partial<ExportSource> = {}): () => Promise<ExportSource> {
	return async () => ({ document: content('Text', 'Miljöpolicy för Västerås'), versionHash: 'f'.repeat(64), versionNumber: 3, final: false, ...overrides })
}

function setup(options: { folder?: string | null, picks?: Array<string | null>, uploads?: Array<Error | { name: string, fileId: number | null }>, engineWarnings?: string[], engineError?: Error } = {}) {
	const stored = new Map<string, string>()
	if (options.folder) {
		stored.set('alice', options.folder)
	}
	const picks = [...(options.picks ?? [])]
	const uploads = [...(options.uploads ?? [])]
	// The signature is given as a type so tests can read the options of each call.
	const exportOdt = vi.fn<(doc: unknown, options: ExportOptions) => { bytes: typeof BYTES, warnings: string[] }>(() => {
		if (options.engineError) {
			throw options.engineError
		}
		return { bytes: BYTES, warnings: options.engineWarnings ?? [] }
	})
	const deps = {
		loadEngine: vi.fn(async () => ({ exportOdt })),
		pickFolder: vi.fn<(start: string | null) => Promise<string | null>>(async () => (picks.length > 0 ? picks.shift()! : null)),
		upload: vi.fn(async (_bytes: Uint8Array, target: UploadTarget, onProgress: (fraction: number) => void) => {
			onProgress(0.5)
			const next = uploads.shift()
			if (next === undefined) {
				throw new Error('unexpected upload')
			}
			if (next instanceof Error) {
				throw next
			}
			onProgress(1)
			return { name: next.name, path: `${target.folder}/${next.name}`, fileId: next.fileId }
		}),
		download: vi.fn(),
		readFolder: vi.fn((uid: string) => stored.get(uid) ?? null),
		writeFolder: vi.fn((uid: string, folder: string | null) => {
			if (folder === null) {
				stored.delete(uid)
			} else {
				stored.set(uid, folder)
			}
		}),
		user: () => ({ uid: 'alice', displayName: 'Alice Andersson' }),
		now: () => NOW,
	} satisfies OdtExportDeps
	const exporter = useOdtExport(deps)
	const steps: string[] = []
	const progress: Array<number | null> = []
	watch(exporter.step, (step) => steps.push(step), { flush: 'sync' })
	watch(exporter.progress, (value) => progress.push(value), { flush: 'sync' })
	return { exporter, deps, exportOdt, steps, progress, stored }
}

describe('useOdtExport', () => {
	it('writes and saves into the remembered folder: preparing → writing → uploading → done', async () => {
		const { exporter, deps, exportOdt, steps, progress } = setup({ folder: '/Policies', uploads: [{ name: 'Miljöpolicy för Västerås (v3).odt', fileId: 4242 }] })
		expect(exporter.folder.value).toBe('/Policies')
		await exporter.start(source())

		expect(steps).toEqual(['preparing', 'writing', 'ready', 'uploading', 'done'])
		expect(progress).toEqual([0, 0.5, 1])
		expect(deps.pickFolder).not.toHaveBeenCalled()
		expect(deps.upload).toHaveBeenCalledWith(BYTES, { uid: 'alice', folder: '/Policies', name: 'Miljöpolicy för Västerås (v3).odt' }, expect.any(Function))
		const options = exportOdt.mock.calls[0]![1]
		expect(options).toMatchObject({ now: NOW, creator: 'Alice Andersson', versionHash: 'f'.repeat(64), versionNumber: 3, final: false })
		// Translated labels keep the engine's page number markers.
		expect(options.labels?.page).toBe('Page %n of %m')
		expect(options.labels?.attachment).toBe('Attachment %n')
		expect(exporter.saved.value).toMatchObject({ name: 'Miljöpolicy för Västerås (v3).odt', folder: '/Policies', fileId: 4242 })
		expect(exporter.saved.value?.url).toMatch(/\/f\/4242$/)
		expect(exporter.busy.value).toBe(false)
		expect(exporter.error.value).toBeNull()
	})

	it('links to the folder when the server gives no file id', async () => {
		const { exporter } = setup({ folder: '/Policies/2026', uploads: [{ name: 'x.odt', fileId: null }] })
		await exporter.start(source())
		expect(exporter.saved.value?.url).toMatch(/\/apps\/files\/\?dir=%2FPolicies%2F2026$/)
	})

	it('asks for a folder when none is remembered, remembers the choice per user', async () => {
		const { exporter, deps, steps, stored } = setup({ picks: ['/Council/Drafts'], uploads: [{ name: 'a.odt', fileId: 1 }] })
		await exporter.start(source())
		expect(deps.pickFolder).toHaveBeenCalledWith(null)
		expect(stored.get('alice')).toBe('/Council/Drafts')
		expect(deps.upload.mock.calls[0]![1].folder).toBe('/Council/Drafts')
		expect(steps).toEqual(['preparing', 'writing', 'ready', 'choosing', 'ready', 'uploading', 'done'])
	})

	it('keeps the file ready when the picker is closed, and downloads it', async () => {
		const { exporter, deps, steps } = setup({ picks: [null] })
		await exporter.start(source())
		expect(steps.at(-1)).toBe('ready')
		expect(deps.upload).not.toHaveBeenCalled()
		exporter.download()
		expect(deps.download).toHaveBeenCalledWith(BYTES, 'Miljöpolicy för Västerås (v3).odt')
	})

	it('a vanished folder fails with a readable message, is forgotten, and another folder saves the same bytes', async () => {
		const { exporter, deps, exportOdt, stored } = setup({
			folder: '/Gone',
			picks: ['/Other'],
			uploads: [new UploadError('folder-missing', 404, 'Not Found'), { name: 'b.odt', fileId: 9 }],
		})
		await exporter.start(source())
		expect(exporter.step.value).toBe('failed')
		expect(exporter.errorFailure.value).toBe('folder-missing')
		expect(exporter.error.value).toBe('The folder "/Gone" no longer exists. Choose another folder.')
		expect(exporter.folder.value).toBeNull()
		expect(stored.has('alice')).toBe(false)
		expect(exporter.file.value?.bytes).toBe(BYTES)

		await exporter.save()
		expect(deps.pickFolder).toHaveBeenCalledTimes(1)
		expect(exporter.step.value).toBe('done')
		expect(deps.upload.mock.calls[1]![0]).toBe(BYTES)
		expect(exportOdt).toHaveBeenCalledTimes(1)
	})

	it.each([
		['forbidden', 403, 'You may not create files in "/Policies". Choose another folder.'],
		['quota', 507, 'There is not enough free space in your Files to save the document.'],
		['network', 0, 'The server could not be reached. Check your connection and try again.'],
		['server', 500, 'The server could not save the file (HTTP 500). Try again later.'],
	] as const)('%s (%i) gives a readable error; retry sends the same file again', async (failure, status, message) => {
		const { exporter, deps, stored } = setup({ folder: '/Policies', uploads: [new UploadError(failure, status, 'x'), { name: 'c.odt', fileId: 3 }] })
		await exporter.start(source())
		expect(exporter.step.value).toBe('failed')
		expect(exporter.error.value).toBe(message)
		expect(stored.get('alice')).toBe('/Policies')
		await exporter.save()
		expect(exporter.step.value).toBe('done')
		expect(exporter.error.value).toBeNull()
		expect(deps.upload).toHaveBeenCalledTimes(2)
	})

	it('an unexpected upload exception still fails cleanly', async () => {
		const { exporter } = setup({ folder: '/P', uploads: [new TypeError('boom')] })
		await exporter.start(source())
		expect(exporter.step.value).toBe('failed')
		expect(exporter.errorFailure.value).toBe('server')
	})

	it('lists source and engine warnings without failing', async () => {
		const { exporter } = setup({ folder: '/P', engineWarnings: ['image "x.png" is not embedded'], uploads: [{ name: 'd.odt', fileId: 4 }] })
		await exporter.start(source({ warnings: ['no version number'] }))
		expect(exporter.step.value).toBe('done')
		expect(exporter.warnings.value).toEqual(['no version number', 'image "x.png" is not embedded'])
	})

	it('an engine failure is reported and nothing is uploaded', async () => {
		const { exporter, deps } = setup({ folder: '/P', engineError: new Error('body.content[2]: unknown node') })
		await exporter.start(source())
		expect(exporter.step.value).toBe('failed')
		expect(exporter.errorFailure.value).toBe('export')
		expect(exporter.error.value).toBe('The document could not be exported: body.content[2]: unknown node')
		expect(exporter.file.value).toBeNull()
		expect(deps.upload).not.toHaveBeenCalled()
	})

	it('names the file without version when the text is in no version, and passes final on', async () => {
		const { exporter, deps, exportOdt } = setup({ folder: '/P', uploads: [{ name: 'e.odt', fileId: 5 }] })
		await exporter.start(source({ versionNumber: undefined, final: true }))
		expect(deps.upload.mock.calls[0]![1].name).toBe('Miljöpolicy för Västerås.odt')
		expect(exportOdt.mock.calls[0]![1]).toMatchObject({ final: true, versionNumber: undefined })
	})

	it('ignores a second start while one is running', async () => {
		const { exporter, exportOdt } = setup({ folder: '/P', uploads: [{ name: 'f.odt', fileId: 6 }] })
		const first = exporter.start(source())
		await exporter.start(source())
		await first
		expect(exportOdt).toHaveBeenCalledTimes(1)
		expect(exporter.step.value).toBe('done')
	})

	it('without a logged-in user the file is written but only offered as download', async () => {
		const { deps } = setup()
		const exporter = useOdtExport({ ...deps, user: () => null })
		await exporter.start(source())
		expect(exporter.step.value).toBe('failed')
		expect(exporter.file.value).not.toBeNull()
		expect(deps.upload).not.toHaveBeenCalled()
	})
})
