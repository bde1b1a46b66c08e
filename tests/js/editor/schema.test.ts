// @vitest-environment happy-dom
/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The editor's ProseMirror schema and lib/Model/document-schema.json must
 * describe the same documents; this test fails as soon as either drifts.
 */
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createPolicyExtensions } from '../../../src/editor/extensions'
import documentSchema from '../../../lib/Model/document-schema.json'

type AttrSpec = { default?: unknown, required?: boolean }
type ModelNode = { content?: string, group?: string, inline?: boolean, attrs?: Record<string, AttrSpec> }

const schema = getSchema(createPolicyExtensions())
const modelNodes = documentSchema.nodes as Record<string, ModelNode>
const modelMarks = documentSchema.marks as Record<string, { attrs?: Record<string, AttrSpec> }>

// Every name any model content expression mentions (nodes and groups).
const referencedNames = new Set(Object.values(modelNodes).flatMap((node) => node.content?.match(/[A-Za-z_]+/g) ?? []))

describe('editor schema', () => {
	it('has exactly the model\'s node and mark names', () => {
		expect(Object.keys(schema.nodes).sort()).toEqual(Object.keys(modelNodes).sort())
		// Marks in the model's order: ProseMirror sorts a node's marks by it, and it is hashed.
		expect(Object.keys(schema.marks)).toEqual(Object.keys(modelMarks))
		expect(schema.topNodeType.name).toBe(documentSchema.topNode)
	})

	it.each(Object.keys(modelNodes))('node %s has the model\'s content, group, inline flag and attributes', (name) => {
		const model = modelNodes[name]!
		const spec = schema.nodes[name]!.spec
		// The editor writes the same expression; text nodes have none in both.
		expect(spec.content ?? undefined, 'content').toBe(model.content)
		// tiptap adds helper groups (lists are also in "list"); they change
		// nothing as long as no content expression names them.
		const groups = (spec.group ?? '').split(' ').filter(Boolean)
		const extra = groups.filter((group) => group !== model.group)
		expect(groups, 'group').toEqual(model.group ? expect.arrayContaining([model.group]) : extra)
		for (const group of extra) {
			expect(referencedNames, `helper group "${group}" must not appear in any content expression`).not.toContain(group)
		}
		expect(schema.nodes[name]!.isInline, 'inline').toBe(Boolean(model.inline))
		const attrs = schema.nodes[name]!.spec.attrs ?? {}
		expect(Object.keys(attrs).sort(), 'attribute names').toEqual(Object.keys(model.attrs ?? {}).sort())
		for (const [attr, attrSpec] of Object.entries(model.attrs ?? {})) {
			if ('default' in attrSpec) {
				expect(attrs[attr]!.default, `${attr} default`).toEqual(attrSpec.default)
			}
		}
	})

	it.each(Object.keys(modelMarks))('mark %s has the model\'s attributes and excludes no other mark', (name) => {
		const attrs = schema.marks[name]!.spec.attrs ?? {}
		expect(Object.keys(attrs).sort()).toEqual(Object.keys(modelMarks[name]!.attrs ?? {}).sort())
		// The model allows any combination of marks (linked code, bold links…).
		for (const other of Object.keys(modelMarks)) {
			expect(schema.marks[name]!.excludes(schema.marks[other]!), `${name} excludes ${other}`).toBe(other === name)
		}
	})

	it('lets every node with inline content hold every mark', () => {
		for (const type of Object.values(schema.nodes).filter((node) => node.inlineContent)) {
			for (const mark of Object.values(schema.marks)) {
				expect(type.allowsMarkType(mark), `${type.name} allows ${mark.name}`).toBe(true)
			}
		}
	})

	it('reads only the heading levels the model allows', async () => {
		const { DOMParser: SchemaParser } = await import('@tiptap/pm/model')
		const levels = documentSchema.nodes.heading.attrs.level.enum
		const html = levels.map((level) => `<h${level}>x</h${level}>`).join('') + '<h4>four</h4>'
		// Parse through the schema's own rules, as paste does: <h4> is no heading here.
		const doc = SchemaParser.fromSchema(schema).parse(new DOMParser().parseFromString(html, 'text/html').body)
		const found = doc.content.content.map((node) => node.type.name === 'heading' ? node.attrs.level : node.type.name)
		expect(found).toEqual([...levels, 'paragraph'])
	})
})
