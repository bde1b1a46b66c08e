<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Middleware;

use OCA\PolicyDesk\Exception\InvalidInputException;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Middleware;
use OCP\AppFramework\OCS\OCSBadRequestException;
use OCP\IRequest;

/**
 * Answers 400, naming the parameter, when a request value cannot be passed
 * to the controller method it is routed to (see ParameterChecker). Runs
 * before the Dispatcher builds the arguments; an OCSException thrown here is
 * turned into an OCS response by the server's OCSMiddleware like one thrown
 * by a controller.
 */
class RequestParameterMiddleware extends Middleware {
	public function __construct(
		private IRequest $request,
		private ParameterChecker $checker,
	) {
	}

	/**
	 * @param Controller $controller
	 * @param string $methodName
	 * @throws OCSBadRequestException
	 */
	public function beforeController($controller, $methodName): void {
		try {
			$this->checker->check(
				new \ReflectionMethod($controller, $methodName),
				fn (string $name): mixed => $this->request->getParam($name),
			);
		} catch (InvalidInputException $e) {
			throw new OCSBadRequestException($e->getMessage());
		}
	}
}
