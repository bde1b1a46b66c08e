/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Starting structures per document type, modelled on the corpus:
 * the Västerås international policy (aim, vision, method, background,
 * action plan), the Helsinki declaration and the Inclusive Smart Cities
 * manifesto (preamble, principles, commitments, signatories) and the
 * Västerås proposal to the municipal board (background, proposed decision,
 * attachments, signatories).
 *
 * The title, the attachment list and the signature lines are not part of
 * the body: the ODT writer renders them from meta.title, attachments and
 * meta.signatories, so a template never repeats them as text. The heading
 * texts go through `translate`, keeping this module free of Nextcloud
 * imports; the app passes translateTemplateHeading
 * (src/composables/templateHeadings.ts), where each heading is a literal
 * t() call that Nextcloud's string extraction can find.
 */
import { doc, h, li, ol, p, policyDocument, ul } from './builders'
import type { BlockNode, DocumentMeta, DocumentType, PolicyDocument } from './types'

/** Every string a template passes to `translate`, for the app's translation catalogue. */
export const TEMPLATE_STRINGS = [
	'Aim',
	'Vision',
	'Method',
	'Background',
	'Action plan',
	'Preamble',
	'Principles',
	'Commitments',
	'Signatories',
	'Proposed decision',
] as const

export type TemplateString = typeof TEMPLATE_STRINGS[number]

type Translate = (text: TemplateString) => string

/** A heading with an empty paragraph to write in. */
function section(translate: Translate, heading: TemplateString, ...body: BlockNode[]): BlockNode[] {
	return [h(1, translate(heading)), ...(body.length > 0 ? body : [p()])]
}

/**
 * The body of each template, as a table from type to builder (like
 * ProseMirror's to_dom serializer), so a new type is one more entry.
 */
const templates: Record<DocumentType, (translate: Translate) => BlockNode[]> = {
	policy: (translate) => [
		...section(translate, 'Aim'),
		...section(translate, 'Vision'),
		...section(translate, 'Method'),
		...section(translate, 'Background'),
		// Västerås' action plan is a list of activities, each a short paragraph.
		...section(translate, 'Action plan', ol(li(p()))),
	],
	declaration: (translate) => [
		...section(translate, 'Preamble'),
		...section(translate, 'Principles', ul(li(p()))),
		...section(translate, 'Commitments', ol(li(p()))),
		// The cities or people who sign a declaration, listed as in Helsinki's;
		// signature lines for named signatories come from meta.signatories.
		...section(translate, 'Signatories', ul(li(p()))),
	],
	decision_proposal: (translate) => [
		...section(translate, 'Background'),
		...section(translate, 'Proposed decision'),
	],
}

/** The document types that have a template, in menu order. */
export const TEMPLATE_TYPES: readonly DocumentType[] = ['policy', 'declaration', 'decision_proposal']

/**
 * A new document of the given type, with the template's sections.
 * `meta` may carry any metadata (title and language required); its type is
 * set to `type`.
 */
export function createFromTemplate(
	type: DocumentType,
	meta: Omit<DocumentMeta, 'type'> & { type?: DocumentType },
	translate: Translate,
): PolicyDocument {
	return policyDocument({ ...meta, type }, doc(...templates[type](translate)))
}
