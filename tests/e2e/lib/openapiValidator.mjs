/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Checks responses of the in-test API double against openapi.json (the
 * spec generated from the PHP controllers). A response whose path, method
 * or status the spec does not declare is a violation too.
 */
import Ajv from 'ajv'
import { readFileSync } from 'node:fs'

/** '/ocs/v2.php/apps/policydesk/api/v1/documents/{id}' → RegExp with one group per parameter. */
function pathPattern(template) {
	const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')
	return new RegExp(`^${source}$`)
}

/**
 * OpenAPI 3.0 writes a nullable reference as `{nullable: true, allOf: [{$ref}]}`
 * (as Nextcloud's openapi-extractor does); Ajv only accepts `nullable` next
 * to `type`, so such nodes become `anyOf: [schema, {type: 'null'}]`.
 */
function nullableWithoutType(node) {
	if (Array.isArray(node)) {
		return node.map(nullableWithoutType)
	}
	if (node === null || typeof node !== 'object') {
		return node
	}
	const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableWithoutType(value)]))
	if (out.nullable === true && out.type === undefined) {
		const { nullable, default: _default, description, ...schema } = out
		return { anyOf: [schema, { type: 'null' }] }
	}
	return out
}

export class OpenApiValidator {

	constructor(specPath) {
		this.spec = JSON.parse(readFileSync(specPath, 'utf8'))
		// OpenAPI 3.0 schemas: `nullable` is understood by Ajv; formats such as
		// int64 are documentation here, and strict mode would reject OpenAPI-only keywords.
		this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
		this.ajv.addSchema({ $id: 'openapi.json', components: nullableWithoutType(this.spec.components ?? {}) })
		this.routes = Object.entries(this.spec.paths ?? {})
			.map(([template, item]) => ({ template, pattern: pathPattern(template), item }))
			// Literal segments beat parameters: '/documents/{id}/versions' before '/documents/{id}/{x}'.
			.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))
		this.compiled = new Map()
	}

	/** Rewrite '#/components/…' to 'openapi.json#/components/…' so one registered schema serves them all. */
	rebase(schema) {
		return nullableWithoutType(JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"openapi.json#/')))
	}

	/**
	 * @param {string} method GET, POST…
	 * @param {string} path URL path, e.g. /ocs/v2.php/apps/policydesk/api/v1/documents/3
	 * @param {number} status HTTP status sent
	 * @param {unknown} body the JSON body sent
	 * @return {string[]} violations, empty when the response matches
	 */
	check(method, path, status, body) {
		const route = this.routes.find((candidate) => candidate.pattern.test(path))
		if (!route) {
			return [`${method} ${path}: path not in openapi.json`]
		}
		const operation = route.item[method.toLowerCase()]
		if (!operation) {
			return [`${method} ${route.template}: method not in openapi.json`]
		}
		const response = operation.responses?.[String(status)] ?? operation.responses?.default
		if (!response) {
			return [`${method} ${route.template}: status ${status} not declared (declared: ${Object.keys(operation.responses ?? {}).join(', ')})`]
		}
		const schema = response.content?.['application/json']?.schema
		if (!schema) {
			return [`${method} ${route.template} ${status}: no application/json schema declared`]
		}
		const key = `${method} ${route.template} ${status}`
		let validate = this.compiled.get(key)
		if (!validate) {
			validate = this.ajv.compile(this.rebase(schema))
			this.compiled.set(key, validate)
		}
		if (validate(body)) {
			return []
		}
		return (validate.errors ?? []).map((error) => `${key}: ${error.instancePath || '(root)'} ${error.message}${error.params ? ' ' + JSON.stringify(error.params) : ''}`)
	}

}
