// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What an export writes: version number by hash, "final" only for final
 * states with the server's text; plus the small browser helpers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Version } from '../../../src/api/types'
import { offerDownload, REVOKE_AFTER_MS } from '../../../src/export/download'
import { folderKey, readFolder, writeFolder } from '../../../src/export/folderMemory'
import { translatedLabels } from '../../../src/export/labels'
import { gatherSource } from '../../../src/export/source'
import { documentHash } from '../../../src/model/canonical'
import { content, detail } from '../store/documentFixtures'

function version(number: number, hash: string): Version {
	return { id: number * 10, number, authorId: 'alice', authorDisplayName: 'Alice', createdAt: 1700000000, hash, size: 100, restoredFrom: null }
}

describe('gatherSource', () => {
	it('numbers the text with the version whose hash it has', async () => {
		const working = content('Saved text')
		const hash = await documentHash(working)
		const server = { ...detail(4, 'Saved text'), hash, state: 'approved' as const }
		const source = await gatherSource({ server, working, listVersions: async () => [version(3, hash), version(2, 'b'.repeat(64))] })
		expect(source).toMatchObject({ versionHash: hash, versionNumber: 3, final: true, warnings: [] })
		expect(source.document).toEqual(working)
		expect(source.document).not.toBe(working)
	})

	it('gives no number and says why when the text is in no version', async () => {
		const working = content('Edited after the last version')
		const source = await gatherSource({ server: detail(5, 'x'), working, listVersions: async () => [version(1, 'c'.repeat(64))] })
		expect(source.versionNumber).toBeUndefined()
		expect(source.versionHash).toBe(await documentHash(working))
		expect(source.warnings).toHaveLength(1)
		expect(source.warnings?.[0]).toContain('no version number')
	})

	it('still exports when the versions cannot be read', async () => {
		const source = await gatherSource({ server: detail(5, 'x'), working: content('x'), listVersions: async () => { throw new Error('offline') } })
		expect(source.versionNumber).toBeUndefined()
		expect(source.warnings?.[0]).toContain('offline')
	})

	it.each([
		['draft', true, false],
		['in_review', true, false],
		['changes_requested', true, false],
		['withdrawn', true, false],
		['approved', true, true],
		['approved', false, false],
	] as const)('state %s, text equals server text %s → final %s', async (state, same, final) => {
		const working = content('Text')
		const hash = await documentHash(working)
		const server = { ...detail(2, 'Text'), state, hash: same ? hash : 'd'.repeat(64) }
		const source = await gatherSource({ server, working, listVersions: async () => [version(1, hash)] })
		expect(source.final).toBe(final)
	})
})

describe('translatedLabels', () => {
	it('maps the named placeholders to the engine markers and does not escape', () => {
		const labels = translatedLabels()
		expect(labels.page).toBe('Page %n of %m')
		expect(labels.attachment).toBe('Attachment %n')
		expect(Object.keys(labels).sort()).toEqual(['attachment', 'attachments', 'date', 'draft', 'page', 'place', 'signature'])
	})
})

describe('folderMemory', () => {
	afterEach(() => window.localStorage.clear())

	it('remembers a folder per user', () => {
		writeFolder('alice', '/Policies')
		writeFolder('bob', '/Mine')
		expect(readFolder('alice')).toBe('/Policies')
		expect(readFolder('bob')).toBe('/Mine')
		expect(window.localStorage.getItem(folderKey('alice'))).toBe('/Policies')
		writeFolder('alice', null)
		expect(readFolder('alice')).toBeNull()
		expect(readFolder('bob')).toBe('/Mine')
	})

	it('ignores a stored value that is not a path', () => {
		window.localStorage.setItem(folderKey('alice'), 'garbage')
		expect(readFolder('alice')).toBeNull()
	})
})

describe('offerDownload', () => {
	afterEach(() => vi.useRealTimers())

	it('clicks a temporary <a download> with a blob URL and revokes it afterwards', async () => {
		vi.useFakeTimers()
		const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:policydesk-test')
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
		const clicked: Array<{ href: string, download: string }> = []
		const onClick = (event: Event) => {
			const link = event.target as HTMLAnchorElement
			clicked.push({ href: link.getAttribute('href') ?? '', download: link.download })
			event.preventDefault()
		}
		document.addEventListener('click', onClick)
		try {
			offerDownload(new Uint8Array([1, 2, 3]), 'Policy (v3).odt')
		} finally {
			document.removeEventListener('click', onClick)
		}
		expect(clicked).toEqual([{ href: 'blob:policydesk-test', download: 'Policy (v3).odt' }])
		const blob = create.mock.calls[0]![0] as Blob
		expect(blob.type).toBe('application/vnd.oasis.opendocument.text')
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
		expect(document.querySelector('a[download]')).toBeNull()
		expect(revoke).not.toHaveBeenCalled()
		vi.advanceTimersByTime(REVOKE_AFTER_MS)
		expect(revoke).toHaveBeenCalledWith('blob:policydesk-test')
	})
})
