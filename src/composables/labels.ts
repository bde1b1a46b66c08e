/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated names for the closed sets the UI shows (types, states, save
 * status). Functions rather than constants, so the strings are translated
 * when shown, after the translations have been registered.
 */
import { t } from '@nextcloud/l10n'
import type { DocumentState } from '../api/types'
import type { DocumentType } from '../model/types'
import type { SaveStatus } from '../store/document'

export const DOCUMENT_TYPES: DocumentType[] = ['policy', 'declaration', 'decision_proposal']

export const DOCUMENT_STATES: DocumentState[] = ['draft', 'in_review', 'changes_requested', 'approved', 'withdrawn']

export function typeLabel(type: DocumentType): string {
	switch (type) {
	case 'policy':
		return t('policydesk', 'Policy')
	case 'declaration':
		return t('policydesk', 'Declaration')
	case 'decision_proposal':
		return t('policydesk', 'Decision proposal')
	}
}

export function stateLabel(state: DocumentState): string {
	switch (state) {
	case 'draft':
		return t('policydesk', 'Draft')
	case 'in_review':
		return t('policydesk', 'In review')
	case 'changes_requested':
		return t('policydesk', 'Changes requested')
	case 'approved':
		return t('policydesk', 'Approved')
	case 'withdrawn':
		return t('policydesk', 'Withdrawn')
	}
}

export function saveStatusLabel(status: SaveStatus): string {
	switch (status) {
	case 'saved':
		return t('policydesk', 'Saved')
	case 'saving':
		return t('policydesk', 'Saving…')
	case 'unsaved':
		return t('policydesk', 'Unsaved changes')
	case 'offline':
		return t('policydesk', 'Offline – kept locally')
	case 'error':
		return t('policydesk', 'Not saved – kept locally')
	case 'conflict':
		return t('policydesk', 'Conflict – choose which text to keep')
	}
}

/** BCP 47 shape accepted by the schema (meta.language.pattern). */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Nextcloud language codes use '_' ("de_DE"); BCP 47 uses '-'. */
export function toBcp47(language: string): string {
	const tag = language.replace(/_/g, '-')
	return LANGUAGE_PATTERN.test(tag) ? tag : 'en'
}
