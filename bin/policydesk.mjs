#!/usr/bin/env node
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * policydesk export INPUT -o OUTPUT.odt: Markdown or document JSON to ODT.
 * Plain ES module; the engine comes from dist/policydesk-cli.cjs (or, when
 * only that is built, dist/policydesk-cli.mjs), built by `npm run build`
 * (vite.cli.config.ts). Every failure is one line on stderr and a non-zero
 * exit, and the output file appears whole or not at all.
 *
 * A conversion is over in well under a tenth of a second, so what a start
 * costs counts: the engine's compiled code comes from a V8 code cache,
 * files are read and written synchronously, and only Node modules that are
 * needed are loaded (node:crypto alone took 2 ms; util.parseArgs is loaded
 * only for command lines that are not plain).
 */

/* eslint n/shebang: off -- run directly as well as with `node`; package.json has no "bin" entry */

import { isAscii, isUtf8, transcode } from 'node:buffer'
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'
import { crc32, deflateRawSync } from 'node:zlib'

const USAGE = `Usage: policydesk export INPUT -o OUTPUT.odt [options]

Converts a Markdown file (.md, .markdown: CommonMark with GFM tables,
footnotes and definition lists) or a Policy Desk document (.json) to ODT.

Options:
  -o, --output FILE   the .odt file to write (required)
      --lang TAG      document language as a BCP 47 tag, e.g. sv, de-CH
      --title TEXT    document title (Markdown input)
      --type TYPE     policy, declaration or decision_proposal (Markdown input)
      --final         no "Draft" mark in the page header
      --creator NAME  author written into the document's metadata
  -h, --help          show this help

SOURCE_DATE_EPOCH, when set, is used as the document date (reproducible output).
`

// V8's young generation starts at 1 MiB per semi-space and doubles while
// much of it survives collection, as a document being built does, up to
// 16 MiB: on a 250-page document that growth was a fifth of the process's
// peak memory (99 -> 78 MiB without it) and saved no measurable time. The
// growth factor is read at every resize, so setting it here works, unlike
// --max-semi-space-size, which is fixed when the heap is set up.
setFlagsFromString('--semi-space-growth-factor=1')
// V8 considers optimising a function each time it has used up an
// "interrupt budget" of executed bytecode (67,584 by default). A one-shot
// conversion spent more on optimising code that had warmed up only a
// little than the optimised code then saved; with a budget of 1,000,000
// only the really hot loops are optimised. Measured on generated documents
// of about 250 and 900 pages: CPU time 0.41 -> 0.23 s and 0.79 -> 0.58 s;
// a corpus file (sv-digg) the same, 0.10-0.11 s.
setFlagsFromString('--interrupt-budget=1000000')

const DOCUMENT_TYPES = ['policy', 'declaration', 'decision_proposal']

/**
 * Node's zlib for the package: native deflate takes a fifth of the time of
 * the engine's pure JavaScript default on a 250-page document. The zip
 * container around it stays the engine's (src/odf/zip.ts).
 */
const ZIP_CODEC = {
	// One output buffer for the whole entry: with the default 16 KiB chunks
	// zlib's output is gathered from dozens of pieces.
	deflateRaw: (data, level) => deflateRawSync(data, { level, chunkSize: Math.max(16 * 1024, data.length) }),
	crc32: (data) => crc32(data),
}
const EXIT_FAILURE = 1
const EXIT_USAGE = 2

/** A failure the user can act on: printed as one line, never with a stack. */
class CliError extends Error {

	constructor(message, code = EXIT_FAILURE) {
		super(message)
		this.code = code
	}

}

const OPTIONS = {
	output: { type: 'string', short: 'o' },
	lang: { type: 'string' },
	title: { type: 'string' },
	type: { type: 'string' },
	final: { type: 'boolean' },
	creator: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
}

/**
 * A command line of positionals, --name, --name value and -o value only, as
 * util.parseArgs would read it (with strict checks), or null for anything
 * else: "--name=value", "--", an unknown option, a value that starts with
 * "-" or is missing, which parseArgs reads or rejects with its own words.
 */
