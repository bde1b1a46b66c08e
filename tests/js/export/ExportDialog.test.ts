// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The export dialog over a real useOdtExport with injected dependencies:
 * the live status, the saved-file link, and the remedies after a failure.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ExportDialog from '../../../src/components/export/ExportDialog.vue'
import { type OdtExportDeps, useOdtExport } from '../../../src/composables/useOdtExport'
import { UploadError } from '../../../src/export/webdav'
import { content } from '../store/documentFixtures'

let wrapper: VueWrapper | null = null

afterEach(() => {
	wrapper?.unmount()
	wrapper = null
	document.body.innerHTML = ''
})

function deps(upload: OdtExportDeps['upload']) {
	return {
		loadEngine: async () => ({ exportOdt: () => ({ bytes: new Uint8Array([1]), warnings: ['a table cell was empty'] }) }),
		pickFolder: vi.fn(async () => '/Other'),
		upload: vi.fn(upload),
		download: vi.fn(),
		readFolder: () => '/Policies',
		writeFolder: () => {},
		user: () => ({ uid: 'alice', displayName: 'Alice' }),
		now: () => new Date(0),
	} satisfies OdtExportDeps
}

const source = async () => ({ document: content('x', 'Parkeringspolicy'), versionHash: 'e'.repeat(64), versionNumber: 2, final: false })

function byTest(name: string): HTMLElement | null {
	return document.body.querySelector(`[data-test="${name}"]`)
}

describe('ExportDialog', () => {
	it('announces the steps politely and links to the saved file', async () => {
		let finish: () => void = () => {}
		const exporter = useOdtExport(deps((_bytes, _target, onProgress) => new Promise((resolve) => {
			onProgress(0.4)
			finish = () => resolve({ name: 'Parkeringspolicy (v2).odt', path: '/Policies/Parkeringspolicy (v2).odt', fileId: 31 })
		})))
		wrapper = mount(ExportDialog, { props: { exporter }, attachTo: document.body })
		const running = exporter.start(source)
		await flushPromises()
		await vi.waitFor(() => expect(exporter.step.value).toBe('uploading'))
		await flushPromises()
		const status = byTest('export-status')!
		expect(status.getAttribute('aria-live')).toBe('polite')
		expect(status.getAttribute('role')).toBe('status')
		expect(status.textContent).toContain('Saving to Files… 40 %')
		expect(byTest('export-name')?.textContent?.trim()).toBe('Parkeringspolicy (v2).odt')
		expect(byTest('export-folder')?.textContent?.trim()).toBe('/Policies')

		finish()
		await running
		await flushPromises()
		expect(byTest('export-status')?.textContent).toContain('Saved as "Parkeringspolicy (v2).odt" in "/Policies".')
		const link = byTest('export-open') as HTMLAnchorElement
		expect(link.getAttribute('href')).toMatch(/\/f\/31$/)
		expect(link.textContent?.trim()).toBe('Open the file in Files')
		expect(byTest('export-warnings')?.textContent).toContain('a table cell was empty')
		expect(byTest('export-retry')).toBeNull()
		expect(byTest('export-download')).not.toBeNull()
	})

	it('after a quota failure shows the error, keeps the file and offers retry and download', async () => {
		const d = deps(async () => {
			throw new UploadError('quota', 507, 'Insufficient Storage')
		})
		const exporter = useOdtExport(d)
		wrapper = mount(ExportDialog, { props: { exporter }, attachTo: document.body })
		await exporter.start(source)
		await flushPromises()
		expect(byTest('export-error')?.textContent).toContain('There is not enough free space in your Files to save the document.')
		expect(byTest('export-error')?.textContent).toContain('Nothing is lost')
		expect(byTest('export-retry')).not.toBeNull()
		expect(byTest('export-choose')?.textContent?.trim()).toBe('Save to another folder')
		byTest('export-download')!.click()
		expect(d.download).toHaveBeenCalledTimes(1)
		byTest('export-retry')!.click()
		await flushPromises()
		expect(d.upload).toHaveBeenCalledTimes(2)
	})

	it('after a forbidden folder offers another folder, not a retry', async () => {
		const d = deps(async () => {
			throw new UploadError('forbidden', 403, 'Forbidden')
		})
		const exporter = useOdtExport(d)
		wrapper = mount(ExportDialog, { props: { exporter }, attachTo: document.body })
		await exporter.start(source)
		await flushPromises()
		expect(byTest('export-error')?.textContent).toContain('You may not create files in "/Policies". Choose another folder.')
		expect(byTest('export-retry')).toBeNull()
		byTest('export-download')!.click()
		expect(d.download).toHaveBeenCalledWith(new Uint8Array([1]), 'Parkeringspolicy (v2).odt')
		byTest('export-choose')!.click()
		await flushPromises()
		expect(d.pickFolder).toHaveBeenCalledWith('/Policies')
	})

	it('emits close from the close button', async () => {
		const exporter = useOdtExport(deps(async () => ({ name: 'a.odt', path: '/a.odt', fileId: null })))
		wrapper = mount(ExportDialog, { props: { exporter }, attachTo: document.body })
		await flushPromises()
		byTest('export-close')!.click()
		expect(wrapper.emitted('close')).toHaveLength(1)
	})
})
