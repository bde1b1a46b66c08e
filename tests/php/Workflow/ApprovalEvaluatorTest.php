<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Workflow;

use InvalidArgumentException;
use OCA\PolicyDesk\Workflow\ApprovalEvaluation;
use OCA\PolicyDesk\Workflow\ApprovalEvaluator;
use OCA\PolicyDesk\Workflow\ApprovalPolicy;
use OCA\PolicyDesk\Workflow\DecisionRecord;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCA\PolicyDesk\Workflow\ReviewerStatus;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

final class ApprovalEvaluatorTest extends TestCase {
	private const NOW = 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc';
	private const OLD = 'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd';

	/**
	 * Three user reviewers; "who approved" → [approvals, required, met] per rule.
	 *
	 * @return iterable<string, array{ApprovalPolicy, list<string>, int, int, bool}>
	 */
	public static function rules(): iterable {
		$all = new ApprovalPolicy();
		$any = new ApprovalPolicy(ApprovalPolicy::RULE_ANY);
		$two = new ApprovalPolicy(ApprovalPolicy::RULE_QUORUM, 2);
		yield 'all, none approved' => [$all, [], 0, 3, false];
		yield 'all, two of three' => [$all, ['a', 'b'], 2, 3, false];
		yield 'all, three of three' => [$all, ['a', 'b', 'c'], 3, 3, true];
		yield 'any, none approved' => [$any, [], 0, 1, false];
		yield 'any, one approved' => [$any, ['b'], 1, 1, true];
		yield 'quorum 2, one approved' => [$two, ['c'], 1, 2, false];
		yield 'quorum 2, two approved' => [$two, ['a', 'c'], 2, 2, true];
		yield 'quorum 2, three approved' => [$two, ['a', 'b', 'c'], 3, 2, true];
	}

	/**
	 * @param list<string> $approvers
	 */
	#[DataProvider('rules')]
	public function testRules(ApprovalPolicy $policy, array $approvers, int $approvals, int $required, bool $met): void {
		$decisions = array_map(static fn (string $u): DecisionRecord => self::approve($u), $approvers);
		$result = $this->evaluate($policy, $this->threeUsers(), $decisions);
		$this->assertSame($approvals, $result->approvals);
		$this->assertSame($required, $result->required);
		$this->assertSame($met, $result->satisfied);
	}

	public function testQuorumLargerThanTheReviewerListIsCapped(): void {
		$result = $this->evaluate(new ApprovalPolicy(ApprovalPolicy::RULE_QUORUM, 5), $this->threeUsers(), [self::approve('a'), self::approve('b'), self::approve('c')]);
		$this->assertSame(3, $result->required);
		$this->assertTrue($result->satisfied);
	}

	public function testQuorumNeedsAPositiveNumber(): void {
		$this->expectException(InvalidArgumentException::class);
		new ApprovalPolicy(ApprovalPolicy::RULE_QUORUM, 0);
	}

	public function testUnknownRuleIsRefused(): void {
		$this->expectException(InvalidArgumentException::class);
		new ApprovalPolicy('majority');
	}

	public function testNoReviewersNeverSatisfies(): void {
		$result = $this->evaluate(new ApprovalPolicy(ApprovalPolicy::RULE_ANY), [], []);
		$this->assertFalse($result->satisfied);
	}

	public function testStaleApprovalsAreShownButDoNotCount(): void {
		$result = $this->evaluate(new ApprovalPolicy(), $this->threeUsers(), [
			self::approve('a', self::OLD),
			self::approve('b'),
			self::approve('c', self::OLD),
		]);
		$this->assertSame(ReviewerStatus::STALE, $result->slotStatus(0));
		$this->assertSame(ReviewerStatus::APPROVED, $result->slotStatus(1));
		$this->assertSame(ReviewerStatus::STALE, $result->slotStatus(2));
		$this->assertSame(1, $result->approvals);
		$this->assertFalse($result->satisfied);
		$this->assertSame(['a', 'c'], $result->awaitedUserIds());
	}

	public function testTheLatestDecisionOfAReviewerCounts(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ANY);
		$changedMind = $this->evaluate($policy, [ReviewerSlot::user('a')], [self::approve('a'), self::changes('a')]);
		$this->assertSame(ReviewerStatus::CHANGES_REQUESTED, $changedMind->slotStatus(0));
		$this->assertFalse($changedMind->satisfied);

