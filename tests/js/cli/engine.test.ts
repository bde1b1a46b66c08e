/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * How the CLI loads its engine: the script with its V8 code cache, which
 * it makes when there is none and replaces when it does not fit (another
 * build, a damaged file, data V8 refuses), the ES module when only that is
 * built, and a clear message when neither is. Each case runs a copy of the
 * CLI and the built engine in a directory of its own, so dist/ is not
 * touched while other tests use it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unpack } from '../odf/odfTestUtils'
import { assertBuilt, CLI, run, type RunResult } from './cliTestUtils'

const DIST = resolve('dist')
const MARKDOWN = '# Rubrik\n\nText med **fetstil**, [länk](https://example.org) och en fotnot.[^1]\n\n- punkt\n\n[^1]: Fotnoten.\n'

let root: string
let input: string
let reference: Record<string, string>

/** A copy of bin/ and the given dist/ files; returns the copy's CLI. */
function install(name: string, files: string[]): { cli: string, dist: string } {
	const base = join(root, name)
	mkdirSync(join(base, 'bin'), { recursive: true })
	mkdirSync(join(base, 'dist'))
	copyFileSync(CLI, join(base, 'bin', 'policydesk.mjs'))
	for (const file of files) copyFileSync(join(DIST, file), join(base, 'dist', file))
	return { cli: join(base, 'bin', 'policydesk.mjs'), dist: join(base, 'dist') }
}

function exportWith(cli: string, output: string): Promise<RunResult> {
	return run(process.execPath, [cli, 'export', input, '-o', output, '--lang', 'sv'], 60_000)
}

/** The cache as the CLI writes it: CRC-32 of the script, CRC-32 of the data, the data. */
function cacheFile(script: Buffer, data: Buffer): Buffer {
	const header = Buffer.alloc(8)
	header.writeUInt32LE(crc32(script), 0)
	header.writeUInt32LE(crc32(data), 4)
	return Buffer.concat([header, data])
}

function expectValidCache(dist: string): void {
	const cache = readFileSync(join(dist, 'policydesk-cli.cache'))
	const script = readFileSync(join(dist, 'policydesk-cli.cjs'))
	expect(cache.readUInt32LE(0)).toBe(crc32(script))
	expect(cache.readUInt32LE(4)).toBe(crc32(cache.subarray(8)))
	expect(cache.length).toBeGreaterThan(1000)
}

async function expectSameExport(cli: string, name: string): Promise<void> {
	const output = join(root, `${name}.odt`)
	const result = await exportWith(cli, output)
	expect(result.code, result.stderr).toBe(0)
	expect(result.stderr).toBe('')
	expect(unpack(readFileSync(output))).toEqual(reference)
}

describe('policydesk engine loading', { timeout: 120_000 }, () => {
	beforeAll(async () => {
		assertBuilt()
		// Equal documents give equal packages only with a fixed date.
		process.env.SOURCE_DATE_EPOCH = '1777888999'
		root = mkdtempSync(join(tmpdir(), 'policydesk-engine-'))
		input = join(root, 'in.md')
		writeFileSync(input, MARKDOWN)
		const result = await exportWith(CLI, join(root, 'reference.odt'))
		expect(result.code, result.stderr).toBe(0)
		reference = unpack(readFileSync(join(root, 'reference.odt')))
	})

	afterAll(() => {
		delete process.env.SOURCE_DATE_EPOCH
		rmSync(root, { recursive: true, force: true })
	})

	it('makes a code cache on the first run and keeps using it', async () => {
		const { cli, dist } = install('fresh', ['policydesk-cli.cjs'])
		await expectSameExport(cli, 'fresh-1')
		expectValidCache(dist)
		const first = readFileSync(join(dist, 'policydesk-cli.cache'))
		const mtime = statSync(join(dist, 'policydesk-cli.cache')).mtimeMs
		await expectSameExport(cli, 'fresh-2')
		// Accepted, so not written again.
		expect(statSync(join(dist, 'policydesk-cli.cache')).mtimeMs).toBe(mtime)
		expect(readFileSync(join(dist, 'policydesk-cli.cache'))).toEqual(first)
	})

	it('replaces a cache of another build, a damaged one and one V8 refuses', async () => {
		const { cli, dist } = install('stale', ['policydesk-cli.cjs'])
		await expectSameExport(cli, 'stale-0')
		const path = join(dist, 'policydesk-cli.cache')
		const good = readFileSync(path)
		const script = readFileSync(join(dist, 'policydesk-cli.cjs'))
		const damaged = Buffer.from(good)
		const middle = damaged.length >> 1
		damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle)
		const cases: Array<[string, Buffer]> = [
			['another build', cacheFile(Buffer.concat([script, Buffer.from('\n')]), good.subarray(8))],
			['damaged', damaged],
			['refused by V8', cacheFile(script, Buffer.alloc(good.length - 8, 0x5a))],
			['truncated', good.subarray(0, 5)],
			['empty', Buffer.alloc(0)],
		]
		for (const [name, bytes] of cases) {
			writeFileSync(path, bytes)
			await expectSameExport(cli, `stale-${name}`)
			expect(readFileSync(path), name).not.toEqual(bytes)
			expectValidCache(dist)
		}
	})

	it('runs the ES module when the script is not built', async () => {
		const { cli, dist } = install('module', ['policydesk-cli.mjs'])
		await expectSameExport(cli, 'module')
		expect(() => statSync(join(dist, 'policydesk-cli.cache'))).toThrow()
	})

	it('says so when no engine is built', async () => {
		const { cli } = install('none', [])
		const result = await exportWith(cli, join(root, 'none.odt'))
		expect(result.code).toBe(1)
		expect(result.stderr).toBe('policydesk: the export engine is not built; run `npm run build` first\n')
	})
})
