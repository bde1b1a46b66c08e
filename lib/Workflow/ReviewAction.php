<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * What someone (or the server on someone's behalf) asks the workflow to do.
 */
final class ReviewAction {
	/** An author sends a draft (or a withdrawn document) for review. */
	public const SUBMIT = 'submit';
	/** A reviewer approves the version hash they read. */
	public const APPROVE = 'approve';
	/** A reviewer asks for changes; a comment is required. */
	public const REQUEST_CHANGES = 'request_changes';
	/** An author takes the document out of review before it is approved. */
	public const WITHDRAW = 'withdraw';
	/** An author saved a new version after submission; earlier approvals lapse. */
	public const NEW_VERSION = 'new_version';
	/** An author sends the document back to the same reviewers after changes were requested. */
	public const RESUBMIT = 'resubmit';
	/**
	 * The approval rule became satisfied without a new approval, e.g. when the
	 * last open comment is resolved and the author required all comments resolved.
	 */
	public const COMPLETE = 'complete';

	public const ALL = [
		self::SUBMIT,
		self::APPROVE,
		self::REQUEST_CHANGES,
		self::WITHDRAW,
		self::NEW_VERSION,
		self::RESUBMIT,
		self::COMPLETE,
	];
}
