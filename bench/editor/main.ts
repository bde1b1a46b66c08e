/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Benchmark page: loads the generated document the way the app would (a
 * request after the script has started), mounts PolicyEditor with v-model
 * as a parent would, and records when the text is on screen and editable.
 * run.mjs reads window.policydeskBench.
 */
import type { DocNode } from '../../src/model/types'
import { createApp, h, nextTick, ref } from 'vue'
import PolicyEditor from '../../src/components/editor/PolicyEditor.vue'

interface BenchState {
	marks: Record<string, number>
	interactive: boolean
	changes: number
	emits: number
	keyLatencies: number[]
	keyProcessing: number[]
	slowEvents: Array<{ name: string, duration: number }>
	editor?: unknown
	/** Milliseconds PolicyEditor.getDocument() takes (what autosave pays, once per save). */
	serialize?: () => number
}

const bench: BenchState = { marks: {}, interactive: false, changes: 0, emits: 0, keyLatencies: [], keyProcessing: [], slowEvents: [] }
;(window as unknown as { policydeskBench: BenchState }).policydeskBench = bench

const mark = (name: string) => {
	bench.marks[name] = performance.now()
}

/**
 * Runs after the browser has painted the frame that follows now.
 */
function afterNextPaint(callback: () => void): void {
	requestAnimationFrame(() => {
		const channel = new MessageChannel()
		channel.port1.onmessage = () => callback()
		channel.port2.postMessage(null)
	})
}

mark('scriptStart')
const response = await fetch('./document.json')
const body = await response.json() as DocNode
mark('documentLoaded')

const model = ref<DocNode>(body)
const editorRef = ref<{ editor: unknown, getDocument: () => DocNode } | null>(null)
createApp({
	render: () => h(PolicyEditor, {
		ref: editorRef,
		modelValue: model.value,
		'onUpdate:modelValue': (value: DocNode) => {
			model.value = value
			bench.emits++
		},
		onChange: () => bench.changes++,
		language: 'en',
		label: 'Benchmark document',
	}),
}).mount('#app')
mark('mounted')
await nextTick()
bench.editor = editorRef.value?.editor
bench.serialize = () => {
	const start = performance.now()
	editorRef.value!.getDocument()
	return performance.now() - start
}
afterNextPaint(() => {
	mark('interactive')
	const text = document.querySelector('.ProseMirror')
	bench.interactive = text?.getAttribute('contenteditable') === 'true'
})

// Per keystroke: from the event's time stamp (when the browser received it)
// to the task after the next painted frame, and to the end of its handlers.
window.addEventListener('keydown', (event) => {
	const start = event.timeStamp
	const channel = new MessageChannel()
	channel.port1.onmessage = () => bench.keyProcessing.push(performance.now() - start)
	channel.port2.postMessage(null)
	afterNextPaint(() => bench.keyLatencies.push(performance.now() - start))
}, true)

// Event Timing API as a cross-check: every input event slower than 16 ms.
if (PerformanceObserver.supportedEntryTypes.includes('event')) {
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			bench.slowEvents.push({ name: entry.name, duration: entry.duration })
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
}
