<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * Thrown both for a missing record and for one the user may not see, so that
 * the two cannot be told apart from outside.
 */
class NotFoundException extends PolicyDeskException {
}
