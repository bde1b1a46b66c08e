/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The review endpoints (issue 4) for the in-test API double of
 * tests/e2e/lib/apiDouble.mjs, following the contract the PHP controllers
 * implement (the review API of lib/ResponseDefinitions.php). Like the
 * drafting double it is NOT a Nextcloud server: it answers Playwright's
 * routed requests in memory, and the runner checks every answer against
 * openapi.json, so a shape the controllers do not declare fails the test.
 *
 * The drafting double knows one signed-in user; reviews need three. The
 * review double therefore has its own `actor` (who is signed in now), which
 * the scenario switches before reloading the page as another person.
 */
import { createHash } from 'node:crypto'

export const PEOPLE = {
	alice: { id: 'alice', displayName: 'Alice Andersson' },
	bob: { id: 'bob', displayName: 'Bob Berg' },
	carin: { id: 'carin', displayName: 'Carin Carlsson' },
}

const GROUPS = { council: { displayName: 'City council', members: ['alice', 'bob', 'carin'] } }

const ZERO_HASH = '0'.repeat(64)
const MAX_COMMENT = 4000

function answer(status, data) {
	return { status, data }
}

function refusal(status, reason, message, currentHash = '') {
	return status === 409 ? answer(409, { message, reason, currentHash }) : answer(status, { message })
}