function parsePlain(argv) {
	const values = {}
	const positionals = []
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]
		if (!arg.startsWith('-') || arg === '-') {
			positionals.push(arg)
			continue
		}
		let name
		if (arg.startsWith('--')) name = Object.hasOwn(OPTIONS, arg.slice(2)) ? arg.slice(2) : undefined
		else name = Object.keys(OPTIONS).find((key) => OPTIONS[key].short !== undefined && `-${OPTIONS[key].short}` === arg)
		if (name === undefined) return null
		if (OPTIONS[name].type === 'boolean') {
			values[name] = true
			continue
		}
		const value = argv[i + 1]
		if (value === undefined || value.startsWith('-')) return null
		values[name] = value
		i++
	}
	return { values, positionals }
}

async function parse(argv) {
	const plain = parsePlain(argv)
	if (plain !== null) return plain
	const { parseArgs } = await import('node:util')
	try {
		return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
	} catch (error) {
		throw new CliError(`${error.message} (see --help)`, EXIT_USAGE)
	}
}

function describeFsError(error, action, path) {
	const reasons = {
		ENOENT: 'no such file or directory',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EISDIR: 'is a directory',
		ENOTDIR: 'a parent is not a directory',
		EROFS: 'read-only file system',
		ENOSPC: 'no space left on device',
	}
	return `cannot ${action} ${path}: ${reasons[error?.code] ?? error?.message ?? String(error)}`
}

function readInput(path) {
	let bytes
	try {
		bytes = readFileSync(path)
	} catch (error) {
		throw new CliError(describeFsError(error, 'read', path))
	}
	return decodeUtf8(bytes, path)
}

/**
 * UTF-8 to text, strictly, a leading byte order mark dropped (as
 * TextDecoder does). Checking is native and fast; V8's own UTF-8 decoding
 * is not, so text that is not ASCII goes through UTF-16 (ICU, then a copy),
 * which took a third of the time on an 800 KB document.
 */
function decodeUtf8(bytes, path) {
	if (!isUtf8(bytes)) throw new CliError(`${path} is not valid UTF-8 text`)
	const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
	if (isAscii(text)) return text.latin1Slice()
	try {
		return transcode(text, 'utf8', 'utf16le').ucs2Slice()
	} catch {
		// A Node built without ICU cannot transcode.
		return text.utf8Slice()
	}
}

const ENGINE_SCRIPT = new URL('../dist/policydesk-cli.cjs', import.meta.url)
const ENGINE_MODULE = new URL('../dist/policydesk-cli.mjs', import.meta.url)
const CODE_CACHE = new URL('../dist/policydesk-cli.cache', import.meta.url)

/**
 * The engine, and when its code cache was missing or did not fit, a
 * function that writes a new one (to be called after the work is done).
 * The cache file is the CRC-32 of the engine script, the CRC-32 of V8's
 * data, then the data: V8 checks its own version and flags but, for the
 * source, only its length, and does not check the data in a release build,
 * so a cache of another build or a damaged file is never given to it.
 */
async function loadEngine() {
	let source
	try {
		source = readFileSync(ENGINE_SCRIPT)
	} catch {
		try {
			return { engine: await import(ENGINE_MODULE.href), saveCache: null }
		} catch {
			throw new CliError('the export engine is not built; run `npm run build` first')
		}
	}
	const sourceCrc = crc32(source)
	let cachedData
	try {
		const cache = readFileSync(CODE_CACHE)
		if (cache.length > 8 && cache.readUInt32LE(0) === sourceCrc && cache.readUInt32LE(4) === crc32(cache.subarray(8))) cachedData = cache.subarray(8)
	} catch {
		// No cache yet: compile, and write one afterwards.
	}
	// The script requires nothing (the build checks it), so it gets no require().
	const script = new Script(`(function (exports) {${source.utf8Slice()}\n})`, { filename: fileURLToPath(ENGINE_SCRIPT), cachedData })
	const engine = {}
	script.runInThisContext()(engine)
	const saveCache = cachedData === undefined || script.cachedDataRejected === true ? () => writeCodeCache(script, sourceCrc) : null
	return { engine, saveCache }
}

/** Best effort: a read-only install or a race with another run only means no cache this time. */
function writeCodeCache(script, sourceCrc) {
	const data = script.createCachedData()
	const header = Buffer.alloc(8)
	header.writeUInt32LE(sourceCrc, 0)
	header.writeUInt32LE(crc32(data), 4)
	const path = fileURLToPath(CODE_CACHE)
	const temp = `${path}.${process.pid}.tmp`
	try {
		writeFileSync(temp, Buffer.concat([header, data]), { flag: 'wx' })
		renameSync(temp, path)
	} catch {
		try {
			unlinkSync(temp)
		} catch {
			// Nothing was written.
		}
	}
}

