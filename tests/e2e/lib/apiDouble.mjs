/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * In-test API double: an in-memory implementation of the Policy Desk OCS
 * API described in the team brief, used by the end-to-end tests through
 * Playwright's page.route(). It is NOT a Nextcloud server and stands in for
 * one only in these tests; every response it sends is checked against
 * openapi.json (see openapiValidator.mjs), so it cannot drift from what the
 * real controllers declare without the tests failing.
 *
 * The document hash and the body validation come from src/model (loaded
 * through Vite), i.e. the same code the front end uses.
 */

const CURRENT_USER = { id: 'alice', displayName: 'Alice Andersson' }

const PEOPLE = [
	{ id: 'bob', label: 'Bob Berg', source: 'users' },
	{ id: 'carin', label: 'Carin Carlsson', source: 'users' },
	{ id: 'council', label: 'City council', source: 'groups' },
]

/** An OCS answer: HTTP status plus `ocs.data`. */
function answer(status, data) {
	return { status, data }
}

function failure(status, message) {
	return answer(status, { message })
}

export class ApiDouble {

	/**
	 * @param {{ documentHash: (doc: unknown) => Promise<string>, validateDocument: (doc: unknown) => { ok: boolean, errors?: Array<{path: string, message: string}> }, maxBodyBytes: number }} model
	 */
	constructor(model) {
		this.model = model
		this.documents = new Map()
		this.nextId = 1
		this.nextVersionId = 1
		this.nextShareId = 1
		this.clock = 1767225600
		/** Every request the double answered: `{method, path, body, status}`. */
		this.log = []
		/** When true, run.mjs aborts requests as a lost connection would. */
		this.offline = false
	}

	now() {
		this.clock += 1
		return this.clock
	}

	summary(doc) {
		return {
			id: doc.id,
			title: doc.content.meta.title,
			type: doc.content.meta.type,
			language: doc.content.meta.language,
			state: doc.state,
			ownerId: doc.ownerId,
			ownerDisplayName: doc.ownerDisplayName,
			createdAt: doc.createdAt,
			updatedAt: doc.updatedAt,
			revision: doc.revision,
		}
	}

	detail(doc) {
		const isOwner = doc.ownerId === CURRENT_USER.id
		return {
			...this.summary(doc),
			content: structuredClone(doc.content),
			hash: doc.hash,
			latestVersionId: doc.versions.length > 0 ? doc.versions[doc.versions.length - 1].id : null,
			canEdit: true,
			canShare: isOwner,
		}
	}

	versionRow(version) {
		const { content, ...row } = version
		return row
	}

	visible(id) {
		const doc = this.documents.get(id)
		if (!doc) {
			return null
		}
		const shared = doc.shares.some((share) => share.type === 'user' && share.shareWith === CURRENT_USER.id)
		return doc.ownerId === CURRENT_USER.id || shared ? doc : null
	}

	checkContent(content) {
		const bytes = Buffer.byteLength(JSON.stringify(content ?? null))
		if (bytes > this.model.maxBodyBytes) {
			return failure(413, 'The document is too large.')
		}
		const title = content?.meta?.title
		if (typeof title !== 'string' || title.trim() === '' || [...title].length > 255) {
			return failure(400, 'content.meta.title must be 1 to 255 characters long')
		}
		const result = this.model.validateDocument(content)
		if (!result.ok) {
			const first = result.errors[0]
			return failure(400, `content.${first.path}: ${first.message}`)
		}
		return null
	}

	async addVersion(doc, restoredFrom = null, author = CURRENT_USER) {
		const version = {
			id: this.nextVersionId++,
			number: doc.versions.length + 1,
			authorId: author.id,
			authorDisplayName: author.displayName,
			createdAt: this.now(),
			hash: doc.hash,
			size: Buffer.byteLength(JSON.stringify(doc.content)),
			restoredFrom,
			content: structuredClone(doc.content),
		}
		doc.versions.push(version)
		return version
	}

