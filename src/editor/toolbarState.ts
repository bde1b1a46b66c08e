/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Which toolbar buttons are pressed and enabled. Recomputed at most once per
 * animation frame, after the browser has painted the keystroke, and only
 * written when a value flips, so typing in a long document re-renders no
 * toolbar button at all.
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

const nextFrame = typeof requestAnimationFrame === 'function'
	? requestAnimationFrame
	: (callback: () => void) => setTimeout(callback, 16) as unknown as number
const cancelFrame = typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame : clearTimeout

export function useToolbarState(editor: Editor, commands: Record<CommandId, EditorCommand>): ToolbarStateHandle {
	const state = reactive<ToolbarState>({ active: {}, enabled: {}, inTable: false })
	let frame: number | null = null

	const refresh = () => {
		frame = null
		if (editor.isDestroyed) {
			return
		}
		for (const command of Object.values(commands)) {
			const active = command.isActive ? command.isActive(editor) : false
			const enabled = editor.isEditable && (command.isEnabled ? command.isEnabled(editor) : true)
			// Reactive writes of an unchanged primitive trigger nothing.
			state.active[command.id] = active
			state.enabled[command.id] = enabled
		}
		state.inTable = editor.isActive('table')
	}
	const schedule = () => {
		if (frame === null) {
			frame = nextFrame(refresh)
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
				cancelFrame(frame)
			}
		},
	}
}
