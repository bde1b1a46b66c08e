<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\Exception\ConflictException;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCA\PolicyDesk\Model\VersionView;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\VersionService;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * @psalm-import-type PolicyDeskDocument from ResponseDefinitions
 * @psalm-import-type PolicyDeskVersion from ResponseDefinitions
 * @psalm-import-type PolicyDeskVersionWithContent from ResponseDefinitions
 * @psalm-import-type PolicyDeskConflict from ResponseDefinitions
 * @psalm-import-type PolicyDeskError from ResponseDefinitions
 */
class VersionController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private VersionService $versions,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * List the versions of a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, array{versions: list<PolicyDeskVersion>}, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Versions, newest first, without their content
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/versions', requirements: ['id' => '\d+'])]
	public function index(int $id): DataResponse {
		try {
			$versions = $this->versions->list($this->userId(), $id);
			return new DataResponse(['versions' => array_map(static fn (VersionView $v): array => $v->toArray(), $versions)]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Get one version of a document with its content
	 *
	 * @param int $id ID of the document
	 * @param int $versionId ID of the version
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskVersionWithContent, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document or version does not exist or the user may not see it
	 *
	 * 200: Version returned
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/versions/{versionId}', requirements: ['id' => '\d+', 'versionId' => '\d+'])]
	public function show(int $id, int $versionId): DataResponse {
		try {
			return new DataResponse($this->versions->get($this->userId(), $id, $versionId)->toArrayWithContent());
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Restore a version
	 *
	 * Saves the content of an old version as a new version; nothing is lost.
	 *
	 * @param int $id ID of the document
	 * @param int $versionId ID of the version to restore
	 * @param positive-int $baseRevision The revision of the document the user was looking at
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDocument, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskConflict, array{}>|DataResponse<Http::STATUS_REQUEST_ENTITY_TOO_LARGE, PolicyDeskError, array{}>
	 * @throws OCSBadRequestException The old version no longer matches the schema
	 * @throws OCSForbiddenException The user may not edit the document
	 * @throws OCSNotFoundException The document or version does not exist or the user may not see it
	 *
	 * 200: Version restored; the document is returned
	 * 409: Not saved: the document was saved by someone else since baseRevision, or its review could not record the change; the current document is returned
	 * 413: The document as canonical JSON is larger than limits.maxBodyBytes of the schema (lib/Model/document-schema.json); the message gives both sizes
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/versions/{versionId}/restore', requirements: ['id' => '\d+', 'versionId' => '\d+'])]
	public function restore(int $id, int $versionId, int $baseRevision): DataResponse {
		try {
			return new DataResponse($this->versions->restore($this->userId(), $id, $versionId, $baseRevision)->toArray());
		} catch (ConflictException $e) {
			return new DataResponse(['message' => $e->getMessage(), 'current' => $e->getCurrent()->toArray()], Http::STATUS_CONFLICT);
		} catch (ContentTooLargeException $e) {
			return $this->tooLarge($e);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}
}
