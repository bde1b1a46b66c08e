/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Editor JSON → model body. The editor's schema already matches the model,
 * so this only drops what the model does not store: attributes the schema
 * does not declare and null values of optional attributes (a link without a
 * title). It walks the tree once and copies nothing else.
 */
import type { JSONContent } from '@tiptap/core'
import type { DocNode } from '../model/types'
import documentSchema from '../../lib/Model/document-schema.json'

type AttrSpecs = Record<string, Record<string, unknown>>

const nodeAttrs = new Map<string, string[]>(
	Object.entries(documentSchema.nodes as Record<string, { attrs?: AttrSpecs }>)
		.map(([name, spec]) => [name, Object.keys(spec.attrs ?? {})]),
)
const markAttrs = new Map<string, string[]>(
	Object.entries(documentSchema.marks as Record<string, { attrs?: AttrSpecs }>)
		.map(([name, spec]) => [name, Object.keys(spec.attrs ?? {})]),
)

function pickAttrs(attrs: Record<string, unknown> | undefined, allowed: string[] | undefined): Record<string, unknown> | undefined {
	if (!attrs || !allowed || allowed.length === 0) {
		return undefined
	}
	const result: Record<string, unknown> = {}
	for (const name of allowed) {
		const value = attrs[name]
		if (value !== null && value !== undefined) {
			result[name] = value
		}
	}
	return Object.keys(result).length > 0 ? result : undefined
}

function convertNode(node: JSONContent): Record<string, unknown> {
	const out: Record<string, unknown> = { type: node.type }
	const attrs = pickAttrs(node.attrs, nodeAttrs.get(node.type ?? ''))
	if (attrs) {
		out.attrs = attrs
	}
	if (node.type === 'text') {
		out.text = node.text ?? ''
	}
	if (node.marks && node.marks.length > 0) {
		out.marks = node.marks.map((mark) => {
			const markOut: Record<string, unknown> = { type: mark.type }
			const markAttrsOut = pickAttrs(mark.attrs, markAttrs.get(mark.type))
			if (markAttrsOut) {
				markOut.attrs = markAttrsOut
			}
			return markOut
		})
	}
	if (node.content && node.content.length > 0) {
		out.content = node.content.map(convertNode)
	}
	return out
}

/** The model body for the editor's `getJSON()` output. */
export function editorJsonToDoc(json: JSONContent): DocNode {
	return convertNode(json) as unknown as DocNode
}