		$approvedAfterwards = $this->evaluate($policy, [ReviewerSlot::user('a')], [self::changes('a', self::OLD), self::approve('a')]);
		$this->assertSame(ReviewerStatus::APPROVED, $approvedAfterwards->slotStatus(0));
		$this->assertTrue($approvedAfterwards->satisfied);
	}

	/** After a resubmit without edits, whoever asked for changes is asked again. */
	public function testAChangeRequestOnTheCurrentVersionIsStillAwaited(): void {
		$result = $this->evaluate(new ApprovalPolicy(), $this->threeUsers(), [self::changes('a'), self::approve('b')]);
		$this->assertSame(['a', 'c'], $result->awaitedUserIds());
	}

	public function testDecisionsOfNonReviewersAreIgnored(): void {
		$result = $this->evaluate(new ApprovalPolicy(ApprovalPolicy::RULE_ANY), $this->threeUsers(), [self::approve('zed')]);
		$this->assertSame(0, $result->approvals);
		$this->assertFalse($result->isAsked('zed'));
	}

	public function testSequentialAsksOneReviewerAfterTheOther(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ALL, null, true);
		$slots = $this->threeUsers();

		$start = $this->evaluate($policy, $slots, []);
		$this->assertSame([ReviewerStatus::PENDING, ReviewerStatus::WAITING, ReviewerStatus::WAITING], $this->statuses($start, 3));
		$this->assertTrue($start->isAsked('a'));
		$this->assertFalse($start->isAsked('b'));
		$this->assertSame(['a'], $start->awaitedUserIds());

		$afterFirst = $this->evaluate($policy, $slots, [self::approve('a')]);
		$this->assertSame([ReviewerStatus::APPROVED, ReviewerStatus::PENDING, ReviewerStatus::WAITING], $this->statuses($afterFirst, 3));
		$this->assertTrue($afterFirst->isAsked('b'));
		$this->assertFalse($afterFirst->isAsked('c'));
		$this->assertSame(['b'], $afterFirst->awaitedUserIds());

		$done = $this->evaluate($policy, $slots, [self::approve('a'), self::approve('b'), self::approve('c')]);
		$this->assertTrue($done->satisfied);
		$this->assertSame([], $done->awaitedUserIds());
	}

	/** Changes requested by reviewer 1 do not pass the turn to reviewer 2. */
	public function testSequentialStopsAtChangesRequested(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ALL, null, true);
		$result = $this->evaluate($policy, $this->threeUsers(), [self::changes('a')]);
		$this->assertSame([ReviewerStatus::CHANGES_REQUESTED, ReviewerStatus::WAITING, ReviewerStatus::WAITING], $this->statuses($result, 3));
		$this->assertFalse($result->isAsked('b'));
	}

	/** A new version makes reviewer 1's approval stale, so reviewer 2 waits again. */
	public function testSequentialWithStaleFirstApproval(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ALL, null, true);
		$result = $this->evaluate($policy, $this->threeUsers(), [self::approve('a', self::OLD), self::approve('b', self::OLD)]);
		$this->assertSame([ReviewerStatus::STALE, ReviewerStatus::STALE, ReviewerStatus::WAITING], $this->statuses($result, 3));
		$this->assertFalse($result->isAsked('b'));
		$this->assertSame(['a'], $result->awaitedUserIds());
	}

	public function testSequentialQuorumIsMetByTheFirstReviewersInOrder(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_QUORUM, 2, true);
		$result = $this->evaluate($policy, $this->threeUsers(), [self::approve('a'), self::approve('b')]);
		$this->assertTrue($result->satisfied);
		$this->assertSame(ReviewerStatus::PENDING, $result->slotStatus(2));
	}

	public function testGroupInAnyMemberModeNeedsOneMember(): void {
		$slots = [ReviewerSlot::group(['l1', 'l2', 'l3'])];
		$none = $this->evaluate(new ApprovalPolicy(), $slots, []);
		$this->assertSame(ReviewerStatus::PENDING, $none->slotStatus(0));
		$this->assertEqualsCanonicalizing(['l1', 'l2', 'l3'], $none->awaitedUserIds());

		$one = $this->evaluate(new ApprovalPolicy(), $slots, [self::approve('l2')]);
		$this->assertSame(ReviewerStatus::APPROVED, $one->slotStatus(0));
		$this->assertSame(['l1' => ReviewerStatus::PENDING, 'l2' => ReviewerStatus::APPROVED, 'l3' => ReviewerStatus::PENDING], $one->memberStatuses(0));
		$this->assertTrue($one->satisfied);
		$this->assertSame([], $one->awaitedUserIds());
	}

	public function testGroupInEveryMemberModeNeedsAllMembers(): void {
		$slots = [ReviewerSlot::group(['b1', 'b2'], ReviewerSlot::MODE_EVERY)];
		$one = $this->evaluate(new ApprovalPolicy(), $slots, [self::approve('b1')]);
		$this->assertSame(ReviewerStatus::PENDING, $one->slotStatus(0));
		$this->assertFalse($one->satisfied);
		$this->assertSame(['b2'], $one->awaitedUserIds());

		$both = $this->evaluate(new ApprovalPolicy(), $slots, [self::approve('b1'), self::approve('b2')]);
		$this->assertSame(ReviewerStatus::APPROVED, $both->slotStatus(0));
		$this->assertTrue($both->satisfied);
	}

	/** An every-member group counts as ONE unit in a quorum, not one per member. */
	public function testEveryMemberGroupIsOneUnitInAQuorum(): void {
		$slots = [ReviewerSlot::group(['b1', 'b2', 'b3'], ReviewerSlot::MODE_EVERY), ReviewerSlot::user('u')];
		$result = $this->evaluate(new ApprovalPolicy(ApprovalPolicy::RULE_QUORUM, 2), $slots, [self::approve('b1'), self::approve('b2'), self::approve('u')]);
		$this->assertSame(1, $result->approvals);
		$this->assertFalse($result->satisfied);
	}

	public function testGroupMemberRequestingChangesMarksTheGroup(): void {
		$slots = [ReviewerSlot::group(['l1', 'l2'])];
		$result = $this->evaluate(new ApprovalPolicy(), $slots, [self::changes('l1')]);
		$this->assertSame(ReviewerStatus::CHANGES_REQUESTED, $result->slotStatus(0));
	}

	public function testGroupWithoutMembersCannotApprove(): void {
		$slots = [ReviewerSlot::group([], ReviewerSlot::MODE_EVERY)];
		$result = $this->evaluate(new ApprovalPolicy(), $slots, []);
		$this->assertSame(ReviewerStatus::PENDING, $result->slotStatus(0));
		$this->assertFalse($result->satisfied);
	}

	public function testSequentialGroupPassesTheTurnOnceApproved(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ALL, null, true);
		$slots = [ReviewerSlot::group(['l1', 'l2']), ReviewerSlot::user('head')];
		$before = $this->evaluate($policy, $slots, []);
		$this->assertSame(['head' => ReviewerStatus::WAITING], $before->memberStatuses(1));
		$after = $this->evaluate($policy, $slots, [self::approve('l1')]);
		$this->assertTrue($after->isAsked('head'));
		$this->assertSame(['head'], $after->awaitedUserIds());
	}

	public function testRequireResolvedHoldsBackAMetRule(): void {
		$policy = new ApprovalPolicy(ApprovalPolicy::RULE_ALL, null, false, true);
		$slots = [ReviewerSlot::user('a')];
		$open = $this->evaluate($policy, $slots, [self::approve('a')], 2);
		$this->assertSame(1, $open->approvals);
		$this->assertSame(1, $open->required);
		$this->assertFalse($open->satisfied);

		$resolved = $this->evaluate($policy, $slots, [self::approve('a')], 0);
		$this->assertTrue($resolved->satisfied);
	}

	public function testOpenCommentsDoNotMatterUnlessRequired(): void {
		$result = $this->evaluate(new ApprovalPolicy(), [ReviewerSlot::user('a')], [self::approve('a')], 4);
		$this->assertTrue($result->satisfied);
	}

	public function testNumericUserIdsSurviveAsStrings(): void {
		$result = $this->evaluate(new ApprovalPolicy(), [ReviewerSlot::user('1001'), ReviewerSlot::user('1002')], [self::approve('1001')]);
		$this->assertSame(['1002'], $result->awaitedUserIds());
	}

	public function testUnknownGroupModeIsRefused(): void {
		$this->expectException(InvalidArgumentException::class);
		new ReviewerSlot(ReviewerSlot::TYPE_GROUP, [], 'most');
	}

	/**
	 * @param list<ReviewerSlot> $slots
	 * @param list<DecisionRecord> $decisions
	 */
	private function evaluate(ApprovalPolicy $policy, array $slots, array $decisions, int $unresolved = 0): ApprovalEvaluation {
		return (new ApprovalEvaluator())->evaluate($policy, $slots, $decisions, self::NOW, $unresolved);
	}

	/**
	 * @return list<string>
	 */
	private function statuses(ApprovalEvaluation $evaluation, int $count): array {
		return array_map(static fn (int $i): string => $evaluation->slotStatus($i), range(0, $count - 1));
	}

	/**
	 * @return list<ReviewerSlot>
	 */
	private function threeUsers(): array {
		return [ReviewerSlot::user('a'), ReviewerSlot::user('b'), ReviewerSlot::user('c')];
	}

	private static function approve(string $user, string $hash = self::NOW): DecisionRecord {
		return new DecisionRecord($user, DecisionRecord::APPROVE, $hash);
	}

	private static function changes(string $user, string $hash = self::NOW): DecisionRecord {
		return new DecisionRecord($user, DecisionRecord::REQUEST_CHANGES, $hash);
	}
}
