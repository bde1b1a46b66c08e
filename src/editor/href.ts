/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Which link targets the editor accepts. The rule is the schema's own
 * `marks.link.attrs.href.pattern`, so the dialog, pasted HTML and the
 * server all refuse the same addresses (javascript:, data:, vbscript:, …).
 */
import documentSchema from '../../lib/Model/document-schema.json'

const hrefSpec = documentSchema.marks.link.attrs.href
const hrefPattern = new RegExp(hrefSpec.pattern)

/** Whether `href` may be stored as a link target. */
export function isSafeHref(href: string): boolean {
	// Browsers drop ASCII control characters and surrounding spaces before
	// they read a scheme ("java\nscript:" runs), so anything with them is refused
	// rather than "cleaned" into something the user did not type.
	if (href.length === 0 || href.length > hrefSpec.maxLength || /[\u0000-\u0020\u007f]/.test(href)) {
		return false
	}
	return hrefPattern.test(href)
}

/**
 * Turn what someone typed into the link dialog into a link target, or null
 * when it must not be stored. "www.example.org" means the web site, not a
 * relative file called that, so "www." gets https:// in front. Other
 * scheme-less input ("annex.pdf", "#aim") stays relative, as typed.
 */
export function normalizeHref(input: string): string | null {
	const trimmed = input.trim()
	const href = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed
	return isSafeHref(href) ? href : null
}
