/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Polling for the end-to-end specs. The app saves, loads and re-renders
 * asynchronously, so a spec waits for the outcome it expects instead of
 * sleeping a fixed time.
 */

/**
 * Poll every 100 ms until `check` returns a truthy value and return it.
 * A thrown error counts as "not yet"; after `timeout` ms this throws, naming
 * `what` and the last value or error seen, so a failure says what it waited for.
 *
 * @param {string} what what is awaited, for the timeout message
 * @param {() => unknown} check returns a truthy value once the wait is over
 * @param {number} timeout milliseconds before giving up
 * @return {Promise<unknown>} the first truthy value `check` returned
 */
export async function until(what, check, timeout = 10000) {
	const end = Date.now() + timeout
	let last
	while (Date.now() < end) {
		try {
			last = await check()
			if (last) {
				return last
			}
		} catch (error) {
			last = error
		}
		await new Promise((resolve) => setTimeout(resolve, 100))
	}
	throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`)
}
