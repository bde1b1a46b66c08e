/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The few strings the engine itself prints into a document. The engine has no
 * translation machinery of its own (it must run without Nextcloud); the app
 * passes strings translated with @nextcloud/l10n, the command line passes
 * these English defaults.
 */

export interface Labels {
	/** Header mark on everything that is not final. */
	draft: string
	/** Footer; "%n" becomes the page number field, "%m" the page count field. */
	page: string
	/** Heading above the list of attachments. */
	attachments: string
	/** One attachment line; "%n" is its number, followed by ": " and the file name. */
	attachment: string
	/** Signature block lines. */
	place: string
	date: string
	signature: string
}

export const defaultLabels: Labels = {
	draft: 'Draft',
	page: 'Page %n of %m',
	attachments: 'Attachments',
	attachment: 'Attachment %n',
	place: 'Place',
	date: 'Date',
	signature: 'Signature',
}
