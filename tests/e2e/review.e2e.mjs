/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Issue 4 (review) end to end: the author submits to two reviewers with
 * "all must approve", one requests changes with an anchored comment, the
 * author edits, the diff shows the change, both approve the new version, the
 * document is approved, and the timeline shows every step.
 *
 * Runs in run.mjs like drafting.e2e.mjs: a fresh page and API double, with
 * the review endpoints of review.double.mjs installed on it; every response
 * is validated against openapi.json by the runner.
 */
import assert from 'node:assert/strict'
import { policyDocument, text } from './lib/documents.mjs'
import { until } from './lib/poll.mjs'
import { openReviewAs } from './lib/review.mjs'
import { PEOPLE, ReviewDouble } from './review.double.mjs'

const SUFFIX = ' (against an in-test API double checked against openapi.json)'
const TITLE = 'Miljöpolicy för Västerås'

function content() {
	return policyDocument(TITLE, 'sv', [
		{ type: 'heading', attrs: { level: 1 }, content: text(TITLE) },
		{ type: 'paragraph', content: text('Staden ska minska utsläppen av växthusgaser.') },
		{ type: 'paragraph', content: text('Policyn gäller alla förvaltningar.') },
	])
}

/** The state line without its decorative icon, e.g. "State: In review". */
async function stateText(panel) {
	return (await panel.locator('.pd-review__state').innerText()).replace(/^[^S]*/, '').trim()
}

/** Select `word` inside the paragraph of the passage picker that contains it, as a mouse drag would. */
async function selectWord(page, word) {
	await page.evaluate((target) => {
		for (const block of document.querySelectorAll('.pd-comments__block')) {
			const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
			for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
				const at = node.data.indexOf(target)
				if (at >= 0) {
					const range = document.createRange()
					range.setStart(node, at)
					range.setEnd(node, at + target.length)
					const selection = window.getSelection()
					selection.removeAllRanges()
					selection.addRange(range)
					return
				}
			}
		}
		throw new Error(`"${target}" is not in the rendered version`)
	}, word)
}

