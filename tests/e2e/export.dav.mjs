/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * WebDAV double for the export test: alice's Files as an in-memory tree,
 * answering what the file picker (@nextcloud/dialogs) and the export upload
 * send. Test data only, not a server: PROPFIND (Depth 0 and 1) answers an
 * RFC 4918 multistatus with the oc:/nc: properties Nextcloud sends, PUT
 * honours `If-None-Match: *` as RFC 7232 §3.2 says (412 when the name
 * exists) and answers 201 with an OC-FileId header as Nextcloud does,
 * SEARCH/REPORT (the picker's Recent and Favorites views) answer empty.
 *
 * Installed per page with `install(page)`; Playwright runs the newest
 * matching route first, so this takes /remote.php/dav/files/alice before the
 * runner's general WebDAV handler.
 */

const ROOT = '/remote.php/dav/files/alice'
const MODIFIED = 'Sun, 22 Nov 2026 10:00:00 GMT'
const INSTANCE = 'ocpolicydesk'

function xmlEscape(text) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function hrefOf(path) {
	return ROOT + path.split('/').map(encodeURIComponent).join('/')
}

function multistatus(responses) {
	return '<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns" xmlns:s="http://sabredav.org/ns">'
		+ responses.join('') + '</d:multistatus>'
}

function paddedId(id) {
	return String(id).padStart(8, '0') + INSTANCE
}

export class FilesDouble {

	constructor() {
		this.nextId = 5000
		/** path ("/" or "/Policies/x.odt") → { id, folder, bytes?, mime? } */
		this.nodes = new Map([['/', { id: 1, folder: true }]])
		/** Every request answered: { method, path, status, headers, bytes? } */
		this.log = []
	}

	addFolder(path) {
		this.nodes.set(path, { id: this.nextId++, folder: true })
	}

	addFile(path, bytes, mime = 'application/octet-stream') {
		this.nodes.set(path, { id: this.nextId++, folder: false, bytes, mime })
	}

	parentOf(path) {
		const at = path.lastIndexOf('/')
		return at <= 0 ? '/' : path.slice(0, at)
	}

	children(path) {
		const prefix = path === '/' ? '/' : path + '/'
		return [...this.nodes.keys()].filter((key) => key !== path && key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
	}

	response(path) {
		const node = this.nodes.get(path)
		const name = path === '/' ? '' : path.slice(path.lastIndexOf('/') + 1)
		const common = `<d:getlastmodified>${MODIFIED}</d:getlastmodified><oc:fileid>${node.id}</oc:fileid>`
			+ '<oc:owner-id>alice</oc:owner-id><oc:owner-display-name>Alice Andersson</oc:owner-display-name>'
			+ (name === '' ? '' : `<d:displayname>${xmlEscape(name)}</d:displayname>`)
		const props = node.folder
			? common + '<d:resourcetype><d:collection/></d:resourcetype><oc:permissions>RGDNVCK</oc:permissions><oc:size>0</oc:size>'
			: common + `<d:resourcetype/><d:getcontenttype>${node.mime}</d:getcontenttype><d:getcontentlength>${node.bytes.length}</d:getcontentlength>`
				+ `<d:getetag>"etag-${node.id}"</d:getetag><oc:permissions>RGDNVW</oc:permissions><oc:size>${node.bytes.length}</oc:size><nc:has-preview>false</nc:has-preview>`
		const href = path === '/' ? ROOT + '/' : hrefOf(path) + (node.folder ? '/' : '')
		return `<d:response><d:href>${href}</d:href><d:propstat><d:prop>${props}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
	}

	/**
	 * @return {{status: number, headers?: Record<string, string>, body?: string} | null} null: not a path of alice's Files
	 */
	answer(method, rawPath, headers, bytes) {
		if (!rawPath.startsWith(ROOT)) {
			return null
		}
		let path = decodeURIComponent(rawPath.slice(ROOT.length)) || '/'
		if (path.length > 1 && path.endsWith('/')) {
			path = path.slice(0, -1)
		}
		const result = this.dispatch(method, path, headers, bytes)
		this.log.push({ method, path, status: result.status, headers, bytes })
		return result
	}

	dispatch(method, path, headers, bytes) {
		const xml = { 'Content-Type': 'application/xml; charset=utf-8' }
		if (method === 'PROPFIND') {
			const node = this.nodes.get(path)
			if (!node) {
				return { status: 404, headers: xml, body: '<?xml version="1.0"?><d:error xmlns:d="DAV:"/>' }
			}
			const depth = headers.depth ?? '1'
			const paths = node.folder && depth !== '0' ? [path, ...this.children(path)] : [path]
			return { status: 207, headers: xml, body: multistatus(paths.map((item) => this.response(item))) }
		}
		if (method === 'SEARCH' || method === 'REPORT') {
			return { status: 207, headers: xml, body: multistatus([]) }
		}
		if (method === 'PUT') {
			const parent = this.nodes.get(this.parentOf(path))
			if (!parent || !parent.folder) {
				// Sabre's answer for a PUT into a collection that does not exist.
				return { status: 409, headers: xml, body: '<?xml version="1.0"?><d:error xmlns:d="DAV:"/>' }
			}
			if (headers['if-none-match'] === '*' && this.nodes.has(path)) {
				return { status: 412, headers: xml, body: '<?xml version="1.0"?><d:error xmlns:d="DAV:"/>' }
			}
			const existed = this.nodes.has(path)
			this.addFile(path, bytes, headers['content-type'] ?? 'application/octet-stream')
			const node = this.nodes.get(path)
			return { status: existed ? 204 : 201, headers: { 'OC-FileId': paddedId(node.id), 'OC-ETag': `"etag-${node.id}"` }, body: '' }
		}
		return { status: 405, headers: xml, body: '' }
	}

	async install(page) {
		await page.route(/\/remote\.php\/dav\/files\/alice(\/|$)/, async (route) => {
			const request = route.request()
			const url = new URL(request.url())
			const result = this.answer(request.method(), url.pathname, await request.allHeaders(), request.postDataBuffer() ?? Buffer.alloc(0))
			if (result === null) {
				return route.fallback()
			}
			return route.fulfill({ status: result.status, headers: result.headers, body: result.body ?? '' })
		})
	}

}
