/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The section headings of the document templates (src/model/templates.ts),
 * translated. Nextcloud's string extraction reads the source for literal
 * `t('policydesk', '…')` calls; the model module only names the headings
 * (TEMPLATE_STRINGS) and translates through the function it is given, so the
 * literal calls live here. The Record over TemplateString makes TypeScript
 * refuse a missing or an unknown heading; tests/js/composables/templateHeadings.test.ts
 * checks that each entry translates its own key.
 */
import { t } from '@nextcloud/l10n'
import type { TemplateString } from '../model/templates'

// Functions, not strings: translated when a document is created, after the
// app's translations have been registered.
const HEADINGS: Record<TemplateString, () => string> = {
	Aim: () => t('policydesk', 'Aim'),
	Vision: () => t('policydesk', 'Vision'),
	Method: () => t('policydesk', 'Method'),
	Background: () => t('policydesk', 'Background'),
	'Action plan': () => t('policydesk', 'Action plan'),
	Preamble: () => t('policydesk', 'Preamble'),
	Principles: () => t('policydesk', 'Principles'),
	Commitments: () => t('policydesk', 'Commitments'),
	Signatories: () => t('policydesk', 'Signatories'),
	'Proposed decision': () => t('policydesk', 'Proposed decision'),
}

/**
 * A template heading in the user's language; pass it to createFromTemplate.
 *
 * @param heading the heading as TEMPLATE_STRINGS names it
 */
export function translateTemplateHeading(heading: TemplateString): string {
	return HEADINGS[heading]()
}
