/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Bad input and unwritable output: a one-line message, a non-zero exit,
 * no stack trace and no file (not even a temporary one) left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { unpack } from '../odf/odfTestUtils'
import { assertBuilt, policydesk, type RunResult } from './cliTestUtils'

const valid = {
	schemaVersion: 1,
	meta: { title: 'Policy', type: 'policy', language: 'sv' },
	attachments: [],
	body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }] },
}

let dir: string

function expectCleanFailure(result: RunResult, message: RegExp): void {
	expect(result.code).not.toBe(0)
	expect(result.code).not.toBeNull()
	expect(result.stderr).toMatch(message)
	expect(result.stderr.trim().split('\n')).toHaveLength(1)
	expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('policydesk export errors', { timeout: 60_000 }, () => {
	beforeAll(() => {
		assertBuilt()
		dir = mkdtempSync(join(tmpdir(), 'policydesk-cli-'))
	})

	it('prints usage with --help', async () => {
		const result = await policydesk('--help')
		expect(result.code).toBe(0)
		expect(result.stdout).toContain('Usage: policydesk export INPUT -o OUTPUT.odt')
		// All of it, though the process ends as soon as it is written.
		expect(result.stdout.endsWith('is used as the document date (reproducible output).\n')).toBe(true)
	})

	it('prints every warning of a conversion that succeeds, and exits with 0', async () => {
		const own = join(dir, 'warnings')
		mkdirSync(own)
		const input = join(own, 'warnings.md')
		writeFileSync(input, '# Title\n\nAn ![image](a.png) and <span>raw HTML</span>.[^n] Again.[^n]\n\n[^n]: The note.\n')
		const result = await policydesk('export', input, '-o', join(own, 'warnings.odt'))
		expect(result.code).toBe(0)
		expect(result.stderr.split('\n')).toEqual([
			'policydesk: warning: A footnote referenced more than once was repeated at each reference.',
			'policydesk: warning: Images cannot be stored in documents; each was replaced by its description (alt text).',
			'policydesk: warning: Raw HTML was kept as plain text.',
			'',
		])
		expect(unpack(readFileSync(join(own, 'warnings.odt')))['content.xml']).toContain('The note.')
	})

	it('rejects a missing input file', async () => {
		const out = join(dir, 'missing.odt')
		expectCleanFailure(await policydesk('export', join(dir, 'nope.md'), '-o', out), /^policydesk: cannot read .*nope\.md: no such file or directory$/m)
		expect(readdirSync(dir)).not.toContain('missing.odt')
	})

	it('rejects input that is not UTF-8', async () => {
		const input = join(dir, 'latin1.md')
		writeFileSync(input, Buffer.from('# R\xe4ksm\xf6rg\xe5s\n', 'latin1'))
		expectCleanFailure(await policydesk('export', input, '-o', join(dir, 'latin1.odt')), /latin1\.md is not valid UTF-8 text/)
		expect(readdirSync(dir).filter((name) => name.includes('latin1.odt'))).toEqual([])
	})

	it('rejects invalid JSON and JSON that is not a document, naming the field', async () => {
		const broken = join(dir, 'broken.json')
		writeFileSync(broken, '{"schemaVersion": 1,')
		expectCleanFailure(await policydesk('export', broken, '-o', join(dir, 'broken.odt')), /broken\.json is not valid JSON/)
		const wrong = join(dir, 'wrong.json')
		writeFileSync(wrong, JSON.stringify({ ...valid, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 7 } }] } }))
		expectCleanFailure(await policydesk('export', wrong, '-o', join(dir, 'wrong.odt')), /wrong\.json is not a valid Policy Desk document: body\.content\[0\]\.attrs\.level/)
		expect(readdirSync(dir).filter((name) => name.endsWith('.odt') || name.endsWith('.tmp'))).toEqual([])
	})

	it('rejects an unknown input type and a bad language tag', async () => {
		const input = join(dir, 'doc.txt')
		writeFileSync(input, 'text')
		expectCleanFailure(await policydesk('export', input, '-o', join(dir, 'txt.odt')), /unknown input type "\.txt"/)
		const md = join(dir, 'ok.md')
		writeFileSync(md, '# Title\n')
		expectCleanFailure(await policydesk('export', md, '-o', join(dir, 'lang.odt'), '--lang', 'not a tag'), /--lang "not a tag" is not a language tag/)
	})

	it('fails when the output directory does not exist or is a file', async () => {
		const input = join(dir, 'valid.json')
		writeFileSync(input, JSON.stringify(valid))
		expectCleanFailure(await policydesk('export', input, '-o', join(dir, 'no-such-dir', 'out.odt')), /cannot write .*out\.odt: no such file or directory/)
		writeFileSync(join(dir, 'plainfile'), 'x')
		expectCleanFailure(await policydesk('export', input, '-o', join(dir, 'plainfile', 'out.odt')), /cannot write .*out\.odt/)
	})

	it('leaves no temporary file when the output cannot be replaced', async () => {
		const input = join(dir, 'valid2.json')
		writeFileSync(input, JSON.stringify(valid))
		const target = join(dir, 'sub')
		mkdirSync(join(target, 'taken.odt'), { recursive: true })
		writeFileSync(join(target, 'taken.odt', 'keep'), 'x')
		expectCleanFailure(await policydesk('export', input, '-o', join(target, 'taken.odt')), /cannot write .*taken\.odt/)
		expect(readdirSync(target)).toEqual(['taken.odt'])
	})

	it('writes a whole document when all is well, JSON and Markdown', async () => {
		const input = join(dir, 'good.json')
		writeFileSync(input, JSON.stringify(valid))
		const out = join(dir, 'good.odt')
		const json = await policydesk('export', input, '-o', out, '--final')
		expect(json.code, json.stderr).toBe(0)
		const files = unpack(readFileSync(out))
		expect(files['content.xml']).toContain('>Hej</text:p>')
		expect(files['styles.xml']).not.toContain('>Draft</text:span>')

		const md = join(dir, 'good.md')
		writeFileSync(md, '\ufeff# Rubrik\n\nText med **fetstil** och en fotnot.[^1]\n\n[^1]: Fotnoten.\n')
		const mdOut = join(dir, 'good-md.odt')
		const result = await policydesk('export', md, '-o', mdOut, '--lang', 'sv-FI')
		expect(result.code, result.stderr).toBe(0)
		const content = unpack(readFileSync(mdOut))
		expect(content['content.xml']).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">Rubrik</text:h>')
		expect(content['content.xml']).toContain('<text:note-body><text:p text:style-name="Footnote">Fotnoten.</text:p></text:note-body>')
		expect(content['meta.xml']).toContain('<dc:language>sv-FI</dc:language>')
		expect(content['styles.xml']).toContain('fo:language="sv" fo:country="FI"')
		expect(content['styles.xml']).toContain('<text:span text:style-name="Draft_20_Mark">Draft</text:span>')
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
	})
})
