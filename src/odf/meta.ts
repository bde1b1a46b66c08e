/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * meta.xml (ODF 1.3 part 3 §3.1.3, §4): who, when, what language, and the
 * Policy Desk facts a records office searches for as user-defined fields.
 */

import type { DocumentMeta } from '../model/types'
import { ODF_VERSION, XML_DECL, xmlns } from './namespaces'
import { escapeAttr, escapeText } from './xml'

export const GENERATOR = 'PolicyDesk/0.1.0'

export interface MetaInput {
	meta: DocumentMeta
	now: Date
	creator?: string
	versionHash?: string
	versionNumber?: number
}

/** xsd:dateTime in UTC without fractional seconds, e.g. 2026-05-01T12:00:00Z. */
export function isoSeconds(date: Date): string {
	// What toISOString gives without ".sss", from the UTC fields: the first
	// toISOString in a process took 0.2 ms, these take microseconds.
	const year = date.getUTCFullYear()
	if (Number.isNaN(year)) throw new RangeError('Invalid time value')
	const yyyy = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0')
	return `${yyyy}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`
		+ `T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}Z`
}

function twoDigits(value: number): string {
	return value < 10 ? `0${value}` : String(value)
}

function userDefined(name: string, value: string, type: 'string' | 'float' = 'string'): string {
	return `<meta:user-defined meta:name="${escapeAttr(name)}" meta:value-type="${type}">${escapeText(value)}</meta:user-defined>`
}

export function metaXml(input: MetaInput): string {
	const { meta } = input
	const date = isoSeconds(input.now)
	const parts: string[] = [
		`<meta:generator>${GENERATOR}</meta:generator>`,
		`<dc:title>${escapeText(meta.title)}</dc:title>`,
		`<dc:language>${escapeText(meta.language)}</dc:language>`,
	]
	if (input.creator !== undefined && input.creator !== '') {
		const creator = escapeText(input.creator)
		parts.push(`<meta:initial-creator>${creator}</meta:initial-creator>`, `<dc:creator>${creator}</dc:creator>`)
	}
	parts.push(`<meta:creation-date>${date}</meta:creation-date>`, `<dc:date>${date}</dc:date>`)
	for (const keyword of meta.keywords ?? []) {
		parts.push(`<meta:keyword>${escapeText(keyword)}</meta:keyword>`)
	}
	parts.push(userDefined('Document type', meta.type))
	if (meta.reference !== undefined && meta.reference !== '') parts.push(userDefined('Reference number', meta.reference))
	if (meta.decisionBody !== undefined && meta.decisionBody !== '') parts.push(userDefined('Decision body', meta.decisionBody))
	if (meta.unit !== undefined && meta.unit !== '') parts.push(userDefined('Responsible unit', meta.unit))
	if (input.versionNumber !== undefined) parts.push(userDefined('Version number', String(input.versionNumber), 'float'))
	if (input.versionHash !== undefined && input.versionHash !== '') parts.push(userDefined('Version hash', input.versionHash))
	return XML_DECL
		+ `<office:document-meta${xmlns('office', 'meta', 'dc', 'xlink')} office:version="${ODF_VERSION}">`
		+ `<office:meta>${parts.join('')}</office:meta>`
		+ '</office:document-meta>'
}
