<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Service\ReviewStatusService;
use PHPUnit\Framework\TestCase;

final class ReviewStatusServiceTest extends TestCase {
	private ReviewFixture $f;

	protected function setUp(): void {
		$this->f = new ReviewFixture($this);
	}

	public function testANeverSubmittedDocument(): void {
		$this->f->state = 'draft';
		$review = $this->statusService()->describe($this->f->document('anna'));
		$this->assertSame([
			'documentId' => 7,
			'state' => 'draft',
			'currentHash' => ReviewFixture::H1,
			'currentVersionId' => 11,
			'role' => 'author',
			'canSubmit' => true,
			'canResubmit' => false,
			'canWithdraw' => true,
			'canDecide' => false,
			'round' => null,
		], $review);
	}

	/**
	 * After a new version: bo's approval of the old hash is kept but shown as
	 * stale and not counted; cy, in every-member group "board", has approved
	 * the current hash but the group waits for dee.
	 */
	public function testStaleApprovalsAndGroupMembersAreShown(): void {
		$this->f->groups = ['board' => ['cy', 'dee']];
		$this->f->startRound([['user', 'bo', null], ['group', 'board', 'every']]);
		$this->f->commitDecisionOf('bo', 'approve', ReviewFixture::H1);
		$this->f->hash = ReviewFixture::H2;
		$this->f->commitDecisionOf('cy', 'approve', ReviewFixture::H2);

		$review = $this->statusService()->describe($this->f->document('bo'));

		$this->assertSame('reviewer', $review['role']);
		$this->assertTrue($review['canDecide']);
		$this->assertFalse($review['canWithdraw']);
		$this->assertSame(12, $review['currentVersionId']);
		$round = $review['round'];
		$this->assertNotNull($round);
		$this->assertSame([['bo', 'stale', []], ['board', 'pending', [['userId' => 'cy', 'displayName' => 'Cy', 'status' => 'approved'], ['userId' => 'dee', 'displayName' => 'Dee', 'status' => 'pending']]]], array_map(
			static fn (array $r): array => [$r['reviewerId'], $r['status'], $r['members']],
			$round['reviewers'],
		));
		$this->assertSame('BOARD', $round['reviewers'][1]['displayName']);
		$this->assertSame('every', $round['reviewers'][1]['groupMode']);
		$this->assertNull($round['reviewers'][0]['groupMode']);
		$this->assertSame([['cy', false], ['bo', true]], array_map(static fn (array $d): array => [$d['userId'], $d['stale']], $round['decisions']));
		$this->assertSame(0, $round['approvals']);
		$this->assertSame(2, $round['required']);
		$this->assertFalse($round['satisfied']);
		$this->assertSame(ReviewFixture::H1, $round['myLastReviewedHash']);
		$this->assertSame('all', $round['rule']);
	}

	public function testSequentialReviewerWhoIsNotAskedCannotDecide(): void {
		$this->f->startRound([['user', 'bo', null], ['user', 'cy', null]], 'all', null, true);
		$review = $this->statusService()->describe($this->f->document('cy'));
		$this->assertFalse($review['canDecide']);
		$round = $review['round'];
		$this->assertNotNull($round);
		$this->assertSame(['pending', 'waiting'], array_map(static fn (array $r): string => $r['status'], $round['reviewers']));
		$this->assertNull($round['myLastReviewedHash']);
	}

	public function testAuthorSeesResubmitWhenChangesWereRequested(): void {
		$this->f->startRound([['user', 'bo', null]]);
		$this->f->commitDecisionOf('bo', 'request_changes', ReviewFixture::H1, 'changes_requested');
		$review = $this->statusService()->describe($this->f->document('anna'));
		$this->assertTrue($review['canResubmit']);
		$this->assertTrue($review['canWithdraw']);
		$this->assertFalse($review['canSubmit']);
		$this->assertSame('changes_requested', $review['round']['reviewers'][0]['status'] ?? null);
	}

	private function statusService(): ReviewStatusService {
		return new ReviewStatusService($this->f->rounds(), $this->f->gateway, $this->f->commentMapper, $this->f->names);
	}
}
