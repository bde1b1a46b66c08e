/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The few lines every endpoint function shares: building OCS URLs and
 * turning OCS envelopes (success or failure) into values. Endpoint
 * functions live in documents.ts, versions.ts and shares.ts.
 */
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/** An OCS request that failed: the HTTP status and the server's message. */
export class ApiError extends Error {

	constructor(
		message: string,
		public readonly status: number,
		/** The OCS `data` of the failed response, e.g. `{message, current}` for 409. */
		public readonly data: unknown = null,
	) {
		super(message)
		this.name = 'ApiError'
	}

	/** 0 means the request never got an answer (offline, DNS, CORS…). */
	get isNetworkError(): boolean {
		return this.status === 0
	}

}

export function apiUrl(path: string, params?: Record<string, string | number>): string {
	return generateOcsUrl('/apps/policydesk/api/v1' + path, params)
}

interface OcsEnvelope<T> {
	ocs: { meta: { status: string, statuscode: number, message?: string | null }, data: T }
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null
}

/**
 * Map whatever axios threw into an ApiError. The server's message may sit in
 * `ocs.data.message` (our controllers) or `ocs.meta.message` (OCS exceptions
 * such as OCSNotFoundException); without either we keep the HTTP reason.
 */
export function toApiError(error: unknown): ApiError {
	if (error instanceof ApiError) {
		return error
	}
	if (!isRecord(error)) {
		return new ApiError(String(error), 0)
	}
	const response = isRecord(error.response) ? error.response : null
	if (response === null) {
		const message = typeof error.message === 'string' ? error.message : 'Network error'
		return new ApiError(message, 0)
	}
	const status = typeof response.status === 'number' ? response.status : 0
	const body = response.data
	const ocs = isRecord(body) && isRecord(body.ocs) ? body.ocs : null
	const data = ocs !== null ? (ocs.data ?? null) : null
	let message = ''
	if (isRecord(data) && typeof data.message === 'string') {
		message = data.message
	} else if (ocs !== null && isRecord(ocs.meta) && typeof ocs.meta.message === 'string') {
		message = ocs.meta.message
	}
	if (message === '') {
		message = typeof response.statusText === 'string' && response.statusText !== ''
			? response.statusText
			: `HTTP ${status}`
	}
	return new ApiError(message, status, data)
}

type Method = 'get' | 'post' | 'put' | 'delete'

/** Send one OCS request and return its `ocs.data`, or throw an ApiError. */
export async function ocsRequest<T>(method: Method, url: string, body?: unknown, params?: Record<string, unknown>): Promise<T> {
	try {
		const response = await axios.request<OcsEnvelope<T>>({ method, url, data: body, params })
		return response.data.ocs.data
	} catch (error) {
		throw toApiError(error)
	}
}
