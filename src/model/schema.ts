/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The body schema as data (lib/Model/document-schema.json, shared with the
 * PHP server) and a compiler for its ProseMirror-style content expressions.
 * Like prosemirror-model's ContentMatch, an expression becomes a finite
 * automaton over child node type names; unlike it, we only need to answer
 * "does this sequence of children fit, and if not, where does it break".
 */
import schemaJson from '../../lib/Model/document-schema.json'

export type FieldType = 'string' | 'integer' | 'boolean' | 'array'

/** One attribute or metadata field, in the schema file's own vocabulary. */
export interface FieldSpec {
	type: FieldType
	required?: boolean
	nullable?: boolean
	default?: unknown
	enum?: readonly unknown[]
	minimum?: number
	maximum?: number
	minLength?: number
	maxLength?: number
	pattern?: string
	/** For arrays: a field spec for scalar items, or a record of field specs for object items. */
	items?: FieldSpec | Record<string, FieldSpec>
	maxItems?: number
}

export interface NodeSpec {
	group?: string
	content?: string
	inline?: boolean
	text?: boolean
	attrs?: Record<string, FieldSpec>
}

export interface MarkSpec {
	attrs?: Record<string, FieldSpec>
}

export interface SchemaLimits {
	maxBodyBytes: number
	maxDepth: number
	maxTitleLength: number
	maxTextLength: number
}

export interface SchemaData {
	schemaVersion: number
	limits: SchemaLimits
	topNode: string
	nodes: Record<string, NodeSpec>
	marks: Record<string, MarkSpec>
	documentTypes: string[]
	meta: Record<string, FieldSpec>
	attachment: Record<string, FieldSpec>
	maxAttachments: number
}

/** The schema file, typed. Treat as read-only. */
export const schemaData: SchemaData = schemaJson as unknown as SchemaData

/** True when an `items` spec describes scalar items rather than objects. */
export function isScalarItems(items: FieldSpec | Record<string, FieldSpec>): items is FieldSpec {
	return typeof (items as FieldSpec).type === 'string'
}

/** Result of matching children against a content expression. */
export type ContentMatchResult =
	| { ok: true }
	| {
		ok: false
		/** Index of the first child that does not fit, or children.length if more were expected. */
		index: number
		/** Node type names that would have been accepted at that position (sorted). */
		expected: string[]
	}

/**
 * A content expression compiled to a nondeterministic automaton (Thompson
 * construction). States are numbers; `edges[s]` are labelled transitions
 * (label: set of node names) and `epsilon[s]` the free ones.
 */
export class ContentMatcher {

	readonly expression: string
	private readonly edges: Array<Array<{ names: ReadonlySet<string>, to: number }>>
	private readonly epsilon: number[][]
	private readonly start: number
	private readonly accept: number

	constructor(expression: string, edges: Array<Array<{ names: ReadonlySet<string>, to: number }>>, epsilon: number[][], start: number, accept: number) {
		this.expression = expression
		this.edges = edges
		this.epsilon = epsilon
		this.start = start
		this.accept = accept
	}

	private closure(states: Iterable<number>): Set<number> {
		const result = new Set<number>()
		const stack = [...states]
		while (stack.length > 0) {
			const state = stack.pop() as number
			if (result.has(state)) {
				continue
			}
			result.add(state)
			for (const next of this.epsilon[state] ?? []) {
				stack.push(next)
			}
		}
		return result
	}

	private expectedAt(states: Set<number>): string[] {
		const names = new Set<string>()
		for (const state of states) {
			for (const edge of this.edges[state] ?? []) {
				edge.names.forEach((name) => names.add(name))
			}
		}
		return [...names].sort()
	}

	/** Do these child type names, in order, satisfy the expression? */
	match(children: readonly string[]): ContentMatchResult {
		let current = this.closure([this.start])
		for (let index = 0; index < children.length; index++) {
			const name = children[index] as string
			const next: number[] = []
			for (const state of current) {
				for (const edge of this.edges[state] ?? []) {
					if (edge.names.has(name)) {
						next.push(edge.to)
					}
				}
			}
			if (next.length === 0) {
				return { ok: false, index, expected: this.expectedAt(current) }
			}
			current = this.closure(next)
		}
		if (!current.has(this.accept)) {
			return { ok: false, index: children.length, expected: this.expectedAt(current) }
		}
		return { ok: true }
	}

	/** True when the expression accepts no children at all (e.g. "inline*"). */
	get allowsEmpty(): boolean {
		return this.match([]).ok
	}

}

/** Thrown only for a broken schema file or expression: a programming error, not bad user input. */
export class ContentExpressionError extends Error {

	constructor(expression: string, message: string) {
		super(`Invalid content expression "${expression}": ${message}`)
		this.name = 'ContentExpressionError'
	}

}

type ExpressionTree =
	| { kind: 'names', names: ReadonlySet<string> }
	| { kind: 'sequence', parts: ExpressionTree[] }
	| { kind: 'choice', alternatives: ExpressionTree[] }
	| { kind: 'range', inner: ExpressionTree, min: number, max: number | null }

