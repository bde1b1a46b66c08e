<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Workflow;

use OCA\PolicyDesk\Workflow\ApprovalPolicy;
use OCA\PolicyDesk\Workflow\DecisionRecord;
use OCA\PolicyDesk\Workflow\ReviewAction;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCA\PolicyDesk\Workflow\ReviewerStatus;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCA\PolicyDesk\Workflow\ReviewState;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * The wire names in lib/ResponseDefinitions.php (which reach TypeScript via
 * openapi.json) must be exactly the names the workflow classes use.
 */
final class NamesTest extends TestCase {
	/**
	 * @return iterable<string, array{string, list<string>}>
	 */
	public static function names(): iterable {
		yield 'states' => ['PolicyDeskState', ReviewState::ALL];
		yield 'actions' => ['PolicyDeskReviewAction', ReviewAction::ALL];
		yield 'roles' => ['PolicyDeskReviewRole', ReviewRole::ALL];
		yield 'rules' => ['PolicyDeskApprovalRule', ApprovalPolicy::RULES];
		yield 'group modes' => ['PolicyDeskGroupMode', [ReviewerSlot::MODE_ANY, ReviewerSlot::MODE_EVERY]];
		yield 'decisions' => ['PolicyDeskDecisionKind', [DecisionRecord::APPROVE, DecisionRecord::REQUEST_CHANGES]];
		yield 'reviewer statuses' => ['PolicyDeskReviewerStatus', array_values((new \ReflectionClass(ReviewerStatus::class))->getConstants())];
	}

	/**
	 * @param list<string> $expected
	 */
	#[DataProvider('names')]
	public function testResponseDefinitionsDeclareTheWorkflowNames(string $type, array $expected): void {
		$source = file_get_contents(__DIR__ . '/../../../lib/ResponseDefinitions.php');
		$this->assertIsString($source);
		$this->assertSame(1, preg_match('/@psalm-type ' . $type . ' = ((?:\'[a-z_]+\'\|?)+)/', $source, $m), "$type not declared");
		preg_match_all("/'([a-z_]+)'/", $m[1], $values);
		$this->assertSame($expected, $values[1]);
	}
}
