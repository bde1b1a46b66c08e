/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
export { ApiError } from './client'
export * from './documents'
export * from './shares'
export * from './versions'
export type * from './types'