export const tests = [
	{
		slug: 'review',
		title: 'reviews a policy: submit to two reviewers, request changes with an anchored comment, edit, diff, approve, trail' + SUFFIX,
		async run({ page, api, shot }) {
			const review = new ReviewDouble(api)
			const doc = await api.seed(content())

			// 1. The author submits to Bob and Carin; the rule stays "all must approve".
			let panel = await openReviewAs(page, review, PEOPLE.alice, TITLE)
			assert.equal(await stateText(panel), 'State: Draft')
			const search = panel.getByLabel('Find people or groups')
			await search.fill('Bob')
			await panel.getByRole('button', { name: 'Add Bob Berg' }).click()
			await search.fill('Carin')
			await panel.getByRole('button', { name: 'Add Carin Carlsson' }).click()
			assert.equal(await panel.getByLabel('All must approve').isChecked(), true)
			await shot('submit-form')
			await panel.getByRole('button', { name: 'Submit for review' }).click()
			await until('state "In review"', async () => (await stateText(panel)) === 'State: In review')
			assert.equal(doc.state, 'in_review')
			const submitted = api.log.find((entry) => entry.method === 'POST' && entry.path.endsWith('/review'))
			assert.deepEqual(submitted.body.reviewers, [{ type: 'user', id: 'bob' }, { type: 'user', id: 'carin' }])
			assert.equal(submitted.body.rule, 'all')
			const firstHash = doc.hash

			// 2. Bob anchors a comment to a word, then requests changes.
			panel = await openReviewAs(page, review, PEOPLE.bob, TITLE)
			assert.match(await panel.locator('.pd-decision').innerText(), /Your decision applies to Version 1 \([0-9a-f]{8}\)/)
			await panel.getByRole('button', { name: 'Comment on a passage…' }).click()
			await panel.locator('.pd-comments__block').nth(1).waitFor()
			await selectWord(page, 'minska')
			await until('the pending anchor', async () => (await panel.locator('.pd-comments__pending q').innerText()) === 'minska')
			await panel.getByLabel('Comment on the passage').fill('Say by how much, and by when.')
			await panel.getByRole('button', { name: 'Add comment' }).click()
			await until('the comment thread', async () => (await panel.locator('.pd-comments__thread').count()) === 1)
			const comment = review.of(doc).comments[0]
			assert.deepEqual(comment.anchor, { blockPath: [1], start: 11, end: 17, quote: 'minska' })
			assert.equal(comment.versionHash, firstHash)
			await panel.getByLabel('Comment (required to request changes)').fill('Please make the goal measurable.')
			await panel.getByRole('button', { name: 'Request changes' }).click()
			await until('state "Changes requested"', async () => (await stateText(panel)) === 'State: Changes requested')
			await shot('changes-requested')

			// 3. The author edits the paragraph, saves a version and resubmits.
			panel = await openReviewAs(page, review, PEOPLE.alice, TITLE)
			assert.match(await panel.innerText(), /Bob Berg\s*✎\s*Changes requested/)
			const paragraph = page.locator('.ProseMirror[contenteditable="true"] p').filter({ hasText: 'minska' })
			await paragraph.click()
			await page.keyboard.press('End')
			// Before the final full stop: "… växthusgaser med 50 procent till 2030."
			await page.keyboard.press('ArrowLeft')
			await page.keyboard.type(' med 50 procent till 2030')
			await page.locator('[data-test="save-version"]').click()
			await until('the edit to reach the server', () => JSON.stringify(doc.content).includes('med 50 procent till 2030'))
			const editedHash = doc.hash
			assert.notEqual(editedHash, firstHash)
			await until('a version of the edited text', () => doc.versions.some((version) => version.hash === editedHash))
			await panel.getByRole('button', { name: /^Resubmit Version \d+/ }).click()
			await until('state "In review" again', async () => (await stateText(panel)) === 'State: In review')

			// 4. Bob sees what changed since he reviewed, and approves the new version.
			panel = await openReviewAs(page, review, PEOPLE.bob, TITLE)
			assert.match(await panel.innerText(), /Bob Berg\s*↻\s*Requested changes on an older version: asked to review again/)
			const diff = panel.locator('.pd-diff')
			await until('the diff', async () => (await diff.locator('ins').count()) > 0)
			const inserted = (await diff.locator('ins').allInnerTexts()).join(' ')
			assert.match(inserted, /med 50 procent till 2030/)
			assert.match(await diff.locator('.pd-diff__block--changed').innerText(), /Changed: Paragraph/)
			assert.equal(await diff.locator('select').first().inputValue(), String(doc.versions[0].id), 'compares from the version Bob reviewed')
			await diff.scrollIntoViewIfNeeded()
			await shot('diff')
			const approve = panel.getByRole('button', { name: /^Approve Version \d+ \([0-9a-f]{8}\)$/ })
			assert.match(await approve.innerText(), new RegExp(editedHash.slice(0, 8)))
			await approve.click()
			await until('Bob approved', async () => /Bob Berg\s*✓\s*Approved/.test(await panel.innerText()))
			assert.equal(doc.state, 'in_review', 'one of two approvals does not approve the document')

			// 5. Carin approves: all have approved, so the document is approved.
			panel = await openReviewAs(page, review, PEOPLE.carin, TITLE)
			await panel.getByRole('button', { name: /^Approve Version/ }).click()
			await until('state "Approved"', async () => (await stateText(panel)) === 'State: Approved')
			assert.equal(doc.state, 'approved')
			assert.match(await panel.innerText(), /All reviewers must approve \(2 of 2 approvals\)/)

			// 6. The timeline shows every step, and the trail verifies.
			const entries = await panel.locator('.pd-timeline__entry').allInnerTexts()
			const steps = entries.map((text) => text.split('\n')[0].trim())
			assert.equal(steps[0], 'Alice Andersson: Submitted for review')
			assert.equal(steps[1], 'Bob Berg: Requested changes')
			assert.ok(steps.includes('Alice Andersson: Saved a new version'), steps.join(' | '))
			assert.ok(steps.includes('Alice Andersson: Resubmitted for review'), steps.join(' | '))
			assert.equal(steps.at(-2), 'Bob Berg: Approved')
			assert.equal(steps.at(-1), 'Carin Carlsson: Approved')
			assert.match(entries.at(-1), /In review → Approved/)
			assert.match(entries[1], /Please make the goal measurable\./)
			await panel.getByRole('button', { name: 'Verify trail' }).click()
			await until('the verification result', async () => /The trail is intact: \d+ entries/.test(await panel.locator('.pd-timeline__result').innerText()))
			await panel.locator('.pd-timeline').scrollIntoViewIfNeeded()
			await shot('approved-timeline')
		},
	},
	{
		slug: 'review-stale',
		title: 'refuses an approval of a version that changed meanwhile (409), says so, and shows the new version to approve' + SUFFIX,
		async run({ page, api, shot }) {
			const review = new ReviewDouble(api)
			const doc = await api.seed(content())
			const submitted = await api.handle('POST', `/apps/policydesk/api/v1/documents/${doc.id}/review`, new URLSearchParams(), { reviewers: [{ type: 'user', id: 'bob' }] })
			assert.equal(submitted.status, 200)
			const seenHash = doc.hash

			const panel = await openReviewAs(page, review, PEOPLE.bob, TITLE)
			const approve = panel.getByRole('button', { name: /^Approve Version 1 / })
			await approve.waitFor()

			// The author saves a change while Bob still looks at version 1.
			review.actor = PEOPLE.alice
			await api.saveBehindTheUsersBack(doc.id, (c) => {
				c.body.content[2].content[0].text = 'Policyn gäller alla förvaltningar och bolag.'
			}, PEOPLE.alice)
			await review.afterEdit(doc)
			review.actor = PEOPLE.bob

			await approve.click()
			await until('the stale notice', async () => /your decision was not recorded/.test(await panel.innerText()))
			const refused = api.log.find((entry) => entry.path.endsWith('/review/decisions'))
			assert.equal(refused.status, 409)
			assert.equal(refused.body.versionHash, seenHash)
			assert.equal(review.of(doc).round.decisions.length, 0, 'nothing was recorded')
			await shot('stale-notice')

			// The panel now offers the new version, and the diff shows what changed since version 1.
			const again = panel.getByRole('button', { name: /^Approve Version 2 / })
			await again.waitFor()
			assert.match(await again.innerText(), new RegExp(doc.hash.slice(0, 8)))
			await until('the diff of the change', async () => (await panel.locator('.pd-diff ins').allInnerTexts()).join(' ').includes('och bolag'))
			await again.click()
			await until('state "Approved"', async () => (await stateText(panel)) === 'State: Approved')
			assert.equal(review.of(doc).round.decisions[0].versionHash, doc.hash)
		},
	},
]