	/** Test hook: someone else saves the document (the next save from the page will conflict). */
	async saveBehindTheUsersBack(id, mutate, author = { id: 'bob', displayName: 'Bob Berg' }) {
		const doc = this.documents.get(id)
		const content = structuredClone(doc.content)
		mutate(content)
		const hash = await this.model.documentHash(content)
		doc.content = content
		doc.hash = hash
		doc.revision += 1
		doc.updatedAt = this.now()
		await this.addVersion(doc, null, author)
		return doc
	}

	/** Test hook: create a document as if through the API (for list/paging scenarios). */
	async seed(content, owner = CURRENT_USER) {
		const doc = {
			id: this.nextId++,
			ownerId: owner.id,
			ownerDisplayName: owner.displayName,
			state: 'draft',
			createdAt: this.now(),
			updatedAt: this.clock,
			revision: 1,
			content: structuredClone(content),
			hash: await this.model.documentHash(content),
			versions: [],
			shares: [],
		}
		await this.addVersion(doc)
		this.documents.set(doc.id, doc)
		return doc
	}

	/**
	 * Answer one request. `path` is the part after /ocs/v2.php.
	 * @return {Promise<{status: number, data: unknown}>}
	 */
	async handle(method, path, query, body) {
		const result = await this.route(method, path, query, body)
		this.log.push({ method, path, body, status: result.status })
		return result
	}

	async route(method, path, query, body) {
		if (path === '/core/autocomplete/get' && method === 'GET') {
			const search = (query.get('search') ?? '').toLowerCase()
			return answer(200, PEOPLE.filter((entry) => entry.label.toLowerCase().includes(search) || entry.id.includes(search))
				.map((entry) => ({ ...entry, icon: '', status: '', subline: '', shareWithDisplayNameUnique: entry.id })))
		}
		const prefix = '/apps/policydesk/api/v1'
		if (!path.startsWith(prefix)) {
			return failure(404, 'Not found')
		}
		const parts = path.slice(prefix.length).split('/').filter((part) => part !== '')
		if (parts[0] !== 'documents') {
			return failure(404, 'Not found')
		}
		if (parts.length === 1) {
			return method === 'GET' ? this.list(query) : method === 'POST' ? this.create(body) : failure(405, 'Method not allowed')
		}
		const id = Number(parts[1])
		const doc = Number.isInteger(id) ? this.visible(id) : null
		if (doc === null) {
			return failure(404, 'Document not found')
		}
		if (parts.length === 2) {
			switch (method) {
			case 'GET': return answer(200, this.detail(doc))
			case 'PUT': return this.save(doc, body)
			case 'DELETE':
				if (doc.ownerId !== CURRENT_USER.id) {
					return failure(403, 'Only the owner can delete a document')
				}
				this.documents.delete(doc.id)
				return answer(200, { id: doc.id })
			}
		}
		if (parts[2] === 'versions') {
			if (parts.length === 3 && method === 'GET') {
				return answer(200, { versions: [...doc.versions].reverse().map((version) => this.versionRow(version)) })
			}
			const version = doc.versions.find((item) => item.id === Number(parts[3]))
			if (!version) {
				return failure(404, 'Version not found')
			}
			if (parts.length === 4 && method === 'GET') {
				return answer(200, { ...this.versionRow(version), content: structuredClone(version.content) })
			}
			if (parts[4] === 'restore' && method === 'POST') {
				return this.restore(doc, version, body)
			}
		}
		if (parts[2] === 'shares') {
			return this.shares(doc, method, parts[3], body)
		}
		return failure(404, 'Not found')
	}

