/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The document model's public surface. Pure TypeScript: no Vue, Nextcloud
 * or DOM imports, so the editor, the ODT writer, the CLI and Node tests can
 * all use it.
 */
export * from './types'
export * from './schema'
export * from './validate'
export * from './canonical'
export * from './builders'
export * from './sanitize'
export * from './markdown'
export * from './templates'