function toDocument(engine, path, text, values) {
	const ext = extname(path).toLowerCase()
	if (ext === '.md' || ext === '.markdown') {
		const options = {}
		if (values.title !== undefined) options.title = values.title
		if (values.lang !== undefined) options.language = values.lang
		if (values.type !== undefined) options.type = values.type
		try {
			return engine.markdownToDocument(text, options)
		} catch (error) {
			// MarkdownImportError: the text is too large to become a document.
			throw new CliError(`${path}: ${error?.message ?? String(error)}`)
		}
	}
	if (ext === '.json') {
		let value
		try {
			value = JSON.parse(text)
		} catch (error) {
			throw new CliError(`${path} is not valid JSON: ${error.message}`)
		}
		if (value !== null && typeof value === 'object' && value.meta !== null && typeof value.meta === 'object') {
			if (values.lang !== undefined) value.meta.language = values.lang
			if (values.title !== undefined) value.meta.title = values.title
			if (values.type !== undefined) value.meta.type = values.type
		}
		const result = engine.validateDocument(value)
		if (!result.ok) {
			const [first] = result.errors
			const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''
			throw new CliError(`${path} is not a valid Policy Desk document: ${first.path === '' ? '(document)' : first.path}: ${first.message}${more}`)
		}
		return { document: result.document, warnings: [] }
	}
	throw new CliError(`${path}: unknown input type "${ext}"; use .md, .markdown or .json`, EXIT_USAGE)
}

/**
 * Writes beside the target, then renames: readers never see half a file.
 * The temporary name is new ("wx" would not overwrite a file left by a
 * crashed run or made by another one at the same moment).
 */
function writeAtomically(path, bytes) {
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
	try {
		writeFileSync(temp, bytes, { flag: 'wx' })
		renameSync(temp, path)
	} catch (error) {
		try {
			unlinkSync(temp)
		} catch {
			// It was never made.
		}
		throw new CliError(describeFsError(error, 'write', path))
	}
}

function documentDate() {
	const epoch = process.env.SOURCE_DATE_EPOCH
	if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000)
	return new Date()
}

async function main(argv) {
	const { values, positionals } = await parse(argv)
	if (values.help || positionals.length === 0) {
		process.stdout.write(USAGE)
		return values.help ? 0 : EXIT_USAGE
	}
	const [command, input, ...rest] = positionals
	if (command !== 'export') throw new CliError(`unknown command "${command}" (see --help)`, EXIT_USAGE)
	if (input === undefined) throw new CliError('export needs an INPUT file (see --help)', EXIT_USAGE)
	if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0]}" (see --help)`, EXIT_USAGE)
	if (values.output === undefined || values.output === '') throw new CliError('export needs -o OUTPUT.odt (see --help)', EXIT_USAGE)
	if (values.lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(values.lang)) {
		throw new CliError(`--lang "${values.lang}" is not a language tag like sv or de-CH`, EXIT_USAGE)
	}

	if (values.type !== undefined && !DOCUMENT_TYPES.includes(values.type)) {
		throw new CliError(`--type must be one of ${DOCUMENT_TYPES.join(', ')}`, EXIT_USAGE)
	}

	const text = readInput(input)
	const { engine, saveCache } = await loadEngine()
	const { document, warnings } = toDocument(engine, input, text, values)
	const result = engine.exportOdt(document, {
		now: documentDate(),
		final: values.final === true,
		zipCodec: ZIP_CODEC,
		...(values.creator !== undefined ? { creator: values.creator } : {}),
	})
	for (const warning of [...warnings, ...result.warnings]) process.stderr.write(`policydesk: warning: ${warning}\n`)
	writeAtomically(resolve(values.output), result.bytes)
	saveCache?.()
	return 0
}

main(process.argv.slice(2)).then(
	(code) => { process.exitCode = code },
	(error) => {
		if (error instanceof CliError) {
			process.stderr.write(`policydesk: ${error.message}\n`)
			process.exitCode = error.code
		} else {
			// A bug, not bad input: still one line, so users can report it.
			process.stderr.write(`policydesk: internal error: ${error?.message ?? String(error)}\n`)
			process.exitCode = EXIT_FAILURE
		}
	},
)
