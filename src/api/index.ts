/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
export { ApiError } from './client.ts'
export * from './documents.ts'
export * from './shares.ts'
export * from './versions.ts'
export type * from './types.ts'
