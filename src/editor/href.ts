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

/**
 * Whether `text` holds a space or an ASCII control character (U+0000–U+0020, U+007F).
 *
 * @param text the address to check
 */
function hasControlOrSpace(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i)
		if (code <= 0x20 || code === 0x7f) {
			return true
		}
	}
	return false
}

/**
 * Whether `href` may be stored as a link target.
 *
 * @param href the link target as it would be stored
 */
export function isSafeHref(href: string): boolean {
	// Browsers drop ASCII control characters and surrounding spaces before
	// they read a scheme ("java\nscript:" runs), so anything with them is refused
	// rather than "cleaned" into something the user did not type.
	if (href.length === 0 || href.length > hrefSpec.maxLength || hasControlOrSpace(href)) {
		return false
	}
	return hrefPattern.test(href)
}

/**
 * Turn what someone typed into the link dialog into a link target, or null
 * when it must not be stored. "www.example.org" means the web site, not a
 * relative file called that, so "www." gets https:// in front. Other
 * scheme-less input ("annex.pdf", "#aim") stays relative, as typed.
 *
 * @param input what the user typed
 */
export function normalizeHref(input: string): string | null {
	const trimmed = input.trim()
	const href = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed
	return isSafeHref(href) ? href : null
}
