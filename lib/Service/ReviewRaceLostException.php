<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

/**
 * Internal to ReviewTransactionRunner: another request changed the document's
 * review state between our read and our conditional write. The transaction is
 * rolled back and retried with fresh data; inside a save's transaction the
 * save is rolled back instead. Never shown to a user.
 */
final class ReviewRaceLostException extends \RuntimeException {
}
