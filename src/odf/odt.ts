/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * ODT export with a given zip codec: a PolicyDocument in, .odt bytes and the
 * writer's warnings out. Pure: no clock, no I/O, no DOM, so the browser and
 * Node give equal bytes. index.ts adds the browser's default codec.
 */

import type { PolicyDocument } from '../model/types'
import { defaultLabels, type Labels } from './labels'
import { metaXml } from './meta'
import { packageOdt } from './package'
import { stylesXml } from './styles'
import { contentBytes } from './writer'
import type { ZipCodec } from './zip'

export interface ExportOptions {
	/** Creation and modification time written into meta.xml and the zip. */
	now: Date
	creator?: string
	versionHash?: string
	versionNumber?: number
	/** Final documents carry no "Draft" mark in the page header. */
	final?: boolean
	/** Translated strings; missing ones fall back to English. */
	labels?: Partial<Labels>
	/**
	 * Deflate and CRC-32 for the zip; fflate's pure JavaScript ones by
	 * default (index.ts). The command line passes Node's zlib (native, much
	 * faster).
	 */
	zipCodec?: ZipCodec
}

export interface ExportResult {
	bytes: Uint8Array
	warnings: string[]
}

export function exportOdtWith(doc: PolicyDocument, options: ExportOptions, codec: ZipCodec): ExportResult {
	const labels: Labels = { ...defaultLabels, ...options.labels }
	const content = contentBytes(doc, labels)
	const styles = stylesXml({ title: doc.meta.title, language: doc.meta.language, final: options.final === true, labels })
	const meta = metaXml({
		meta: doc.meta,
		now: options.now,
		creator: options.creator,
		versionHash: options.versionHash,
		versionNumber: options.versionNumber,
	})
	const bytes = packageOdt([
		{ path: 'content.xml', mediaType: 'text/xml', data: content.bytes },
		{ path: 'styles.xml', mediaType: 'text/xml', data: styles },
		{ path: 'meta.xml', mediaType: 'text/xml', data: meta },
	], options.now, 1, codec)
	return { bytes, warnings: content.warnings }
}
