/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * ODT export: a PolicyDocument in, .odt bytes and the writer's warnings out.
 * Pure: no clock, no I/O, no DOM, so the browser and Node give equal bytes.
 */

import type { PolicyDocument } from '../model/types'
import { defaultCodec } from './codec'
import { exportOdtWith, type ExportOptions, type ExportResult } from './odt'

export type { ExportOptions, ExportResult } from './odt'
export type { Labels } from './labels'
export type { ZipCodec } from './zip'
export { defaultLabels } from './labels'

export function exportOdt(doc: PolicyDocument, options: ExportOptions): ExportResult {
	return exportOdtWith(doc, options, options.zipCodec ?? defaultCodec)
}