/** Key-sorted JSON, as the server's hash chain serialises an entry before hashing it. */
function canonical(value) {
	if (Array.isArray(value)) {
		return `[${value.map(canonical).join(',')}]`
	}
	if (value !== null && typeof value === 'object') {
		return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
	}
	return JSON.stringify(value)
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex')

export class ReviewDouble {

	/** @param {import('./lib/apiDouble.mjs').ApiDouble} double */
	constructor(double) {
		this.double = double
		this.actor = PEOPLE.alice
		this.reviews = new Map()
		this.nextId = 1
		this.install()
	}

	/** Route review paths here; watch saves, since any edit after submission makes a new version. */
	install() {
		const route = this.double.route.bind(this.double)
		const save = this.double.save.bind(this.double)
		this.double.route = async (method, path, query, body) => {
			const match = /^\/apps\/policydesk\/api\/v1\/documents\/(\d+)\/(review|comments|history)(\/.*)?$/.exec(path)
			if (match) {
				const doc = this.double.documents.get(Number(match[1]))
				if (!doc || this.roleOf(doc) === 'other') {
					return answer(404, { message: 'Document not found' })
				}
				return this.handle(doc, method, match[2], (match[3] ?? '').split('/').filter(Boolean), body ?? {})
			}
			return route(method, path, query, body)
		}
		// scope=review lists what the current identity reviews, as the server does.
		this.double.reviewing = (doc) => this.roleOf(doc) === 'reviewer'
		this.double.save = async (doc, body) => {
			const before = doc.hash
			const result = await save(doc, body)
			if (result.status === 200 && doc.hash !== before) {
				await this.afterEdit(doc)
			}
			return result
		}
	}

	of(doc) {
		let review = this.reviews.get(doc.id)
		if (!review) {
			review = { round: null, comments: [], history: [] }
			this.reviews.set(doc.id, review)
		}
		return review
	}

	isAuthor(doc, userId = this.actor.id) {
		return doc.ownerId === userId || doc.shares.some((share) => share.type === 'user' && share.shareWith === userId)
	}

	/** The reviewer units the user belongs to in the current round. */
	unitsOf(doc, userId = this.actor.id) {
		const round = this.of(doc).round
		return round === null ? [] : round.reviewers.filter((r) => r.type === 'user' ? r.reviewerId === userId : this.members(doc, r).includes(userId))
	}

	members(doc, reviewer) {
		return (GROUPS[reviewer.reviewerId]?.members ?? []).filter((id) => !this.isAuthor(doc, id))
	}

	roleOf(doc) {
		if (this.isAuthor(doc)) {
			return 'author'
		}
		return this.unitsOf(doc).length > 0 ? 'reviewer' : 'other'
	}

	latestVersionWith(doc, hash) {
		return [...doc.versions].reverse().find((version) => version.hash === hash) ?? null
	}

	lastDecision(doc, userId) {
		return this.of(doc).round?.decisions.find((decision) => decision.userId === userId) ?? null
	}

	userStatus(doc, userId) {
		const last = this.lastDecision(doc, userId)
		if (last === null) {
			return 'pending'
		}
		if (last.versionHash !== doc.hash) {
			return 'stale'
		}
		return last.decision === 'approve' ? 'approved' : 'changes_requested'
	}

	unitStatus(doc, reviewer) {
		if (reviewer.type === 'user') {
			return this.userStatus(doc, reviewer.reviewerId)
		}
		const statuses = this.members(doc, reviewer).map((id) => this.userStatus(doc, id))
		if (statuses.includes('changes_requested')) {
			return 'changes_requested'
		}
		const approved = reviewer.groupMode === 'every' ? statuses.every((s) => s === 'approved') : statuses.includes('approved')
		if (approved) {
			return 'approved'
		}
		return statuses.includes('stale') ? 'stale' : 'pending'
	}

	/** Sequential rounds ask reviewer N+1 only once reviewers 1…N approved the current version. */
	statuses(doc) {
		const round = this.of(doc).round
		let blocked = false
		return round.reviewers.map((reviewer) => {
			const status = this.unitStatus(doc, reviewer)
			const shown = blocked && status === 'pending' ? 'waiting' : status
			if (round.sequential && status !== 'approved') {
				blocked = true
			}
			return shown
		})
	}

	tally(doc) {
		const round = this.of(doc).round
		const approvals = this.statuses(doc).filter((status) => status === 'approved').length
		const required = round.rule === 'all' ? round.reviewers.length : round.rule === 'any' ? 1 : round.quorum
		const unresolved = this.of(doc).comments.filter((c) => c.parentId === null && !c.resolved).length
		return { approvals, required, unresolved, satisfied: approvals >= required && (!round.requireResolved || unresolved === 0) }
	}

	canDecide(doc) {
		const round = this.of(doc).round
		if (round === null || doc.state !== 'in_review' || this.isAuthor(doc)) {
			return false
		}
		const statuses = this.statuses(doc)
		return round.reviewers.some((reviewer, index) => this.unitsOf(doc).includes(reviewer) && statuses[index] !== 'waiting')
			&& this.userStatus(doc, this.actor.id) !== 'approved'
	}

	view(doc) {
		const review = this.of(doc)
		const round = review.round
		const current = this.latestVersionWith(doc, doc.hash)
		const author = this.isAuthor(doc)
		let roundView = null
		if (round !== null) {
			const statuses = this.statuses(doc)
			const tally = this.tally(doc)
			const mine = this.lastDecision(doc, this.actor.id)
			roundView = {
				id: round.id,
				rule: round.rule,
				quorum: round.quorum,
				sequential: round.sequential,
				requireResolved: round.requireResolved,
				submittedVersionId: round.submittedVersionId,
				submittedHash: round.submittedHash,
				submittedBy: round.submittedBy,
				submittedAt: round.submittedAt,
				reviewers: round.reviewers.map((reviewer, index) => ({
					...reviewer,
					status: statuses[index],
					members: reviewer.type === 'group'
						? this.members(doc, reviewer).map((id) => ({ userId: id, displayName: PEOPLE[id].displayName, status: this.userStatus(doc, id) }))
						: [],
				})),
				decisions: round.decisions.map((decision) => ({ ...decision, stale: decision.versionHash !== doc.hash })),
				approvals: tally.approvals,
				required: tally.required,
				unresolvedComments: tally.unresolved,
				satisfied: tally.satisfied,
				myLastReviewedHash: mine?.versionHash ?? null,
				myLastReviewedVersionId: mine?.versionId ?? null,
			}
		}
		return {
			documentId: doc.id,
			state: doc.state,
			currentHash: doc.hash,
			currentVersionId: current?.id ?? null,
			role: this.roleOf(doc),
			canSubmit: author && ['draft', 'withdrawn'].includes(doc.state),
			canResubmit: author && doc.state === 'changes_requested',
			canWithdraw: author && ['draft', 'in_review', 'changes_requested'].includes(doc.state),
			canDecide: this.canDecide(doc),
			round: roundView,
		}
	}

	/** Append to the trail: each entry carries the hash of the one before. */
	record(doc, action, fromState, toState, comment = null) {
		const history = this.of(doc).history
		const entry = {
			seq: history.length + 1,
			actorId: this.actor.id,
			actorDisplayName: this.actor.displayName,
			action,
			fromState,
			toState,
			versionHash: doc.hash,
			comment,
			createdAt: this.double.now(),
			prevHash: history.length === 0 ? ZERO_HASH : history[history.length - 1].entryHash,
		}
		entry.entryHash = sha256(canonical({ documentId: doc.id, ...entry }))
		history.push(entry)
		doc.state = toState
	}

	verify(doc) {
		const history = this.of(doc).history
		let prev = ZERO_HASH
		for (let i = 0; i < history.length; i++) {
			const { entryHash, ...rest } = history[i]
			const problem = rest.seq !== i + 1 ? 'seq' : rest.prevHash !== prev ? 'prev_hash' : sha256(canonical({ documentId: doc.id, ...rest })) !== entryHash ? 'entry_hash' : null
			if (problem !== null) {
				return { valid: false, length: history.length, firstBrokenIndex: i, problem, headHash: null }
			}
			prev = entryHash
		}
		return { valid: true, length: history.length, firstBrokenIndex: null, problem: null, headHash: history.length > 0 ? prev : null }
	}

	async freeze(doc) {
		const latest = doc.versions[doc.versions.length - 1]
		return latest?.hash === doc.hash ? latest : this.double.addVersion(doc, null, this.actor)
	}

	async afterEdit(doc) {
		if (!['in_review', 'changes_requested', 'approved'].includes(doc.state)) {
			return
		}
		await this.freeze(doc)
		this.record(doc, 'new_version', doc.state, doc.state === 'approved' ? 'in_review' : doc.state)
	}

	async handle(doc, method, area, rest, body) {
		if (area === 'review') {
			if (method === 'GET' && rest.length === 0) {
				return answer(200, this.view(doc))
			}
			if (method === 'POST' && rest.length === 0) {
				return this.submit(doc, body)
			}
			if (method === 'POST' && rest[0] === 'resubmit') {
				return this.resubmit(doc, body)
			}
			if (method === 'POST' && rest[0] === 'decisions') {
				return this.decide(doc, body)
			}
			if (method === 'POST' && rest[0] === 'withdraw') {
				if (!this.isAuthor(doc)) {
					return refusal(403, 'not_author', 'Only an author can withdraw the document.')
				}
				if (!['draft', 'in_review', 'changes_requested'].includes(doc.state)) {
					return refusal(409, 'already_approved', 'The document can no longer be withdrawn.', doc.hash)
				}
				this.record(doc, 'withdraw', doc.state, 'withdrawn', body.comment ?? null)
				return answer(200, this.view(doc))
			}
		}
		if (area === 'comments') {
			return this.comments(doc, method, rest, body)
		}
		if (area === 'history' && method === 'GET') {
			if (rest.length === 0) {
				return answer(200, { entries: this.of(doc).history })
			}
			if (rest[0] === 'verify') {
				return answer(200, this.verify(doc))
			}
		}
		return answer(404, { message: 'Not found' })
	}

	async submit(doc, body) {
		if (!this.isAuthor(doc)) {
			return refusal(403, 'not_author', 'Only an author can submit the document for review.')
		}
		if (!['draft', 'withdrawn'].includes(doc.state)) {
			return refusal(409, 'already_submitted', 'The document is already in review.', doc.hash)
		}
		if (body.versionHash !== undefined && body.versionHash !== doc.hash) {
			return refusal(409, 'stale_version', 'The document changed meanwhile.', doc.hash)
		}
		const chosen = Array.isArray(body.reviewers) ? body.reviewers : []
		if (chosen.length < 1 || chosen.length > 20) {
			return answer(400, { message: 'reviewers: choose 1 to 20 reviewers' })
		}
		const reviewers = []
		for (const [position, choice] of chosen.entries()) {
			const known = choice.type === 'group' ? GROUPS[choice.id] : PEOPLE[choice.id]
			if (!known || (choice.type === 'user' && this.isAuthor(doc, choice.id))) {
				return answer(400, { message: `reviewers[${position}]: unknown user or group, or an author` })
			}
			reviewers.push({
				id: this.nextId++,
				type: choice.type,
				reviewerId: choice.id,
				displayName: known.displayName,
				groupMode: choice.type === 'group' ? (choice.groupMode ?? 'any') : null,
				position,
			})
		}
		const rule = body.rule ?? 'all'
		if (rule === 'quorum' && !(Number.isInteger(body.quorum) && body.quorum >= 1 && body.quorum <= reviewers.length)) {
			return answer(400, { message: 'quorum: must be between 1 and the number of reviewers' })
		}
		const version = await this.freeze(doc)
		this.of(doc).round = {
			id: this.nextId++,
			rule,
			quorum: rule === 'quorum' ? body.quorum : null,
			sequential: body.sequential === true,
			requireResolved: body.requireResolved === true,
			submittedVersionId: version.id,
			submittedHash: doc.hash,
			submittedBy: this.actor.id,
			submittedAt: this.double.now(),
			reviewers,
			decisions: [],
		}
		this.record(doc, 'submit', doc.state, 'in_review')
		return answer(200, this.view(doc))
	}

	async resubmit(doc, body) {
		if (!this.isAuthor(doc)) {
			return refusal(403, 'not_author', 'Only an author can resubmit the document.')
		}
		if (doc.state !== 'changes_requested') {
			return refusal(409, 'not_changes_requested', 'Only a document with requested changes can be resubmitted.', doc.hash)
		}
		if (body.versionHash !== undefined && body.versionHash !== doc.hash) {
			return refusal(409, 'stale_version', 'The document changed meanwhile.', doc.hash)
		}
		const version = await this.freeze(doc)
		const round = this.of(doc).round
		round.submittedVersionId = version.id
		round.submittedHash = doc.hash
		round.submittedAt = this.double.now()
		this.record(doc, 'resubmit', 'changes_requested', 'in_review', body.comment ?? null)
		return answer(200, this.view(doc))
	}

	decide(doc, body) {
		if (this.isAuthor(doc)) {
			return refusal(403, 'author_cannot_approve', 'Authors cannot decide on their own document.')
		}
		if (this.unitsOf(doc).length === 0) {
			return refusal(403, 'not_reviewer', 'You are not a reviewer of this document.')
		}
		if (doc.state !== 'in_review') {
			return refusal(409, 'not_in_review', 'The document is not in review.', doc.hash)
		}
		if (body.versionHash !== doc.hash) {
			return refusal(409, 'stale_version', 'The document changed after you opened it.', doc.hash)
		}
		if (!this.canDecide(doc)) {
			return refusal(409, 'not_your_turn', 'It is not your turn to review yet.', doc.hash)
		}
		const comment = typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim() : null
		if (body.decision === 'request_changes' && comment === null) {
			return answer(400, { message: 'comment: a comment is required to request changes' })
		}
		if (comment !== null && comment.length > MAX_COMMENT) {
			return answer(400, { message: 'comment: at most 4000 characters' })
		}
		if (body.decision !== 'approve' && body.decision !== 'request_changes') {
			return answer(400, { message: 'decision: approve or request_changes' })
		}
		const round = this.of(doc).round
		round.decisions.unshift({
			id: this.nextId++,
			userId: this.actor.id,
			displayName: this.actor.displayName,
			decision: body.decision,
			versionHash: doc.hash,
			versionId: this.latestVersionWith(doc, doc.hash)?.id ?? null,
			comment,
			createdAt: this.double.now(),
		})
		if (body.decision === 'request_changes') {
			this.record(doc, 'request_changes', 'in_review', 'changes_requested', comment)
		} else {
			this.record(doc, 'approve', 'in_review', this.tally(doc).satisfied ? 'approved' : 'in_review', comment)
		}
		return answer(200, this.view(doc))
	}

	comments(doc, method, rest, body) {
		const list = this.of(doc).comments
		if (method === 'GET' && rest.length === 0) {
			return answer(200, { comments: list })
		}
		const message = typeof body.message === 'string' ? body.message.trim() : ''
		const make = (extra) => ({
			id: this.nextId++,
			parentId: null,
			authorId: this.actor.id,
			authorDisplayName: this.actor.displayName,
			message,
			versionHash: null,
			anchor: null,
			resolved: false,
			resolvedBy: null,
			resolvedAt: null,
			createdAt: this.double.now(),
			...extra,
		})
		if (method === 'POST' && rest.length === 0) {
			if (message === '' || message.length > MAX_COMMENT) {
				return answer(400, { message: 'message: 1 to 4000 characters' })
			}
			if (body.anchor && typeof body.versionHash !== 'string') {
				return answer(400, { message: 'versionHash: required with an anchor' })
			}
			const comment = make({ versionHash: body.versionHash ?? null, anchor: body.anchor ?? null })
			list.push(comment)
			return answer(201, comment)
		}
		const parent = list.find((c) => c.id === Number(rest[0]) && c.parentId === null)
		if (!parent) {
			return answer(404, { message: 'Comment not found' })
		}
		if (method === 'POST' && rest[1] === 'replies') {
			if (message === '' || message.length > MAX_COMMENT) {
				return answer(400, { message: 'message: 1 to 4000 characters' })
			}
			const reply = make({ parentId: parent.id })
			list.push(reply)
			return answer(201, reply)
		}
		if (method === 'POST' && rest[1] === 'resolve') {
			parent.resolved = body.resolved === true
			parent.resolvedBy = parent.resolved ? this.actor.id : null
			parent.resolvedAt = parent.resolved ? this.double.now() : null
			return answer(200, parent)
		}
		return answer(404, { message: 'Not found' })
	}

}
