/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Which toolbar buttons are pressed and enabled. Recomputed when the browser
 * is idle after a change (at the latest after IDLE_TIMEOUT_MS), never inside
 * the keystroke → paint path, and only written when a value flips, so typing
 * re-renders no toolbar button at all.
 */
import type { Editor } from '@tiptap/core'
import type { CommandId, EditorCommand } from './commands'
import { reactive } from 'vue'

export interface ToolbarState {
	active: Partial<Record<CommandId, boolean>>
	enabled: Partial<Record<CommandId, boolean>>
	/** Selection is inside a table: show the row/column commands as usable. */
	inTable: boolean
}

export interface ToolbarStateHandle {
	state: ToolbarState
	/** Recompute now (tests, or after the editor is made editable). */
	refresh: () => void
	dispose: () => void
}

/** A button state 100 ms late is not noticeable; a keystroke 2 ms late is. */
const IDLE_TIMEOUT_MS = 100

const whenIdle = typeof requestIdleCallback === 'function'
	? (callback: () => void) => requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
	: (callback: () => void) => setTimeout(callback, 16) as unknown as number
const cancelIdle = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout

/**
 * Keep the toolbar's pressed/enabled flags in step with `editor`.
 *
 * @param editor the editor to follow
 * @param commands the toolbar's commands
 */
export function useToolbarState(editor: Editor, commands: Record<CommandId, EditorCommand>): ToolbarStateHandle {
	const state = reactive<ToolbarState>({ active: {}, enabled: {}, inTable: false })
	let frame: number | null = null

	const refresh = () => {
		frame = null
		if (editor.isDestroyed) {
			return
		}
		const can = editor.can()
		for (const command of Object.values(commands)) {
			const active = command.isActive ? command.isActive(editor) : false
			const enabled = editor.isEditable && (command.isEnabled ? command.isEnabled(can) : true)
			// Reactive writes of an unchanged primitive trigger nothing.
			state.active[command.id] = active
			state.enabled[command.id] = enabled
		}
		state.inTable = editor.isActive('table')
	}
	const schedule = () => {
		if (frame === null) {
			frame = whenIdle(refresh)
		}
	}

	editor.on('transaction', schedule)
	refresh()
	return {
		state,
		refresh,
		dispose: () => {
			editor.off('transaction', schedule)
			if (frame !== null) {
				cancelIdle(frame)
			}
		},
	}
}
