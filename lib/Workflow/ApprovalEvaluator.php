<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * Decides whether a round's approval rule is met, from the reviewer list and
 * the decisions made so far. Pure: the same input always gives the same
 * evaluation.
 *
 * Every reviewer entry is one unit for the rule: a user, a group in "any
 * member" mode (approved once one member approves) or a group in "every
 * member" mode (approved once all its members approve). Only decisions on the
 * current hash count; older ones are reported as stale.
 */
final class ApprovalEvaluator {
	/**
	 * @param list<ReviewerSlot> $slots in the order the author chose
	 * @param list<DecisionRecord> $decisions oldest first
	 */
	public function evaluate(ApprovalPolicy $policy, array $slots, array $decisions, string $currentHash, int $unresolvedComments = 0): ApprovalEvaluation {
		$latest = [];
		foreach ($decisions as $decision) {
			$latest[$decision->userId] = $decision;
		}

		$slotStatuses = [];
		$memberStatuses = [];
		$asked = [];
		$earlierAllApproved = true;
		foreach ($slots as $index => $slot) {
			$members = [];
			foreach ($slot->members as $userId) {
				$members[$userId] = $this->memberStatus($latest[$userId] ?? null, $currentHash);
			}
			$status = $this->slotStatus($slot, $members);

			$isAsked = !$policy->sequential || $earlierAllApproved;
			if (!$isAsked) {
				$status = $status === ReviewerStatus::PENDING ? ReviewerStatus::WAITING : $status;
				$members = array_map(
					static fn (string $s): string => $s === ReviewerStatus::PENDING ? ReviewerStatus::WAITING : $s,
					$members,
				);
			}
			$earlierAllApproved = $earlierAllApproved && $status === ReviewerStatus::APPROVED;

			$slotStatuses[$index] = $status;
			$memberStatuses[$index] = $members;
			$asked[$index] = $isAsked;
		}

		$approvals = count(array_filter($slotStatuses, static fn (string $s): bool => $s === ReviewerStatus::APPROVED));
		$required = $policy->required(count($slots));
		$satisfied = $slots !== [] && $approvals >= $required
			&& (!$policy->requireResolved || $unresolvedComments === 0);

		return new ApprovalEvaluation($slots, $slotStatuses, $memberStatuses, $asked, $approvals, $required, $satisfied);
	}

	private function memberStatus(?DecisionRecord $decision, string $currentHash): string {
		if ($decision === null) {
			return ReviewerStatus::PENDING;
		}
		if ($decision->versionHash !== $currentHash) {
			return ReviewerStatus::STALE;
		}
		return $decision->decision === DecisionRecord::APPROVE ? ReviewerStatus::APPROVED : ReviewerStatus::CHANGES_REQUESTED;
	}

	/**
	 * @param array<array-key, string> $members status by user id
	 */
	private function slotStatus(ReviewerSlot $slot, array $members): string {
		$statuses = array_values($members);
		$approved = count(array_filter($statuses, static fn (string $s): bool => $s === ReviewerStatus::APPROVED));
		$complete = $slot->type === ReviewerSlot::TYPE_GROUP && $slot->groupMode === ReviewerSlot::MODE_EVERY
			? $statuses !== [] && $approved === count($statuses)
			: $approved > 0;
		if ($complete) {
			return ReviewerStatus::APPROVED;
		}
		if (in_array(ReviewerStatus::CHANGES_REQUESTED, $statuses, true)) {
			return ReviewerStatus::CHANGES_REQUESTED;
		}
		if (in_array(ReviewerStatus::STALE, $statuses, true)) {
			return ReviewerStatus::STALE;
		}
		return ReviewerStatus::PENDING;
	}
}
