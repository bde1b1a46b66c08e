/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Definition lists ("(definitionTerm definitionDescription+)+"), which the
 * Markdown import creates from the corpus glossaries. They render as HTML
 * <dl>/<dt>/<dd>, and pasted <dl> markup is read back into the same nodes.
 */
import { Node, mergeAttributes } from '@tiptap/core'

export const DefinitionList = Node.create({
	name: 'definitionList',
	group: 'block',
	content: '(definitionTerm definitionDescription+)+',
	parseHTML: () => [{ tag: 'dl' }],
	renderHTML: ({ HTMLAttributes }) => ['dl', mergeAttributes(HTMLAttributes, { class: 'pd-definition-list' }), 0],
})

export const DefinitionTerm = Node.create({
	name: 'definitionTerm',
	content: 'inline*',
	defining: true,
	parseHTML: () => [{ tag: 'dt' }],
	renderHTML: ({ HTMLAttributes }) => ['dt', HTMLAttributes, 0],
})

export const DefinitionDescription = Node.create({
	name: 'definitionDescription',
	content: 'block+',
	defining: true,
	parseHTML: () => [{ tag: 'dd' }],
	renderHTML: ({ HTMLAttributes }) => ['dd', HTMLAttributes, 0],
})
