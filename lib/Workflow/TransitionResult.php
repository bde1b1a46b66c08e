<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Workflow;

/**
 * The outcome of ReviewRules::transition(): either the state to move to or a
 * refusal with a reason code. Failure is a value, not an exception, so callers
 * decide how to report it (like ProseMirror's StepResult).
 */
final class TransitionResult {
	private function __construct(
		public readonly bool $allowed,
		public readonly string $fromState,
		public readonly ?string $toState,
		public readonly ?string $reason,
		public readonly string $message,
	) {
	}

	public static function to(string $fromState, string $toState): self {
		return new self(true, $fromState, $toState, null, '');
	}

	/**
	 * @param string $reason one of the RefusalReason constants
	 * @param string $message English explanation for logs and tests; users see a translation chosen by reason
	 */
	public static function refuse(string $fromState, string $reason, string $message): self {
		return new self(false, $fromState, null, $reason, $message);
	}

	public function changesState(): bool {
		return $this->allowed && $this->toState !== $this->fromState;
	}
}
