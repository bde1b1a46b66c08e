/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Runs the real command line (bin/policydesk.mjs with the built bundle in
 * dist/, as a user would after `npm run build`).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const CLI = resolve('bin/policydesk.mjs')
export const BUNDLE = resolve('dist/policydesk-cli.mjs')
export const CHECK_ODT = resolve('../shared/odf/check-odt')

export interface RunResult {
	code: number | null
	stdout: string
	stderr: string
}

export function run(command: string, args: string[], timeoutMs = 180_000): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs })
		let stdout = ''
		let stderr = ''
		child.stdout.on('data', (chunk) => { stdout += chunk })
		child.stderr.on('data', (chunk) => { stderr += chunk })
		child.on('error', reject)
		child.on('close', (code) => resolve({ code, stdout, stderr }))
	})
}

export function policydesk(...args: string[]): Promise<RunResult> {
	return run(process.execPath, [CLI, ...args])
}

export function assertBuilt(): void {
	if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before these tests`)
}

/** Runs jobs with at most `limit` at a time (LibreOffice is heavy; the machine has 2 cores). */
export async function pool<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length)
	let next = 0
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++
			results[index] = await job(items[index] as T)
		}
	}
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
	return results
}