/** Parse an expression into a tree; `resolve` turns a node or group name into node names. */
function parseExpression(expression: string, resolve: (name: string) => ReadonlySet<string>): ExpressionTree {
	const tokens = expression.match(/\w+|\S/g) ?? []
	let position = 0
	const fail = (message: string): never => {
		throw new ContentExpressionError(expression, message)
	}
	const number = (): number => {
		const token = tokens[position]
		if (token === undefined || !/^\d+$/.test(token)) {
			fail('expected a number in {…}')
		}
		position++
		return Number(token)
	}

	function choice(): ExpressionTree {
		const alternatives = [sequence()]
		while (tokens[position] === '|') {
			position++
			alternatives.push(sequence())
		}
		return alternatives.length === 1 ? alternatives[0] as ExpressionTree : { kind: 'choice', alternatives }
	}

	function sequence(): ExpressionTree {
		const parts: ExpressionTree[] = []
		while (position < tokens.length && tokens[position] !== ')' && tokens[position] !== '|') {
			parts.push(postfix())
		}
		if (parts.length === 0) {
			fail('empty alternative')
		}
		return parts.length === 1 ? parts[0] as ExpressionTree : { kind: 'sequence', parts }
	}

	function postfix(): ExpressionTree {
		let tree = atom()
		for (;;) {
			const token = tokens[position]
			if (token === '*' || token === '+' || token === '?') {
				position++
				tree = { kind: 'range', inner: tree, min: token === '+' ? 1 : 0, max: token === '?' ? 1 : null }
			} else if (token === '{') {
				position++
				const min = number()
				let max: number | null = min
				if (tokens[position] === ',') {
					position++
					max = tokens[position] === '}' ? null : number()
				}
				if (tokens[position] !== '}') {
					fail('missing "}"')
				}
				position++
				if (max !== null && max < min) {
					fail('range maximum below minimum')
				}
				tree = { kind: 'range', inner: tree, min, max }
			} else {
				return tree
			}
		}
	}

	function atom(): ExpressionTree {
		const token = tokens[position]
		if (token === '(') {
			position++
			const inner = choice()
			if (tokens[position] !== ')') {
				fail('missing ")"')
			}
			position++
			return inner
		}
		if (token !== undefined && /^\w+$/.test(token)) {
			position++
			return { kind: 'names', names: resolve(token) }
		}
		return fail(token === undefined ? 'unexpected end' : `unexpected "${token}"`)
	}

	const tree = choice()
	if (position !== tokens.length) {
		fail(`unexpected "${tokens[position]}"`)
	}
	return tree
}

/**
 * Compile a ProseMirror content expression: node or group names, `|`
 * choice, juxtaposition for sequence, `( )` grouping, `* + ?` repetition,
 * and `{n}` `{n,}` `{n,m}` ranges. An empty expression accepts no children.
 *
 * @throws ContentExpressionError when the expression or a name in it is invalid
 */
export function compileContentExpression(expression: string, nodes: Record<string, NodeSpec> = schemaData.nodes): ContentMatcher {
	const edges: Array<Array<{ names: ReadonlySet<string>, to: number }>> = []
	const epsilon: number[][] = []
	const state = (): number => {
		edges.push([])
		epsilon.push([])
		return edges.length - 1
	}
	const link = (from: number, to: number): void => {
		epsilon[from]?.push(to)
	}
	const resolve = (name: string): ReadonlySet<string> => {
		if (nodes[name] !== undefined) {
			return new Set([name])
		}
		const members = Object.entries(nodes).filter(([, spec]) => spec.group?.split(' ').includes(name)).map(([member]) => member)
		if (members.length === 0) {
			throw new ContentExpressionError(expression, `"${name}" is neither a node nor a group`)
		}
		return new Set(members)
	}

	// Each call makes fresh states, so a repeated sub-expression gets its own copy.
	const build = (tree: ExpressionTree): { start: number, end: number } => {
		const start = state()
		let end = start
		switch (tree.kind) {
		case 'names':
			end = state()
			edges[start]?.push({ names: tree.names, to: end })
			break
		case 'sequence':
			for (const part of tree.parts) {
				const fragment = build(part)
				link(end, fragment.start)
				end = fragment.end
			}
			break
		case 'choice':
			end = state()
			for (const alternative of tree.alternatives) {
				const fragment = build(alternative)
				link(start, fragment.start)
				link(fragment.end, end)
			}
			break
		case 'range': {
			for (let i = 0; i < tree.min; i++) {
				const fragment = build(tree.inner)
				link(end, fragment.start)
				end = fragment.end
			}
			if (tree.max === null) {
				const loop = build(tree.inner)
				const after = state()
				link(end, loop.start)
				link(end, after)
				link(loop.end, loop.start)
				link(loop.end, after)
				end = after
			} else {
				const after = state()
				for (let i = tree.min; i < tree.max; i++) {
					const fragment = build(tree.inner)
					link(end, after)
					link(end, fragment.start)
					end = fragment.end
				}
				link(end, after)
				end = after
			}
			break
		}
		}
		return { start, end }
	}

	if (expression.trim() === '') {
		const only = state()
		return new ContentMatcher(expression, edges, epsilon, only, only)
	}
	const fragment = build(parseExpression(expression, resolve))
	return new ContentMatcher(expression, edges, epsilon, fragment.start, fragment.end)
}

const matchers = new Map<string, ContentMatcher>()

/** The compiled content matcher of a node type (cached), or null for leaf nodes. */
export function contentMatcher(nodeType: string): ContentMatcher | null {
	const spec = schemaData.nodes[nodeType]
	if (spec?.content === undefined) {
		return null
	}
	let matcher = matchers.get(nodeType)
	if (matcher === undefined) {
		matcher = compileContentExpression(spec.content)
		matchers.set(nodeType, matcher)
	}
	return matcher
}

/** The default of a node attribute as declared in the schema (e.g. orderedList.start → 1). */
export function attrDefault(nodeType: string, attr: string): unknown {
	return schemaData.nodes[nodeType]?.attrs?.[attr]?.default
}

/** Node type names that belong to a group, e.g. "block" or "inline". */
export function groupMembers(group: string): string[] {
	return Object.entries(schemaData.nodes)
		.filter(([, spec]) => spec.group?.split(' ').includes(group))
		.map(([name]) => name)
}
