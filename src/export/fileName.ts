/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * File names for exported documents: "<Title> (v3).odt", and "<Title> (v3) (2).odt"
 * when that name is taken. Titles are free text; Nextcloud refuses some
 * names (lib/private/Files/FilenameValidator.php), so those characters are
 * replaced here rather than letting the upload fail. Every script stays as
 * it is: only separators, control characters and the characters Windows
 * clients cannot sync are touched.
 */

/**
 * Linux file systems allow 255 bytes per name and Nextcloud's filecache the
 * same; we stay a little below so "(2)"… suffixes and ".odt" always fit.
 */
export const MAX_NAME_BYTES = 240

const EXTENSION = '.odt'

/**
 * Replaced by "-": path separators, and the characters Nextcloud refuses when
 * an admin enables Windows-compatible file names (the desktop client on
 * Windows cannot create them either).
 */
const SEPARATORS = /[/\\<>:"|?*]/g
// C0 and C1 controls (including tab and line breaks, which become a space),
// lone surrogates, and U+FFFE/U+FFFF which are not characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// Reserved device names on Windows, refused by Nextcloud's Windows-compatible mode.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

const encoder = new TextEncoder()

function byteLength(text: string): number {
	return encoder.encode(text).length
}

/**
 * Split into user-perceived characters, so truncation never separates a base
 * letter from its combining marks (Arabic vowel signs, "ą" written as a+◌̨) or
 * breaks a surrogate pair.
 */
function graphemes(text: string): string[] {
	if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
		const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
		return Array.from(segmenter.segment(text), (part) => part.segment)
	}
	return Array.from(text)
}

function truncateBytes(text: string, maxBytes: number): string {
	if (byteLength(text) <= maxBytes) {
		return text
	}
	let out = ''
	let bytes = 0
	for (const part of graphemes(text)) {
		const size = byteLength(part)
		if (bytes + size > maxBytes) {
			break
		}
		out += part
		bytes += size
	}
	return out
}

/** Leading and trailing spaces and dots: hidden files, and names Windows drops the end of. */
function trimEnds(text: string): string {
	return text.replace(/^[\s.]+|[\s.]+$/gu, '')
}

/**
 * The title as the stem of a file name: NFC, forbidden characters replaced,
 * whitespace runs collapsed, trimmed, and short enough for `suffix` (e.g.
 * " (v3) (12).odt") to follow. Returns `fallback` when nothing is left.
 */
export function fileStem(title: string, fallback: string, suffixBytes = 0): string {
	let stem = title.normalize('NFC')
		.replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
		.replace(CONTROLS, '')
		.replace(SEPARATORS, '-')
		.replace(/\s+/gu, ' ')
	stem = trimEnds(stem)
	stem = trimEnds(truncateBytes(stem, MAX_NAME_BYTES - suffixBytes))
	if (stem === '') {
		stem = trimEnds(truncateBytes(fallback, MAX_NAME_BYTES - suffixBytes)) || 'document'
	}
	return RESERVED.test(stem) ? stem + '_' : stem
}

/** Room kept for the longest suffix we add: " (v99999) (999).odt". */
const SUFFIX_RESERVE = byteLength(' (v99999) (999)' + EXTENSION)

/**
 * "<Title> (v3).odt"; without a version number (the text has changes that are
 * in no saved version) just "<Title>.odt".
 */
export function exportFileName(title: string, versionNumber: number | undefined, fallback: string): string {
	const stem = fileStem(title, fallback, SUFFIX_RESERVE)
	const version = versionNumber === undefined ? '' : ` (v${versionNumber})`
	return stem + version + EXTENSION
}

/** The `attempt`-th candidate for `name`: 1 is the name itself, 2 is "<stem> (2).odt", and so on. */
export function numberedName(name: string, attempt: number): string {
	if (attempt <= 1) {
		return name
	}
	const stem = name.toLowerCase().endsWith(EXTENSION) ? name.slice(0, -EXTENSION.length) : name
	return `${stem} (${attempt})${EXTENSION}`
}
