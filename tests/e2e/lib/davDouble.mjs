/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * WebDAV answers the Nextcloud file picker (@nextcloud/dialogs) asks for:
 * a PROPFIND of the user's root folder listing a few files, and empty
 * answers for the "Recent" SEARCH and "Favorites" REPORT views. Test data
 * only; these are the shapes Nextcloud's DAV server sends (RFC 4918 multistatus
 * with oc:/nc: properties).
 */

export const FILES = [
	{ fileid: 4242, name: 'Budget 2026.pdf', mime: 'application/pdf', size: 48213 },
	{ fileid: 4243, name: 'Consultation summary.odt', mime: 'application/vnd.oasis.opendocument.text', size: 20480 },
]

function propstat(href, props) {
	return `<d:response><d:href>${href}</d:href><d:propstat><d:prop>${props}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
}

function multistatus(responses) {
	return '<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns" xmlns:s="http://sabredav.org/ns">'
		+ responses.join('') + '</d:multistatus>'
}

const MODIFIED = 'Thu, 01 Jan 2026 10:00:00 GMT'

function folderProps(fileid) {
	return `<d:getlastmodified>${MODIFIED}</d:getlastmodified><d:resourcetype><d:collection/></d:resourcetype>`
		+ `<oc:fileid>${fileid}</oc:fileid><oc:permissions>RGDNVCK</oc:permissions><oc:size>0</oc:size>`
		+ '<oc:owner-id>alice</oc:owner-id><oc:owner-display-name>Alice Andersson</oc:owner-display-name>'
}

function fileProps(file) {
	return `<d:getlastmodified>${MODIFIED}</d:getlastmodified><d:resourcetype/><d:getcontenttype>${file.mime}</d:getcontenttype>`
		+ `<d:getcontentlength>${file.size}</d:getcontentlength><d:getetag>"etag-${file.fileid}"</d:getetag>`
		+ `<oc:fileid>${file.fileid}</oc:fileid><oc:permissions>RGDNVW</oc:permissions><oc:size>${file.size}</oc:size>`
		+ '<nc:has-preview>false</nc:has-preview><oc:owner-id>alice</oc:owner-id><oc:owner-display-name>Alice Andersson</oc:owner-display-name>'
}

/** @return {{status: number, body: string} | null} null when the request is not one we stand in for. */
export function davAnswer(method, path) {
	const root = '/remote.php/dav/files/alice'
	if (method === 'PROPFIND' && (path === root || path === root + '/')) {
		return {
			status: 207,
			body: multistatus([
				propstat(root + '/', folderProps(1)),
				...FILES.map((file) => propstat(`${root}/${encodeURIComponent(file.name)}`, fileProps(file))),
			]),
		}
	}
	if (method === 'PROPFIND' && path.startsWith(root + '/')) {
		const name = decodeURIComponent(path.slice(root.length + 1))
		const file = FILES.find((candidate) => candidate.name === name)
		return file
			? { status: 207, body: multistatus([propstat(`${root}/${encodeURIComponent(file.name)}`, fileProps(file))]) }
			: { status: 404, body: '' }
	}
	if (method === 'SEARCH' || method === 'REPORT') {
		return { status: 207, body: multistatus([]) }
	}
	return null
}
