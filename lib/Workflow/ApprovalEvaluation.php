<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The result of ApprovalEvaluator::evaluate(), indexed like the slot list.
 */
final class ApprovalEvaluation {
	/**
	 * @param list<ReviewerSlot> $slots
	 * @param array<int, string> $slotStatuses ReviewerStatus per slot
	 * @param array<int, array<array-key, string>> $memberStatuses ReviewerStatus per member user id (numeric ids become int keys), per slot
	 * @param array<int, bool> $asked whether each slot is asked now (always true unless sequential)
	 */
	public function __construct(
		private readonly array $slots,
		private readonly array $slotStatuses,
		private readonly array $memberStatuses,
		private readonly array $asked,
		public readonly int $approvals,
		public readonly int $required,
		public readonly bool $satisfied,
	) {
	}

	public function slotStatus(int $index): string {
		return $this->slotStatuses[$index] ?? ReviewerStatus::PENDING;
	}

	/**
	 * @return array<array-key, string> status by member user id (numeric ids become int keys)
	 */
	public function memberStatuses(int $index): array {
		return $this->memberStatuses[$index] ?? [];
	}

	/** Whether the user may decide now: a member of a slot that is asked. */
	public function isAsked(string $userId): bool {
		foreach ($this->slots as $index => $slot) {
			if (($this->asked[$index] ?? false) && $slot->includes($userId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Users whose decision the round is waiting for now: members of asked,
	 * not yet approved slots who have not approved the current version. A
	 * change request on the current version counts as waiting too: after a
	 * resubmit without edits its author has to look again and decide.
	 * These are the people to notify.
	 *
	 * @return list<string>
	 */
	public function awaitedUserIds(): array {
		$users = [];
		foreach (array_keys($this->slots) as $index) {
			if (!($this->asked[$index] ?? false) || $this->slotStatus($index) === ReviewerStatus::APPROVED) {
				continue;
			}
			foreach ($this->memberStatuses($index) as $userId => $status) {
				if ($status !== ReviewerStatus::APPROVED && $status !== ReviewerStatus::WAITING) {
					$users[$userId] = true;
				}
			}
		}
		return array_map('strval', array_keys($users));
	}
}
