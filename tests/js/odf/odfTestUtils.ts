/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Shared by the ODF tests: unpacking a package and validating its parts with
 * jing against the OASIS ODF 1.3 schemas (strict), many files per run.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

export const SCHEMA_DIR = resolve('../shared/odf/schema')
export const ODF_SCHEMA = join(SCHEMA_DIR, 'OpenDocument-v1.3-schema.rng')
export const MANIFEST_SCHEMA = join(SCHEMA_DIR, 'OpenDocument-v1.3-manifest-schema.rng')

export function unpack(bytes: Uint8Array): Record<string, string> {
	const files = unzipSync(bytes)
	const out: Record<string, string> = {}
	for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data)
	return out
}

/**
 * Validates files with one jing process per schema. Returns jing's error
 * lines (its "[warning]" lines about optional jars are not errors); an
 * empty array means every file is valid.
 */
export function jing(files: Array<{ name: string, xml: string }>, schema: string): string[] {
	if (files.length === 0) return []
	const dir = mkdtempSync(join(tmpdir(), 'policydesk-jing-'))
	try {
		const paths = files.map((file, i) => {
			const sub = join(dir, String(i))
			mkdirSync(sub)
			const path = join(sub, file.name.replace(/\//g, '_'))
			writeFileSync(path, file.xml)
			return path
		})
		let output: string
		try {
			output = execFileSync('jing', ['-i', schema, ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 })
		} catch (error) {
			const e = error as { stdout?: string, stderr?: string }
			output = `${e.stdout ?? ''}${e.stderr ?? ''}`
			if (output.trim() === '') output = String(error)
		}
		return output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[warning]')).map((line) => line.replace(dir, ''))
	} finally {
		rmSync(dir, { recursive: true, force: true })
	}
}

/** All parts of several packages against both schemas; errors name the package index. */
export function validatePackages(packages: Array<Record<string, string>>): string[] {
	const odf: Array<{ name: string, xml: string }> = []
	const manifests: Array<{ name: string, xml: string }> = []
	packages.forEach((files, i) => {
		for (const name of ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml']) {
			if (files[name] !== undefined) odf.push({ name: `${i}-${name}`, xml: files[name] as string })
		}
		manifests.push({ name: `${i}-manifest.xml`, xml: files['META-INF/manifest.xml'] ?? '' })
	})
	return [...jing(odf, ODF_SCHEMA), ...jing(manifests, MANIFEST_SCHEMA)]
}

/** One element per line for readable golden files; injective because the writer emits no newline after the XML declaration. */
export function formatXml(xml: string): string {
	return xml.replace(/></g, '>\n<') + '\n'
}

export function writeTemp(name: string, data: Uint8Array | string): string {
	const dir = mkdtempSync(join(tmpdir(), 'policydesk-odf-'))
	const path = join(dir, name)
	writeFileSync(path, data)
	return path
}
