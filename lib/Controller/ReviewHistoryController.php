<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\Db\HistoryEntry;
use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\HistoryService;
use OCA\PolicyDesk\Service\ReviewDocumentGateway;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * The append-only, hash-chained review history of a document.
 *
 * @psalm-import-type PolicyDeskHistoryEntry from ResponseDefinitions
 * @psalm-import-type PolicyDeskHistoryVerification from ResponseDefinitions
 */
class ReviewHistoryController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private ReviewDocumentGateway $documents,
		private HistoryService $history,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * Get the review history of a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, array{entries: list<PolicyDeskHistoryEntry>}, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Every workflow event, oldest first
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/history', requirements: ['id' => '\d+'])]
	public function index(int $id): DataResponse {
		try {
			$doc = $this->documents->load($id, $this->userId());
			$entries = $this->history->findAll($doc->documentId);
			return new DataResponse(['entries' => array_map(fn (HistoryEntry $e): array => $this->history->describe($e), $entries)]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Verify the hash chain of a document's review history
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskHistoryVerification, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Whether the stored history is intact, and where it breaks if not
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/history/verify', requirements: ['id' => '\d+'])]
	public function verify(int $id): DataResponse {
		try {
			$doc = $this->documents->load($id, $this->userId());
			return new DataResponse($this->history->describeVerification($this->history->verify($doc->documentId, $doc->state)));
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}
}
