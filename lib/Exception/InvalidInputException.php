<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * A request value other than the document body is unusable (unknown share
 * type, a user that does not exist, a bad filter, …).
 */
class InvalidInputException extends PolicyDeskException {
}
