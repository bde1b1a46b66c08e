/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The two markdown-it plugins ship no type declarations; both are plain
 * plugins (`md.use(plugin)`).
 */
declare module 'markdown-it-footnote' {
	import type { PluginSimple } from 'markdown-it'

	const footnote: PluginSimple
	export default footnote
}

declare module 'markdown-it-deflist' {
	import type { PluginSimple } from 'markdown-it'

	const deflist: PluginSimple
	export default deflist
}
