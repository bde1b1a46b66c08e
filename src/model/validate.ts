/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Checks an untrusted value against the document schema, the way
 * prosemirror-model's Node.check() does, but reporting every problem with
 * a field path (`body.content[3].attrs.level`) in the same style as the
 * PHP validator, so the front end and the server's 400 answers agree.
 * Failure is a value: nothing here throws for bad input.
 */
import type { PolicyDocument } from './types'
import { type FieldSpec, contentMatcher, isScalarItems, schemaData } from './schema'

export interface ValidationError {
	/** Dotted field path, '' for the document itself. */
	path: string
	message: string
}

export type ValidationResult =
	| { ok: true, document: PolicyDocument }
	| { ok: false, errors: ValidationError[] }

/** Stop collecting after this many errors: one broken paste should not yield a megabyte of messages. */
const MAX_ERRORS = 100

class Collector {

	readonly errors: ValidationError[] = []

	add(path: string, message: string): void {
		if (this.errors.length < MAX_ERRORS) {
			this.errors.push({ path, message })
		}
	}

	get full(): boolean {
		return this.errors.length >= MAX_ERRORS
	}

}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`
}

/** Length in code points, as PHP's mb_strlen counts, so limits agree for emoji. */
export function codePointLength(text: string): number {
	let length = 0
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i)
		if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1)
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++
			}
		}
		length++
	}
	return length
}

const patterns = new Map<string, RegExp>()
function pattern(source: string): RegExp {
	let regexp = patterns.get(source)
	if (regexp === undefined) {
		regexp = new RegExp(source, 'u')
		patterns.set(source, regexp)
	}
	return regexp
}

function describe(value: unknown): string {
	if (value === null) {
		return 'null'
	}
	if (Array.isArray(value)) {
		return 'an array'
	}
	if (typeof value === 'number' && !Number.isInteger(value)) {
		return 'a fractional number'
	}
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Check one scalar or array field against its spec. Presence is checked by the caller. */
function checkField(value: unknown, spec: FieldSpec, path: string, errors: Collector): void {
	if (value === null) {
		if (spec.nullable !== true) {
			errors.add(path, 'must not be null')
		}
		return
	}
	switch (spec.type) {
	case 'string': {
		if (typeof value !== 'string') {
			errors.add(path, `must be a string, not ${describe(value)}`)
			return
		}
		const length = codePointLength(value)
		if (spec.minLength !== undefined && length < spec.minLength) {
			errors.add(path, spec.minLength === 1 ? 'must not be empty' : `must be at least ${spec.minLength} characters long`)
		}
		if (spec.maxLength !== undefined && length > spec.maxLength) {
			errors.add(path, `must be at most ${spec.maxLength} characters long`)
		}
		if (spec.pattern !== undefined && !pattern(spec.pattern).test(value)) {
			errors.add(path, `has an invalid format (expected ${spec.pattern})`)
		}
		break
	}
	case 'integer':
		if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
			errors.add(path, `must be an integer, not ${describe(value)}`)
			return
		}
		if (spec.minimum !== undefined && value < spec.minimum) {
			errors.add(path, `must be at least ${spec.minimum}`)
		}
		if (spec.maximum !== undefined && value > spec.maximum) {
			errors.add(path, `must be at most ${spec.maximum}`)
		}
		break
	case 'boolean':
		if (typeof value !== 'boolean') {
			errors.add(path, `must be true or false, not ${describe(value)}`)
			return
		}
		break
	case 'array':
		if (!Array.isArray(value)) {
			errors.add(path, `must be an array, not ${describe(value)}`)
			return
		}
		if (spec.maxItems !== undefined && value.length > spec.maxItems) {
			errors.add(path, `must have at most ${spec.maxItems} items`)
		}
		if (spec.items !== undefined) {
			const items = spec.items
			value.forEach((item, index) => {
				const itemPath = `${path}[${index}]`
				if (isScalarItems(items)) {
					checkField(item, items, itemPath, errors)
				} else {
					checkRecord(item, items, itemPath, errors)
				}
			})
		}
		return
	}
	if (spec.enum !== undefined && !spec.enum.includes(value)) {
		errors.add(path, `must be one of ${spec.enum.map((option) => JSON.stringify(option)).join(', ')}`)
	}
}

/** Check an object whose keys are exactly the declared fields (unknown keys are errors). */
function checkRecord(value: unknown, fields: Record<string, FieldSpec>, path: string, errors: Collector): void {
	if (!isRecord(value)) {
		errors.add(path, `must be an object, not ${describe(value)}`)
		return
	}
	for (const key of Object.keys(value)) {
		if (fields[key] === undefined) {
			errors.add(join(path, key), 'is not a known field')
		}
	}
	for (const [key, spec] of Object.entries(fields)) {
		if (value[key] === undefined) {
			if (spec.required === true) {
				errors.add(join(path, key), 'is required')
			}
			continue
		}
		checkField(value[key], spec, join(path, key), errors)
	}
}

function checkMarks(marks: unknown, path: string, errors: Collector): void {
	if (!Array.isArray(marks)) {
		errors.add(path, `must be an array, not ${describe(marks)}`)
		return
	}
	const seen = new Set<string>()
	marks.forEach((mark, index) => {
		const markPath = `${path}[${index}]`
		if (!isRecord(mark)) {
			errors.add(markPath, `must be an object, not ${describe(mark)}`)
			return
		}
		const type = mark.type
		if (typeof type !== 'string' || schemaData.marks[type] === undefined) {
			errors.add(join(markPath, 'type'), `must be one of ${Object.keys(schemaData.marks).join(', ')}`)
			return
		}
		if (seen.has(type)) {
			errors.add(join(markPath, 'type'), `"${type}" appears twice`)
		}
		seen.add(type)
		for (const key of Object.keys(mark)) {
			if (key !== 'type' && key !== 'attrs') {
				errors.add(join(markPath, key), 'is not a known field')
			}
		}
		checkAttrs(mark.attrs, schemaData.marks[type]?.attrs, join(markPath, 'attrs'), errors)
	})
}

/**
 * Attributes: undeclared ones are errors, missing ones fall back to their
 * default (or are errors when required). An absent or empty `attrs` is fine
 * when nothing is required, as tiptap omits it.
 */
function checkAttrs(attrs: unknown, specs: Record<string, FieldSpec> | undefined, path: string, errors: Collector): void {
	if (attrs === undefined) {
		for (const [key, spec] of Object.entries(specs ?? {})) {
			if (spec.required === true) {
				errors.add(join(path, key), 'is required')
			}
		}
		return
	}
	checkRecord(attrs, specs ?? {}, path, errors)
}

interface BodyContext {
	errors: Collector
}

function checkNode(node: unknown, path: string, depth: number, context: BodyContext, expectedType?: string): string | null {
	const { errors } = context
	if (errors.full) {
		return null
	}
	if (!isRecord(node)) {
		errors.add(path, `must be a node object, not ${describe(node)}`)
		return null
	}
	const type = node.type
	const spec = typeof type === 'string' ? schemaData.nodes[type] : undefined
	if (typeof type !== 'string' || spec === undefined) {
		errors.add(join(path, 'type'), typeof type === 'string' ? `"${type}" is not a known node type` : 'is required and must be a string')
		return null
	}
	if (expectedType !== undefined && type !== expectedType) {
		errors.add(join(path, 'type'), `must be "${expectedType}"`)
		return type
	}
	if (depth > schemaData.limits.maxDepth) {
		errors.add(path, `is nested deeper than ${schemaData.limits.maxDepth} levels`)
		return type
	}

	// Same field sets as lib/Model/ContentValidator.php: text nodes carry
	// text and marks, every other node attrs and content.
	const allowed = spec.text === true ? ['type', 'text', 'marks'] : ['type', 'attrs', 'content']
	for (const key of Object.keys(node)) {
		if (!allowed.includes(key)) {
			errors.add(join(path, key), 'is not a known field')
		}
	}

	if (spec.text === true) {
		if (typeof node.text !== 'string' || node.text === '') {
			// ProseMirror refuses empty text nodes; so do we.
			errors.add(join(path, 'text'), 'must be a non-empty string')
		} else {
			if (codePointLength(node.text) > schemaData.limits.maxTextLength) {
				errors.add(join(path, 'text'), `must be at most ${schemaData.limits.maxTextLength} characters long`)
			}
		}
		if (node.marks !== undefined) {
			checkMarks(node.marks, join(path, 'marks'), errors)
		}
		return type
	}

	checkAttrs(node.attrs, spec.attrs, join(path, 'attrs'), errors)
	const matcher = contentMatcher(type)
	const content = node.content
	if (matcher === null) {
		if (content !== undefined) {
			errors.add(join(path, 'content'), `"${type}" cannot have content`)
		}
		return type
	}
	if (content !== undefined && !Array.isArray(content)) {
		errors.add(join(path, 'content'), `must be an array, not ${describe(content)}`)
		return type
	}
	const children = (content ?? []) as unknown[]
	const childTypes: string[] = []
	children.forEach((child, index) => {
		const childType = checkNode(child, `${path}.content[${index}]`, depth + 1, context)
		childTypes.push(childType ?? '?')
	})
	if (childTypes.includes('?')) {
		// The broken child was reported; a content mismatch on top would only repeat it.
		return type
	}
	const result = matcher.match(childTypes)
	if (!result.ok) {
		const expected = result.expected.length > 0 ? result.expected.join(' or ') : 'nothing'
		if (result.index < children.length) {
			errors.add(`${path}.content[${result.index}]`, `"${childTypes[result.index]}" is not allowed here in "${type}" (expected ${expected}; content: ${matcher.expression})`)
		} else {
			errors.add(join(path, 'content'), `"${type}" is incomplete (expected ${expected}; content: ${matcher.expression})`)
		}
	}
	return type
}

function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length
}

/** Check only a body (`doc` node); paths start at `prefix`. */
export function validateBody(body: unknown, prefix = 'body'): ValidationError[] {
	const context: BodyContext = { errors: new Collector() }
	checkNode(body, prefix, 1, context, schemaData.topNode)
	return context.errors.errors
}

/**
 * Validate an untrusted value as a stored PolicyDocument: top-level shape,
 * schemaVersion, meta, attachments, and the body against the node/mark
 * schema and its limits. On success the same object is returned, typed.
 */
export function validateDocument(value: unknown): ValidationResult {
	const errors = new Collector()
	let serialized: string
	try {
		serialized = JSON.stringify(value) ?? ''
	} catch {
		return { ok: false, errors: [{ path: '', message: 'is not serialisable as JSON' }] }
	}
	if (utf8Length(serialized) > schemaData.limits.maxBodyBytes) {
		return { ok: false, errors: [{ path: '', message: `is larger than ${schemaData.limits.maxBodyBytes} bytes` }] }
	}
	if (!isRecord(value)) {
		return { ok: false, errors: [{ path: '', message: `must be an object, not ${describe(value)}` }] }
	}
	for (const key of Object.keys(value)) {
		if (!['schemaVersion', 'meta', 'attachments', 'body'].includes(key)) {
			errors.add(key, 'is not a known field')
		}
	}
	if (value.schemaVersion !== schemaData.schemaVersion) {
		errors.add('schemaVersion', `must be ${schemaData.schemaVersion}`)
	}
	if (value.meta === undefined) {
		errors.add('meta', 'is required')
	} else {
		checkRecord(value.meta, schemaData.meta, 'meta', errors)
	}
	if (value.attachments === undefined) {
		errors.add('attachments', 'is required')
	} else if (!Array.isArray(value.attachments)) {
		errors.add('attachments', `must be an array, not ${describe(value.attachments)}`)
	} else {
		if (value.attachments.length > schemaData.maxAttachments) {
			errors.add('attachments', `must have at most ${schemaData.maxAttachments} items`)
		}
		value.attachments.forEach((attachment, index) => checkRecord(attachment, schemaData.attachment, `attachments[${index}]`, errors))
	}
	if (value.body === undefined) {
		errors.add('body', 'is required')
	} else {
		for (const error of validateBody(value.body)) {
			errors.add(error.path, error.message)
		}
	}
	if (errors.errors.length > 0) {
		return { ok: false, errors: errors.errors }
	}
	return { ok: true, document: value as unknown as PolicyDocument }
}

/** One line per error, for logs and tests: "body.content[3].attrs.level: must be one of 1, 2, 3". */
export function formatErrors(errors: readonly ValidationError[]): string {
	return errors.map((error) => `${error.path === '' ? '(document)' : error.path}: ${error.message}`).join('\n')
}

/** Parse JSON text and validate it as a document; malformed JSON is an error value too. */
export function parseDocument(json: string): ValidationResult {
	let value: unknown
	try {
		value = JSON.parse(json)
	} catch (error) {
		return { ok: false, errors: [{ path: '', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }] }
	}
	return validateDocument(value)
}
