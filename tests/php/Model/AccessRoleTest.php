<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Model\AccessRole;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class AccessRoleTest extends TestCase {
	/**
	 * @return array<string, array{AccessRole, bool, bool, bool, bool}>
	 */
	public static function rights(): array {
		// role, view, edit, share, delete
		return [
			'owner' => [AccessRole::Owner, true, true, true, true],
			'co-author' => [AccessRole::CoAuthor, true, true, false, false],
			'reviewer' => [AccessRole::Reviewer, true, false, false, false],
			'none' => [AccessRole::None, false, false, false, false],
		];
	}

	#[DataProvider('rights')]
	public function testRights(AccessRole $role, bool $view, bool $edit, bool $share, bool $delete): void {
		$this->assertSame([$view, $edit, $share, $delete], [$role->canView(), $role->canEdit(), $role->canShare(), $role->canDelete()]);
	}
}
