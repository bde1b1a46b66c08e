<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Controller;

use OCA\PolicyDesk\AppInfo\Application;
use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Exception\PolicyDeskException;
use OCP\AppFramework\Http;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\AppFramework\OCS\OCSException;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\OCS\OCSNotFoundException;
use OCP\AppFramework\OCSController;
use OCP\IL10N;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * What all Policy Desk OCS controllers share: the current user and one
 * mapping from domain exceptions to HTTP answers, so that every endpoint
 * answers the same way and none leaks a stack trace.
 */
abstract class BaseOCSController extends OCSController {
	public function __construct(
		IRequest $request,
		private IUserSession $userSession,
		protected IL10N $l,
	) {
		parent::__construct(Application::APP_ID, $request);
	}

	/**
	 * Every route requires a login (no #[PublicPage]), so a user is present.
	 */
	protected function userId(): string {
		$user = $this->userSession->getUser();
		if ($user === null) {
			throw new OCSForbiddenException($this->l->t('Not logged in'));
		}
		return $user->getUID();
	}

	/**
	 * @throws OCSException the OCS error that matches the domain error
	 */
	protected function mapError(PolicyDeskException $e): OCSException {
		return match (true) {
			$e instanceof NotFoundException => new OCSNotFoundException($e->getMessage()),
			$e instanceof ForbiddenException => new OCSForbiddenException($e->getMessage()),
			$e instanceof InvalidContentException => new OCSBadRequestException($this->l->t('Invalid document: %s', [$e->getMessage()])),
			$e instanceof InvalidInputException => new OCSBadRequestException($e->getMessage()),
			default => new OCSBadRequestException($this->l->t('The request could not be carried out')),
		};
	}

	/**
	 * @return DataResponse<Http::STATUS_REQUEST_ENTITY_TOO_LARGE, array{message: string}, array{}>
	 */
	protected function tooLarge(ContentTooLargeException $e): DataResponse {
		return new DataResponse(['message' => $this->l->t('The document is %1$d bytes long; the limit is %2$d bytes.', [$e->getActual(), $e->getLimit()])], Http::STATUS_REQUEST_ENTITY_TOO_LARGE);
	}
}
