<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCA\PolicyDesk\Model\ShareView;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\ShareService;
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
 * @psalm-import-type PolicyDeskShare from ResponseDefinitions
 * @psalm-import-type PolicyDeskShareType from ResponseDefinitions
 * @psalm-import-type PolicyDeskDeleted from ResponseDefinitions
 */
class ShareController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private ShareService $shares,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * List the co-authors of a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, array{shares: list<PolicyDeskShare>}, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Shares returned
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/shares', requirements: ['id' => '\d+'])]
	public function index(int $id): DataResponse {
		try {
			$shares = $this->shares->list($this->userId(), $id);
			return new DataResponse(['shares' => array_map(static fn (ShareView $s): array => $s->toArray(), $shares)]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Add a co-author
	 *
	 * Only the owner may add co-authors.
	 *
	 * @param int $id ID of the document
	 * @param PolicyDeskShareType $type Whether shareWith is a user or a group
	 * @param string $shareWith User ID or group ID
	 * @return DataResponse<Http::STATUS_CREATED, PolicyDeskShare, array{}>
	 * @throws OCSBadRequestException Unknown type, user or group, the owner, or already a co-author
	 * @throws OCSForbiddenException The user is not the owner
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 201: Co-author added
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/shares', requirements: ['id' => '\d+'])]
	public function create(int $id, string $type, string $shareWith): DataResponse {
		try {
			return new DataResponse($this->shares->add($this->userId(), $id, $type, $shareWith)->toArray(), Http::STATUS_CREATED);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Remove a co-author
	 *
	 * @param int $id ID of the document
	 * @param int $shareId ID of the share
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskDeleted, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSForbiddenException The user is not the owner
	 * @throws OCSNotFoundException The document or share does not exist or the user may not see it
	 *
	 * 200: Co-author removed; the data names the removed share's id
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'DELETE', url: '/api/v1/documents/{id}/shares/{shareId}', requirements: ['id' => '\d+', 'shareId' => '\d+'])]
	public function destroy(int $id, int $shareId): DataResponse {
		try {
			$this->shares->remove($this->userId(), $id, $shareId);
			return new DataResponse(['id' => $shareId]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}
}
