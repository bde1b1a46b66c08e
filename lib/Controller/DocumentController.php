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
use OCA\PolicyDesk\Model\DocumentFilter;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\DocumentService;
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
 * @psalm-import-type PolicyDeskDocumentList from ResponseDefinitions
 * @psalm-import-type PolicyDeskContent from ResponseDefinitions
 * @psalm-import-type PolicyDeskConflict from ResponseDefinitions
 * @psalm-import-type PolicyDeskError from ResponseDefinitions
 * @psalm-import-type PolicyDeskDeleted from ResponseDefinitions
 */
class DocumentController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private DocumentService $documents,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * List documents
	 *
	 * @param 'mine'|'shared'|'review' $scope Documents the user owns; documents shared with the user or the user's groups; or documents whose current review round names the user or one of the user's groups as a reviewer
	 * @param string|null $type Only documents of this type
	 * @param string|null $state Only documents in this state
	 * @param string|null $search Only documents whose title contains this text
	 * @param int<1, 100> $limit Page size
	 * @param non-negative-int $offset Number of documents to skip
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDocumentList, array{}>
	 * @throws OCSBadRequestException Unknown scope, type or state, or a bad page
	 *
	 * 200: One page of documents, most recently changed first, and the total
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents')]
	public function index(string $scope = 'mine', ?string $type = null, ?string $state = null, ?string $search = null, int $limit = 25, int $offset = 0): DataResponse {
		$filter = new DocumentFilter($scope, self::blankToNull($type), self::blankToNull($state), self::blankToNull($search), $limit, $offset);
		try {
			return new DataResponse($this->documents->list($this->userId(), $filter));
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Create a document
	 *
	 * Creates the document and its version 1.
	 *
	 * @param PolicyDeskContent $content The document; checked against the schema (lib/Model/document-schema.json)
	 * @return DataResponse<Http::STATUS_CREATED, PolicyDeskDocument, array{}>|DataResponse<Http::STATUS_REQUEST_ENTITY_TOO_LARGE, PolicyDeskError, array{}>
	 * @throws OCSBadRequestException The content does not match the schema; the message names the field
	 *
	 * 201: Document created
	 * 413: The document as canonical JSON is larger than limits.maxBodyBytes of the schema (lib/Model/document-schema.json); the message gives both sizes
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents')]
	public function create(array $content): DataResponse {
		try {
			return new DataResponse($this->documents->create($this->userId(), $content)->toArray(), Http::STATUS_CREATED);
		} catch (ContentTooLargeException $e) {
			return $this->tooLarge($e);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Get a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDocument, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Document returned
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}', requirements: ['id' => '\d+'])]
	public function show(int $id): DataResponse {
		try {
			return new DataResponse($this->documents->get($this->userId(), $id)->toArray());
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Save a document
	 *
	 * Every accepted save increments the revision. With createVersion a
	 * version is recorded too, unless the content equals the latest version.
	 *
	 * @param int $id ID of the document
	 * @param positive-int $baseRevision The revision the edited text was based on
	 * @param PolicyDeskContent $content The document; checked against the schema (lib/Model/document-schema.json)
	 * @param bool $createVersion Whether to record a version (false for autosave)
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDocument, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskConflict, array{}>|DataResponse<Http::STATUS_REQUEST_ENTITY_TOO_LARGE, PolicyDeskError, array{}>
	 * @throws OCSBadRequestException The content does not match the schema; the message names the field
	 * @throws OCSForbiddenException The user may not edit the document
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Document saved
	 * 409: Not saved: the document was saved by someone else since baseRevision, or its review could not record the change; the current document is returned
	 * 413: The document as canonical JSON is larger than limits.maxBodyBytes of the schema (lib/Model/document-schema.json); the message gives both sizes
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'PUT', url: '/api/v1/documents/{id}', requirements: ['id' => '\d+'])]
	public function update(int $id, int $baseRevision, array $content, bool $createVersion = false): DataResponse {
		try {
			return new DataResponse($this->documents->update($this->userId(), $id, $baseRevision, $content, $createVersion)->toArray());
		} catch (ConflictException $e) {
			return new DataResponse(['message' => $e->getMessage(), 'current' => $e->getCurrent()->toArray()], Http::STATUS_CONFLICT);
		} catch (ContentTooLargeException $e) {
			return $this->tooLarge($e);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Delete a document
	 *
	 * Deletes the document with all its versions and shares. Only the owner may.
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDeleted, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSForbiddenException The user is a co-author, not the owner
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Document deleted; the data names its id
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/documents/{id}', requirements: ['id' => '\d+'])]
	public function destroy(int $id): DataResponse {
		try {
			$this->documents->delete($this->userId(), $id);
			return new DataResponse(['id' => $id]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	private static function blankToNull(?string $value): ?string {
		return $value === null || trim($value) === '' ? null : $value;
	}
}
