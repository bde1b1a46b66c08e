<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Workflow;

use InvalidArgumentException;
use OCA\PolicyDesk\Workflow\RefusalReason;
use OCA\PolicyDesk\Workflow\ReviewAction;
use OCA\PolicyDesk\Workflow\ReviewContext;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCA\PolicyDesk\Workflow\ReviewRules;
use OCA\PolicyDesk\Workflow\ReviewState;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

final class ReviewRulesTest extends TestCase {
	private const HASH = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
	private const OLD_HASH = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

	/**
	 * The whole table, written out by hand: for every action, state and role
	 * the expected outcome when everything else is in order (the reviewer read
	 * the current hash, is asked now, gave a comment; reviewers are named; the
	 * rule is not met yet). '→x' means "moves to x", anything else is the
	 * refusal reason.
	 *
	 * @var array<string, array<string, array{author: string, reviewer: string, other: string}>>
	 */
	private const TABLE = [
		'submit' => [
			'draft' => ['author' => '→in_review', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'in_review' => ['author' => 'already_submitted', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'changes_requested' => ['author' => 'already_submitted', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'approved' => ['author' => 'already_approved', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'withdrawn' => ['author' => '→in_review', 'reviewer' => 'not_author', 'other' => 'not_author'],
		],
		'approve' => [
			'draft' => ['author' => 'author_cannot_approve', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'in_review' => ['author' => 'author_cannot_approve', 'reviewer' => '→in_review', 'other' => 'not_reviewer'],
			'changes_requested' => ['author' => 'author_cannot_approve', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'approved' => ['author' => 'author_cannot_approve', 'reviewer' => 'already_approved', 'other' => 'not_reviewer'],
			'withdrawn' => ['author' => 'author_cannot_approve', 'reviewer' => 'already_withdrawn', 'other' => 'not_reviewer'],
		],
		'request_changes' => [
			'draft' => ['author' => 'not_reviewer', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'in_review' => ['author' => 'not_reviewer', 'reviewer' => '→changes_requested', 'other' => 'not_reviewer'],
			'changes_requested' => ['author' => 'not_reviewer', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'approved' => ['author' => 'not_reviewer', 'reviewer' => 'already_approved', 'other' => 'not_reviewer'],
			'withdrawn' => ['author' => 'not_reviewer', 'reviewer' => 'already_withdrawn', 'other' => 'not_reviewer'],
		],
		'withdraw' => [
			'draft' => ['author' => '→withdrawn', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'in_review' => ['author' => '→withdrawn', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'changes_requested' => ['author' => '→withdrawn', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'approved' => ['author' => 'already_approved', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'withdrawn' => ['author' => 'already_withdrawn', 'reviewer' => 'not_author', 'other' => 'not_author'],
		],
		'new_version' => [
			'draft' => ['author' => 'not_submitted', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'in_review' => ['author' => '→in_review', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'changes_requested' => ['author' => '→changes_requested', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'approved' => ['author' => '→in_review', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'withdrawn' => ['author' => 'not_submitted', 'reviewer' => 'not_author', 'other' => 'not_author'],
		],
		'resubmit' => [
			'draft' => ['author' => 'not_changes_requested', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'in_review' => ['author' => 'already_submitted', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'changes_requested' => ['author' => '→in_review', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'approved' => ['author' => 'already_approved', 'reviewer' => 'not_author', 'other' => 'not_author'],
			'withdrawn' => ['author' => 'not_changes_requested', 'reviewer' => 'not_author', 'other' => 'not_author'],
		],
		'complete' => [
			'draft' => ['author' => 'not_in_review', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'in_review' => ['author' => 'rule_not_satisfied', 'reviewer' => 'rule_not_satisfied', 'other' => 'not_reviewer'],
			'changes_requested' => ['author' => 'not_in_review', 'reviewer' => 'not_in_review', 'other' => 'not_reviewer'],
			'approved' => ['author' => 'already_approved', 'reviewer' => 'already_approved', 'other' => 'not_reviewer'],
			'withdrawn' => ['author' => 'already_withdrawn', 'reviewer' => 'already_withdrawn', 'other' => 'not_reviewer'],
		],
	];

	private ReviewRules $rules;

	protected function setUp(): void {
		$this->rules = new ReviewRules();
	}

	/**
	 * @return iterable<string, array{string, string, string, string}>
	 */
	public static function fullTable(): iterable {
		foreach (self::TABLE as $action => $byState) {
			foreach ($byState as $state => $byRole) {
				foreach ($byRole as $role => $expected) {
					yield "$action from $state as $role" => [$state, $action, $role, $expected];
				}
			}
		}
	}

	#[DataProvider('fullTable')]
	public function testTransitionTable(string $state, string $action, string $role, string $expected): void {
		$result = $this->rules->transition($state, $action, $role, $this->inOrder());

		$this->assertSame($state, $result->fromState);
		if (str_starts_with($expected, '→')) {
			$this->assertTrue($result->allowed, "expected a move to $expected, got refusal {$result->reason}");
			$this->assertSame(substr($expected, strlen('→')), $result->toState);
			$this->assertNull($result->reason);
		} else {
			$this->assertFalse($result->allowed, "expected refusal $expected, got a move to {$result->toState}");
			$this->assertSame($expected, $result->reason);
			$this->assertNull($result->toState);
			$this->assertNotSame('', $result->message);
		}
	}

	public function testTableCoversEveryStateActionAndRole(): void {
		$this->assertSame(ReviewAction::ALL, array_keys(self::TABLE));
		foreach (self::TABLE as $byState) {
			$this->assertSame(ReviewState::ALL, array_keys($byState));
			foreach ($byState as $byRole) {
				$this->assertSame(ReviewRole::ALL, array_keys($byRole));
			}
		}
		$this->assertCount(5 * 7 * 3, iterator_to_array(self::fullTable()));
	}

	public function testEveryRefusalInTheTableIsAKnownReason(): void {
		$known = (new \ReflectionClass(RefusalReason::class))->getConstants();
		foreach (self::fullTable() as [, , , $expected]) {
			if (!str_starts_with($expected, '→')) {
				$this->assertContains($expected, $known);
			}
		}
	}

	public function testLastApprovalThatMeetsTheRuleApproves(): void {
		$ctx = new ReviewContext(self::HASH, self::HASH, null, true, true, true);
		$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::APPROVE, ReviewRole::REVIEWER, $ctx);
		$this->assertTrue($result->allowed);
		$this->assertSame(ReviewState::APPROVED, $result->toState);
		$this->assertTrue($result->changesState());
	}

	public function testApprovalThatDoesNotMeetTheRuleKeepsTheState(): void {
		$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::APPROVE, ReviewRole::REVIEWER, $this->inOrder());
		$this->assertTrue($result->allowed);
		$this->assertFalse($result->changesState());
	}

	/**
	 * @return iterable<string, array{string}>
	 */
	public static function decisions(): iterable {
		yield 'approve' => [ReviewAction::APPROVE];
		yield 'request changes' => [ReviewAction::REQUEST_CHANGES];
	}

	#[DataProvider('decisions')]
	public function testDecisionOnAnOlderHashIsStale(string $action): void {
		$ctx = new ReviewContext(self::HASH, self::OLD_HASH, 'Please fix section 2');
		$result = $this->rules->transition(ReviewState::IN_REVIEW, $action, ReviewRole::REVIEWER, $ctx);
		$this->assertFalse($result->allowed);
		$this->assertSame(RefusalReason::STALE_VERSION, $result->reason);
	}

	#[DataProvider('decisions')]
	public function testDecisionWithoutAHashIsStale(string $action): void {
		$ctx = new ReviewContext(self::HASH, null, 'Please fix section 2');
		$result = $this->rules->transition(ReviewState::IN_REVIEW, $action, ReviewRole::REVIEWER, $ctx);
		$this->assertSame(RefusalReason::STALE_VERSION, $result->reason);
	}

	#[DataProvider('decisions')]
	public function testReviewerNotYetAskedCannotDecide(string $action): void {
		$ctx = new ReviewContext(self::HASH, self::HASH, 'Please fix section 2', true, false);
		$result = $this->rules->transition(ReviewState::IN_REVIEW, $action, ReviewRole::REVIEWER, $ctx);
		$this->assertSame(RefusalReason::NOT_YOUR_TURN, $result->reason);
	}

	/**
	 * @return iterable<string, array{string|null}>
	 */
	public static function blankComments(): iterable {
		yield 'none' => [null];
		yield 'empty' => [''];
		yield 'whitespace' => [" \n\t "];
	}

	#[DataProvider('blankComments')]
	public function testRequestingChangesNeedsAComment(?string $comment): void {
		$ctx = new ReviewContext(self::HASH, self::HASH, $comment);
		$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::REQUEST_CHANGES, ReviewRole::REVIEWER, $ctx);
		$this->assertSame(RefusalReason::COMMENT_REQUIRED, $result->reason);
	}

	public function testApprovingNeedsNoComment(): void {
		$ctx = new ReviewContext(self::HASH, self::HASH, null);
		$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::APPROVE, ReviewRole::REVIEWER, $ctx);
		$this->assertTrue($result->allowed);
	}

	/**
	 * @return iterable<string, array{string, string}>
	 */
	public static function submissions(): iterable {
		yield 'submit a draft' => [ReviewState::DRAFT, ReviewAction::SUBMIT];
		yield 'submit a withdrawn document' => [ReviewState::WITHDRAWN, ReviewAction::SUBMIT];
		yield 'resubmit' => [ReviewState::CHANGES_REQUESTED, ReviewAction::RESUBMIT];
	}

	#[DataProvider('submissions')]
	public function testSubmittingNeedsReviewers(string $state, string $action): void {
		$ctx = new ReviewContext(self::HASH, hasReviewers: false);
		$result = $this->rules->transition($state, $action, ReviewRole::AUTHOR, $ctx);
		$this->assertSame(RefusalReason::NO_REVIEWERS, $result->reason);
	}

	public function testCompleteApprovesOnceTheRuleIsMet(): void {
		$ctx = new ReviewContext(self::HASH, ruleSatisfied: true);
		foreach ([ReviewRole::AUTHOR, ReviewRole::REVIEWER] as $role) {
			$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::COMPLETE, $role, $ctx);
			$this->assertSame(ReviewState::APPROVED, $result->toState, $role);
		}
	}

	/**
	 * The role check comes before anything about the document, so an author
	 * is told they cannot approve even when the hash is also stale.
	 */
	public function testRoleRefusalWinsOverStaleHash(): void {
		$ctx = new ReviewContext(self::HASH, self::OLD_HASH);
		$result = $this->rules->transition(ReviewState::IN_REVIEW, ReviewAction::APPROVE, ReviewRole::AUTHOR, $ctx);
		$this->assertSame(RefusalReason::AUTHOR_CANNOT_APPROVE, $result->reason);
	}

	/**
	 * @return iterable<string, array{string, string, string}>
	 */
	public static function unknownNames(): iterable {
		yield 'state' => ['signed', ReviewAction::SUBMIT, ReviewRole::AUTHOR];
		yield 'action' => [ReviewState::DRAFT, 'publish', ReviewRole::AUTHOR];
		yield 'role' => [ReviewState::DRAFT, ReviewAction::SUBMIT, 'admin'];
	}

	#[DataProvider('unknownNames')]
	public function testUnknownNamesAreProgrammingErrors(string $state, string $action, string $role): void {
		$this->expectException(InvalidArgumentException::class);
		$this->rules->transition($state, $action, $role, $this->inOrder());
	}

	private function inOrder(): ReviewContext {
		return new ReviewContext(self::HASH, self::HASH, 'Please fix section 2', true, true, false);
	}
}
