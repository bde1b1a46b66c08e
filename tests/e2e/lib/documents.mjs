/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Documents the end-to-end specs seed into the API double: the stored form
 * (PolicyDocument, schemaVersion 1; see src/model/types.ts) with only what a
 * spec varies left to it.
 */

/**
 * @param {string} value the text
 * @return {object[]} inline content of one unmarked text run
 */
export function text(value) {
	return [{ type: 'text', text: value }]
}

/**
 * @param {string} title meta.title
 * @param {string} language meta.language, a BCP 47 tag
 * @param {object[]} blocks the body's top-level nodes
 * @return {object} a policy without attachments
 */
export function policyDocument(title, language, blocks) {
	return {
		schemaVersion: 1,
		meta: { title, type: 'policy', language },
		attachments: [],
		body: { type: 'doc', content: blocks },
	}
}
