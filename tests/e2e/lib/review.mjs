/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Reload the app as `person`, open the document titled `title` and its Review tab.
 *
 * @param {import('playwright-core').Page} page the browser page
 * @param {{actor: object}} review the review double, whose signed-in user changes
 * @param {{id: string, displayName: string}} person who is signed in
 * @param {string} title the document's title in the list
 * @return {Promise<import('playwright-core').Locator>} the review panel, once it shows a state
 */
export async function openReviewAs(page, review, person, title) {
	review.actor = person
	await page.reload()
	await page.locator('[data-test="document-list"]').getByText(title).first().click()
	await page.locator('[data-test="toggle-sidebar"]').click()
	await page.getByRole('tab', { name: 'Review' }).click()
	const panel = page.locator('.pd-review')
	await panel.locator('.pd-review__state').waitFor()
	return panel
}
