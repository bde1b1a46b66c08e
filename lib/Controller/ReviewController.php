<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCA\PolicyDesk\Exception\StaleVersionException;
use OCA\PolicyDesk\Exception\TransitionRefusedException;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\ReviewDocumentGateway;
use OCA\PolicyDesk\Service\ReviewService;
use OCA\PolicyDesk\Service\ReviewStatusService;
use OCA\PolicyDesk\Workflow\RefusalReason;
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
 * The review of a document: where it stands, submitting, deciding,
 * withdrawing. Each action answers with the review as it now stands.
 *
 * @psalm-import-type PolicyDeskReview from ResponseDefinitions
 * @psalm-import-type PolicyDeskReviewConflict from ResponseDefinitions
 */
class ReviewController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private ReviewDocumentGateway $documents,
		private ReviewService $reviews,
		private ReviewStatusService $status,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * Get the review of a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: The review state, the current round with each reviewer's status, and what the user may do
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/review', requirements: ['id' => '\d+'])]
	public function show(int $id): DataResponse {
		try {
			return new DataResponse($this->status->describe($this->documents->load($id, $this->userId())));
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Submit a document for review
	 *
	 * Freezes the current content as a version; reviewers approve its hash.
	 *
	 * @param int $id ID of the document
	 * @param list<array{type: 'user'|'group', id: string, groupMode?: 'any'|'every'}> $reviewers Users and groups in review order (1 to 20)
	 * @param 'all'|'any'|'quorum' $rule How many must approve
	 * @param int|null $quorum Approvals needed for the quorum rule
	 * @param bool $sequential Ask reviewer N+1 only once reviewer N approved
	 * @param bool $requireResolved The document counts as approved only once every comment is resolved
	 * @param string|null $versionHash The hash the author is looking at; refused if the document changed since
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskReviewConflict, array{}>
	 * @throws OCSBadRequestException Reviewers, rule or quorum are invalid
	 * @throws OCSForbiddenException The user is not an author of the document
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Submitted
	 * 409: The document is already in review or approved, or changed since versionHash
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/review', requirements: ['id' => '\d+'])]
	public function submit(int $id, array $reviewers = [], string $rule = 'all', ?int $quorum = null, bool $sequential = false, bool $requireResolved = false, ?string $versionHash = null): DataResponse {
		return $this->act($id, fn ($doc) => $this->reviews->submit($doc, $reviewers, $rule, $quorum, $sequential, $requireResolved, $versionHash));
	}

	/**
	 * Send a document back to review after changes were requested
	 *
	 * @param int $id ID of the document
	 * @param string|null $versionHash The hash the author is looking at; refused if the document changed since
	 * @param string|null $comment What was changed
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskReviewConflict, array{}>
	 * @throws OCSBadRequestException The comment is too long
	 * @throws OCSForbiddenException The user is not an author of the document
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Back in review
	 * 409: No changes were requested, or the document changed since versionHash
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/review/resubmit', requirements: ['id' => '\d+'])]
	public function resubmit(int $id, ?string $versionHash = null, ?string $comment = null): DataResponse {
		return $this->act($id, fn ($doc) => $this->reviews->resubmit($doc, $versionHash, $comment));
	}

	/**
	 * Approve a document or request changes
	 *
	 * @param int $id ID of the document
	 * @param 'approve'|'request_changes' $decision The decision
	 * @param string $versionHash The hash of the version the reviewer read (currentHash of the review)
	 * @param string|null $comment Required when requesting changes; at most 4000 characters
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskReviewConflict, array{}>
	 * @throws OCSBadRequestException Unknown decision, missing or too long comment
	 * @throws OCSForbiddenException The user is not a reviewer of the document (authors cannot approve)
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Decision recorded
	 * 409: The document changed since versionHash (reason stale_version, with currentHash), or it is not waiting for this decision
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/review/decisions', requirements: ['id' => '\d+'])]
	public function decide(int $id, string $decision, string $versionHash, ?string $comment = null): DataResponse {
		return $this->act($id, fn ($doc) => $this->reviews->decide($doc, $decision, $versionHash, $comment));
	}

	/**
	 * Withdraw a document from review
	 *
	 * @param int $id ID of the document
	 * @param string|null $comment Why
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskReviewConflict, array{}>
	 * @throws OCSBadRequestException The comment is too long
	 * @throws OCSForbiddenException The user is not an author of the document
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: Withdrawn
	 * 409: The document is already approved or withdrawn
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/review/withdraw', requirements: ['id' => '\d+'])]
	public function withdraw(int $id, ?string $comment = null): DataResponse {
		return $this->act($id, fn ($doc) => $this->reviews->withdraw($doc, $comment));
	}

	/**
	 * Runs one review action and answers with the review as it now stands,
	 * or with 409 and the reason (and the hash to re-read).
	 *
	 * @param \Closure(\OCA\PolicyDesk\Service\ReviewDocument): mixed $action
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskReview, array{}>|DataResponse<Http::STATUS_CONFLICT, PolicyDeskReviewConflict, array{}>
	 * @throws OCSBadRequestException
	 * @throws OCSForbiddenException
	 * @throws OCSNotFoundException
	 */
	private function act(int $id, \Closure $action): DataResponse {
		try {
			$userId = $this->userId();
			$action($this->documents->load($id, $userId));
			return new DataResponse($this->status->describe($this->documents->load($id, $userId)));
		} catch (StaleVersionException $e) {
			return new DataResponse(['message' => $e->getMessage(), 'reason' => RefusalReason::STALE_VERSION, 'currentHash' => $e->getCurrentHash()], Http::STATUS_CONFLICT);
		} catch (TransitionRefusedException $e) {
			return new DataResponse(['message' => $e->getMessage(), 'reason' => $e->getReason(), 'currentHash' => $e->getCurrentHash()], Http::STATUS_CONFLICT);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}
}
