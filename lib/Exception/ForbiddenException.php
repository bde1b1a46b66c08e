<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Exception;

/**
 * The user can see the document but may not do this to it (e.g. a co-author
 * deleting it).
 */
class ForbiddenException extends PolicyDeskException {
}
