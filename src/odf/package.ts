/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The package around the XML parts (ODF 1.3 part 2): a zip whose first entry
 * is an uncompressed "mimetype" and whose manifest lists every file. Kept
 * apart from the XML writers so neither knows about the other.
 */

import { zipSync, type Zippable } from 'fflate'
import { ODF_VERSION, XML_DECL, xmlns } from './namespaces'
import { escapeAttr } from './xml'

export const MEDIA_TYPE = 'application/vnd.oasis.opendocument.text'

export interface PackagePart {
	path: string
	mediaType: string
	data: string
}

/** DOS time in zip headers cannot go before 1980 (fflate throws on it). */
const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 2)

function manifestXml(parts: PackagePart[]): string {
	const entries = parts.map((p) => `<manifest:file-entry manifest:full-path="${escapeAttr(p.path)}" manifest:media-type="${escapeAttr(p.mediaType)}"/>`)
	return XML_DECL
		+ `<manifest:manifest${xmlns('manifest')} manifest:version="${ODF_VERSION}">`
		+ `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${MEDIA_TYPE}"/>`
		+ entries.join('')
		+ '</manifest:manifest>'
}

/**
 * Zips the parts. `level` trades size for time (fflate's deflate levels,
 * 1–9). For a 250-page document level 1 deflates in about half the time
 * of level 6 for a file about a fifth larger, which is the better trade
 * for an export made while the user waits. `mtime` is an input so equal
 * documents give equal bytes.
 */
export function packageOdt(parts: PackagePart[], mtime: Date, level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
	const encoder = new TextEncoder()
	const time = Math.max(mtime.getTime(), EARLIEST_ZIP_TIME)
	// Object key order is insertion order for non-numeric keys, and fflate
	// writes entries in that order: "mimetype" must come first and be STORED
	// (level 0) with no extra field so that byte 38 starts the media type
	// (part 2 §3.3), which is how file(1) and others sniff ODF.
	const files: Zippable = {
		mimetype: [encoder.encode(MEDIA_TYPE), { level: 0, mtime: time }],
	}
	for (const part of parts) {
		files[part.path] = [encoder.encode(part.data), { level, mtime: time }]
	}
	files['META-INF/manifest.xml'] = [encoder.encode(manifestXml(parts)), { level, mtime: time }]
	return zipSync(files)
}
