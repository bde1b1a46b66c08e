/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Entry of the engine script that the command line runs
 * (dist/policydesk-cli.cjs, see vite.cli.config.ts): what bundle.ts exports,
 * except that the caller always passes its zip codec (Node's zlib), so
 * fflate is not in it. A plain script rather than an ES module because
 * Node 20 can keep V8's compiled code of a script (vm.Script cachedData)
 * but not of a module.
 */

import type { PolicyDocument } from '../model/types'
import { exportOdtWith, type ExportOptions, type ExportResult } from './odt'
import type { ZipCodec } from './zip'

export { defaultLabels } from './labels'
export { markdownToDocument } from '../model/markdown'
export { validateDocument, formatErrors } from '../model/validate'

export function exportOdt(doc: PolicyDocument, options: ExportOptions & { zipCodec: ZipCodec }): ExportResult {
	if (options.zipCodec === undefined) throw new TypeError('exportOdt needs a zipCodec here')
	return exportOdtWith(doc, options, options.zipCodec)
}
