<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Model\Sanitizer;
use OCA\PolicyDesk\Workflow\ApprovalPolicy;
use OCA\PolicyDesk\Workflow\ReviewerSlot;
use OCP\IGroupManager;
use OCP\IL10N;
use OCP\IUserManager;

/**
 * Checks what an author sends with a submission, and decision comments,
 * before anything is written. Every message names the offending field.
 */
class ReviewSubmissionValidator {
	public const MAX_REVIEWERS = 20;
	public const MAX_COMMENT_LENGTH = 4000;

	public function __construct(
		private IUserManager $userManager,
		private IGroupManager $groupManager,
		private ReviewRoundService $rounds,
		private ReviewDocumentGateway $documents,
		private Sanitizer $sanitizer,
		private IL10N $l10n,
	) {
	}

	/**
	 * @param array<array-key, mixed> $reviewers
	 * @throws InvalidInputException
	 */
	public function validate(ReviewDocument $doc, array $reviewers, string $rule, ?int $quorum, bool $sequential, bool $requireResolved): ReviewSubmission {
		if (count($reviewers) < 1 || count($reviewers) > self::MAX_REVIEWERS) {
			throw new InvalidInputException($this->l10n->t('reviewers: choose between 1 and %d reviewers.', [self::MAX_REVIEWERS]));
		}
		$authors = $this->documents->authorUserIds($doc->documentId);
		$checked = [];
		$seen = [];
		$list = array_values($reviewers);
		foreach (array_keys($list) as $i) {
			$field = 'reviewers[' . $i . ']';
			$entry = is_array($list[$i]) ? $list[$i] : [];
			$type = isset($entry['type']) && is_string($entry['type']) ? $entry['type'] : null;
			$id = isset($entry['id']) && is_string($entry['id']) ? $entry['id'] : null;
			if ($type === null || $id === null || $id === '') {
				throw new InvalidInputException($this->l10n->t('%s must be an object with a type and an id.', [$field]));
			}
			$mode = isset($entry['groupMode']) && is_string($entry['groupMode']) ? $entry['groupMode'] : null;
			if (isset($seen[$type . ':' . $id])) {
				throw new InvalidInputException($this->l10n->t('%s names the same reviewer twice.', [$field]));
			}
			$seen[$type . ':' . $id] = true;

			if ($type === ReviewerSlot::TYPE_USER) {
				if (!$this->userManager->userExists($id)) {
					throw new InvalidInputException($this->l10n->t('%s: there is no user "%s".', [$field, $id]));
				}
				if (in_array($id, $authors, true)) {
					throw new InvalidInputException($this->l10n->t('%s: authors cannot review their own document.', [$field]));
				}
				$checked[] = ['type' => $type, 'id' => $id, 'groupMode' => null];
			} elseif ($type === ReviewerSlot::TYPE_GROUP) {
				if ($mode === null) {
					$mode = ReviewerSlot::MODE_ANY;
				}
				if ($mode !== ReviewerSlot::MODE_ANY && $mode !== ReviewerSlot::MODE_EVERY) {
					throw new InvalidInputException($this->l10n->t('%s.groupMode must be "any" or "every".', [$field]));
				}
				if (!$this->groupManager->groupExists($id)) {
					throw new InvalidInputException($this->l10n->t('%s: there is no group "%s".', [$field, $id]));
				}
				if ($this->rounds->groupMembers($id, $authors) === []) {
					throw new InvalidInputException($this->l10n->t('%s: the group has no members other than the document\'s authors.', [$field]));
				}
				$checked[] = ['type' => $type, 'id' => $id, 'groupMode' => $mode];
			} else {
				throw new InvalidInputException($this->l10n->t('%s.type must be "user" or "group".', [$field]));
			}
		}

		if (!in_array($rule, ApprovalPolicy::RULES, true)) {
			throw new InvalidInputException($this->l10n->t('rule must be "all", "any" or "quorum".'));
		}
		if ($rule === ApprovalPolicy::RULE_QUORUM && ($quorum === null || $quorum < 1 || $quorum > count($checked))) {
			throw new InvalidInputException($this->l10n->t('quorum must be between 1 and the number of reviewers (%d).', [count($checked)]));
		}
		return new ReviewSubmission($checked, new ApprovalPolicy($rule, $rule === ApprovalPolicy::RULE_QUORUM ? $quorum : null, $sequential, $requireResolved));
	}

	/**
	 * A decision, resubmit or withdraw comment: optional, cleaned of
	 * characters XML cannot hold, at most MAX_COMMENT_LENGTH characters.
	 *
	 * @throws InvalidInputException
	 */
	public function comment(?string $comment): ?string {
		if ($comment === null) {
			return null;
		}
		try {
			$comment = $this->sanitizer->sanitizeString($comment, 'comment');
		} catch (InvalidContentException) {
			throw new InvalidInputException($this->l10n->t('comment is not valid UTF-8.'));
		}
		if (mb_strlen($comment) > self::MAX_COMMENT_LENGTH) {
			throw new InvalidInputException($this->l10n->t('The comment is longer than %d characters.', [self::MAX_COMMENT_LENGTH]));
		}
		return trim($comment) === '' ? null : $comment;
	}
}
