/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The zip codec the browser uses: fflate's pure JavaScript deflate and the
 * engine's CRC-32. Kept apart from the zip container so a build that always
 * passes its own codec (the command line's, with Node's zlib) leaves fflate
 * out, and with it fflate's table set-up when the engine loads.
 */

import { deflateSync } from 'fflate'
import { crc32, type ZipCodec } from './zip'

export const defaultCodec: ZipCodec = {
	deflateRaw: (data, level) => deflateSync(data, { level: level as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }),
	crc32,
}
