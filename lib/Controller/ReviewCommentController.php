<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\Db\Comment;
use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Service\CommentService;
use OCA\PolicyDesk\Service\ReviewDocumentGateway;
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
 * Review comments: on the document or anchored to a passage, with replies
 * and resolving. Authors and reviewers take part.
 *
 * @psalm-import-type PolicyDeskComment from ResponseDefinitions
 * @psalm-import-type PolicyDeskCommentAnchor from ResponseDefinitions
 */
class ReviewCommentController extends BaseOCSController {
	public function __construct(
		IRequest $request,
		IUserSession $userSession,
		IL10N $l,
		private ReviewDocumentGateway $documents,
		private CommentService $comments,
	) {
		parent::__construct($request, $userSession, $l);
	}

	/**
	 * List the review comments of a document
	 *
	 * @param int $id ID of the document
	 * @return DataResponse<Http::STATUS_OK, array{comments: list<PolicyDeskComment>}, array{}>
	 * @throws OCSBadRequestException An id is out of range
	 * @throws OCSForbiddenException The user takes no part in the review
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 200: All comments and replies, oldest first
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'GET', url: '/api/v1/documents/{id}/comments', requirements: ['id' => '\d+'])]
	public function index(int $id): DataResponse {
		try {
			$comments = $this->comments->findAll($this->documents->load($id, $this->userId()));
			return new DataResponse(['comments' => array_map(fn (Comment $c): array => $this->comments->describe($c), $comments)]);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Comment on a document
	 *
	 * @param int $id ID of the document
	 * @param string $message The comment (at most 4000 characters)
	 * @param string|null $versionHash The version the anchor refers to
	 * @param PolicyDeskCommentAnchor|null $anchor The passage commented on
	 * @return DataResponse<Http::STATUS_CREATED, PolicyDeskComment, array{}>
	 * @throws OCSBadRequestException Empty or too long message, or an invalid anchor
	 * @throws OCSForbiddenException The user takes no part in the review
	 * @throws OCSNotFoundException The document does not exist or the user may not see it
	 *
	 * 201: Comment created
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/comments', requirements: ['id' => '\d+'])]
	public function create(int $id, string $message, ?string $versionHash = null, ?array $anchor = null): DataResponse {
		try {
			$comment = $this->comments->create($this->documents->load($id, $this->userId()), $message, $versionHash, $anchor);
			return new DataResponse($this->comments->describe($comment), Http::STATUS_CREATED);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Reply to a comment
	 *
	 * @param int $id ID of the document
	 * @param int $commentId ID of the comment replied to
	 * @param string $message The reply (at most 4000 characters)
	 * @return DataResponse<Http::STATUS_CREATED, PolicyDeskComment, array{}>
	 * @throws OCSBadRequestException Empty or too long message
	 * @throws OCSForbiddenException The user takes no part in the review
	 * @throws OCSNotFoundException The document or comment does not exist or the user may not see it
	 *
	 * 201: Reply created
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/comments/{commentId}/replies', requirements: ['id' => '\d+', 'commentId' => '\d+'])]
	public function reply(int $id, int $commentId, string $message): DataResponse {
		try {
			$comment = $this->comments->reply($this->documents->load($id, $this->userId()), $commentId, $message);
			return new DataResponse($this->comments->describe($comment), Http::STATUS_CREATED);
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}

	/**
	 * Resolve or reopen a comment thread
	 *
	 * Resolving the last open thread may complete a review that requires all comments resolved.
	 *
	 * @param int $id ID of the document
	 * @param int $commentId ID of the thread's first comment
	 * @param bool $resolved Whether the thread is resolved
	 * @return DataResponse<Http::STATUS_OK, PolicyDeskComment, array{}>
	 * @throws OCSBadRequestException The comment is a reply
	 * @throws OCSForbiddenException The user takes no part in the review
	 * @throws OCSNotFoundException The document or comment does not exist or the user may not see it
	 *
	 * 200: Thread updated
	 */
	#[NoAdminRequired]
	#[ApiRoute(verb: 'POST', url: '/api/v1/documents/{id}/comments/{commentId}/resolve', requirements: ['id' => '\d+', 'commentId' => '\d+'])]
	public function resolve(int $id, int $commentId, bool $resolved = true): DataResponse {
		try {
			$comment = $this->comments->resolve($this->documents->load($id, $this->userId()), $commentId, $resolved);
			return new DataResponse($this->comments->describe($comment));
		} catch (PolicyDeskException $e) {
			throw $this->mapError($e);
		}
	}
}