	list(query) {
		const scope = query.get('scope') ?? 'mine'
		if (!['mine', 'shared', 'review'].includes(scope)) {
			return failure(400, 'scope must be one of: mine, shared, review')
		}
		const type = query.get('type') ?? ''
		const state = query.get('state') ?? ''
		const search = (query.get('search') ?? '').toLowerCase()
		const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 25)))
		const offset = Math.max(0, Number(query.get('offset') ?? 0))
		const matching = [...this.documents.values()]
			.filter((doc) => this.inScope(doc, scope))
			.filter((doc) => type === '' || doc.content.meta.type === type)
			.filter((doc) => state === '' || doc.state === state)
			.filter((doc) => search === '' || doc.content.meta.title.toLowerCase().includes(search))
			.sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id)
		return answer(200, { documents: matching.slice(offset, offset + limit).map((doc) => this.summary(doc)), total: matching.length })
	}

	/** Whether the list of a scope (mine, shared, review) shows the document. */
	inScope(doc, scope) {
		if (scope === 'mine') {
			return doc.ownerId === CURRENT_USER.id
		}
		if (scope === 'review') {
			return this.reviewing(doc)
		}
		return doc.ownerId !== CURRENT_USER.id && this.visible(doc.id) !== null
	}

	/** Without review rounds nobody reviews; review.double.mjs replaces this. */
	reviewing() {
		return false
	}

	async create(body) {
		const refused = this.checkContent(body?.content)
		if (refused) {
			return refused
		}
		const doc = await this.seed(body.content)
		return answer(201, this.detail(doc))
	}

	async save(doc, body) {
		if (typeof body?.baseRevision !== 'number' || typeof body?.createVersion !== 'boolean') {
			return failure(400, 'baseRevision and createVersion are required')
		}
		if (body.baseRevision !== doc.revision) {
			return answer(409, { message: 'The document was changed by someone else.', current: this.detail(doc) })
		}
		const refused = this.checkContent(body.content)
		if (refused) {
			return refused
		}
		// Hash first, then change content and hash together: a test polling
		// the double must never see new content with the old hash.
		const content = structuredClone(body.content)
		const hash = await this.model.documentHash(content)
		doc.content = content
		doc.hash = hash
		doc.revision += 1
		doc.updatedAt = this.now()
		const latest = doc.versions[doc.versions.length - 1]
		if (body.createVersion && latest?.hash !== doc.hash) {
			await this.addVersion(doc)
		}
		return answer(200, this.detail(doc))
	}

	async restore(doc, version, body) {
		if (typeof body?.baseRevision !== 'number') {
			return failure(400, 'baseRevision is required')
		}
		if (body.baseRevision !== doc.revision) {
			return answer(409, { message: 'The document was changed by someone else.', current: this.detail(doc) })
		}
		const content = structuredClone(version.content)
		const hash = await this.model.documentHash(content)
		doc.content = content
		doc.hash = hash
		doc.revision += 1
		doc.updatedAt = this.now()
		await this.addVersion(doc, version.id)
		return answer(200, this.detail(doc))
	}

	shares(doc, method, shareId, body) {
		if (method === 'GET' && shareId === undefined) {
			return answer(200, { shares: doc.shares })
		}
		if (doc.ownerId !== CURRENT_USER.id) {
			return failure(403, 'Only the owner can change co-authors')
		}
		if (method === 'POST' && shareId === undefined) {
			const person = PEOPLE.find((entry) => entry.id === body?.shareWith && (entry.source === 'groups') === (body?.type === 'group'))
			if (!person) {
				return failure(400, 'Unknown user or group')
			}
			const share = { id: this.nextShareId++, type: body.type, shareWith: person.id, displayName: person.label, role: 'coauthor' }
			doc.shares.push(share)
			return answer(201, share)
		}
		if (method === 'DELETE') {
			const before = doc.shares.length
			doc.shares = doc.shares.filter((share) => share.id !== Number(shareId))
			return before === doc.shares.length ? failure(404, 'Share not found') : answer(200, { id: Number(shareId) })
		}
		return failure(405, 'Method not allowed')
	}

}
