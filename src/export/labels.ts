/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The engine's printed strings (src/odf/labels.ts) in the user's language.
 *
 * The engine marks the page number field with "%n" and the page count with
 * "%m". Translators see named placeholders instead ("Page {page} of {pages}"),
 * which they may reorder ("{pages} 頁中 {page} 頁"); we substitute the engine's
 * markers for them. t() must neither escape nor sanitise here: the text goes
 * into XML through the writer's own escaping, not into HTML, so "&" must
 * stay "&".
 */
import { t } from '@nextcloud/l10n'
import type { Labels } from '../odf/labels'

const RAW = { escape: false, sanitize: false }

export function translatedLabels(): Labels {
	return {
		draft: t('policydesk', 'Draft', {}, undefined, RAW),
		page: t('policydesk', 'Page {page} of {pages}', { page: '%n', pages: '%m' }, undefined, RAW),
		attachments: t('policydesk', 'Attachments', {}, undefined, RAW),
		attachment: t('policydesk', 'Attachment {number}', { number: '%n' }, undefined, RAW),
		place: t('policydesk', 'Place', {}, undefined, RAW),
		date: t('policydesk', 'Date', {}, undefined, RAW),
		signature: t('policydesk', 'Signature', {}, undefined, RAW),
	}
}
