// SPDX-FileCopyrightText: 2026 Policy Desk contributors
// SPDX-License-Identifier: AGPL-3.0-or-later
//
// Writes every corpus file (../shared/corpus) as imported by the TypeScript
// Markdown importer into tests/php/fixtures/documents: NAME.json (the
// PolicyDocument) and NAME.canonical (its canonical JSON as the TypeScript
// side writes it). tests/php/Model/CorpusDocumentsTest.php checks that the
// PHP validator accepts each one and writes the same canonical bytes, i.e.
// that a document the editor makes is one the server stores and hashes alike.
//
// Run: node scripts/export-corpus-documents.mjs   (bundles src/model with esbuild)
import { build } from 'esbuild'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, 'tests/php/fixtures/documents')
const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policydesk-')), 'model.mjs')
await build({
	stdin: {
		contents: "export { markdownToDocument } from './src/model/markdown.ts'\nexport { canonicalJson } from './src/model/canonical.ts'\n",
		resolveDir: root,
		loader: 'ts',
	},
	bundle: true,
	platform: 'node',
	format: 'esm',
	outfile: bundle,
	logLevel: 'warning',
})
const { markdownToDocument, canonicalJson } = await import(bundle)

const corpus = path.join(root, '../shared/corpus')
fs.mkdirSync(out, { recursive: true })
for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
	const name = file.slice(0, -3)
	const { document } = markdownToDocument(fs.readFileSync(path.join(corpus, file), 'utf8'), { language: file.slice(0, 2) })
	fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(document, null, '\t') + '\n')
	fs.writeFileSync(path.join(out, `${name}.canonical`), canonicalJson(document))
	console.log(`${name}: ${Buffer.byteLength(canonicalJson(document))} bytes`)
}
