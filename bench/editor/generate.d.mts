/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { DocNode } from '../../src/model/types'

export function generateDocument(options?: { words?: number, seed?: number }): {
	body: DocNode
	stats: Record<string, number>
}
