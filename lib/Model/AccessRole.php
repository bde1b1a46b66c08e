<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * What a user is to a document, and what that role allows in drafting.
 * Review rights are decided by lib/Workflow; this covers only who may see,
 * edit, share and delete.
 */
enum AccessRole: string {
	case Owner = 'owner';
	case CoAuthor = 'coauthor';
	/** Named on the current review round (issue 4): may read, not change. */
	case Reviewer = 'reviewer';
	case None = 'none';

	/** Anyone who may not see a document gets "not found", never "forbidden". */
	public function canView(): bool {
		return $this !== self::None;
	}

	public function canEdit(): bool {
		return $this === self::Owner || $this === self::CoAuthor;
	}

	public function canShare(): bool {
		return $this === self::Owner;
	}

	public function canDelete(): bool {
		return $this === self::Owner;
	}
}
