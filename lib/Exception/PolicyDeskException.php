<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * Base of the domain exceptions. Their messages are meant for the user and
 * never carry internals; controllers map each subclass to one HTTP status.
 */
abstract class PolicyDeskException extends \Exception {
}
