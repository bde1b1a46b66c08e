/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Structural equality of two JSON values, ignoring object key order (the
 * server may hand a body back with its keys sorted). Absent keys and keys
 * holding undefined count as the same.
 *
 * @param a one JSON value
 * @param b the other
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) {
		return true
	}
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		return false
	}
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
	}
	const left = a as Record<string, unknown>
	const right = b as Record<string, unknown>
	const keys = new Set([...Object.keys(left), ...Object.keys(right)])
	for (const key of keys) {
		if (!sameJson(left[key], right[key])) {
			return false
		}
	}
	return true
}
