/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** ODF 1.3 part 3 §1.5 (table 1): the namespaces the parts use. */
export const NS = {
	office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
	style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
	text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
	table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
	fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
	svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
	xlink: 'http://www.w3.org/1999/xlink',
	dc: 'http://purl.org/dc/elements/1.1/',
	meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
	manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const

export type Prefix = keyof typeof NS

export function xmlns(...prefixes: Prefix[]): string {
	return prefixes.map((p) => ` xmlns:${p}="${NS[p]}"`).join('')
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The ODF version every part declares (part 3 §19.386 office:version). */
export const ODF_VERSION = '1.3'
