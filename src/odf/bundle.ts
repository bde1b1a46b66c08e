/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry of the engine bundle that the command line (bin/policydesk.mjs) and
 * the browser benchmark load: the exporter with the same Markdown reader and
 * validator the app uses, so the CLI never needs TypeScript at run time.
 */

export { exportOdt, defaultLabels } from './index'
export type { ExportOptions, ExportResult, Labels, ZipCodec } from './index'
export { markdownToDocument } from '../model/markdown'
export { validateDocument, formatErrors } from '../model/validate'
