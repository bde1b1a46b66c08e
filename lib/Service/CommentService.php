<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Service;

use OCA\PolicyDesk\Db\Comment;
use OCA\PolicyDesk\Db\CommentMapper;
use OCA\PolicyDesk\Exception\ForbiddenException;
use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Exception\InvalidInputException;
use OCA\PolicyDesk\Exception\NotFoundException;
use OCA\PolicyDesk\Model\Sanitizer;
use OCA\PolicyDesk\ResponseDefinitions;
use OCA\PolicyDesk\Workflow\ReviewRole;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IL10N;

/**
 * Review comments: on the whole document or anchored to a passage of one
 * version, with replies (one level) and a resolved flag on each thread.
 * Comments are never deleted; they are part of what the review was about.
 *
 * @psalm-import-type PolicyDeskComment from ResponseDefinitions
 */
class CommentService {
	public const MAX_MESSAGE_LENGTH = 4000;
	public const MAX_QUOTE_LENGTH = 1000;
	/** Deeper than any list nesting the schema allows, with room to spare. */
	public const MAX_BLOCK_DEPTH = 32;

	public function __construct(
		private CommentMapper $mapper,
		private ReviewService $reviews,
		private Sanitizer $sanitizer,
		private ITimeFactory $time,
		private DisplayNameService $names,
		private IL10N $l10n,
	) {
	}

	/**
	 * @return PolicyDeskComment
	 */
	public function describe(Comment $comment): array {
		$path = $comment->getBlockPath();
		$anchor = $path === null ? null : [
			'blockPath' => array_map('intval', explode('.', $path)),
			'start' => (int)$comment->getAnchorStart(),
			'end' => (int)$comment->getAnchorEnd(),
			'quote' => (string)$comment->getQuote(),
		];
		return [
			'id' => $comment->getId(),
			'parentId' => $comment->getParentId(),
			'authorId' => $comment->getAuthorId(),
			'authorDisplayName' => $this->names->forUser($comment->getAuthorId()),
			'message' => $comment->getMessage(),
			'versionHash' => $comment->getVersionHash(),
			'anchor' => $anchor,
			'resolved' => $comment->getResolved(),
			'resolvedBy' => $comment->getResolvedBy(),
			'resolvedAt' => $comment->getResolvedAt(),
			'createdAt' => $comment->getCreatedAt(),
		];
	}

	/**
	 * @return list<Comment> oldest first, replies included
	 * @throws ForbiddenException
	 * @throws \OCP\DB\Exception
	 */
	public function findAll(ReviewDocument $doc): array {
		$this->requireParticipant($doc);
		return $this->mapper->findByDocument($doc->documentId);
	}

	/**
	 * @param array<array-key, mixed>|null $anchor {blockPath: int[], start: int, end: int, quote: string}, checked here
	 * @throws ForbiddenException
	 * @throws InvalidInputException
	 * @throws \OCP\DB\Exception
	 */
	public function create(ReviewDocument $doc, string $message, ?string $versionHash, ?array $anchor): Comment {
		$this->requireParticipant($doc);
		$comment = $this->newComment($doc, $message);
		if ($versionHash !== null) {
			if (preg_match('/^[0-9a-f]{64}$/', $versionHash) !== 1) {
				throw new InvalidInputException($this->l10n->t('versionHash must be a SHA-256 hash in lowercase hex.'));
			}
			$comment->setVersionHash($versionHash);
		}
		if ($anchor !== null) {
			if ($versionHash === null) {
				throw new InvalidInputException($this->l10n->t('An anchored comment needs the versionHash its passage belongs to.'));
			}
			$this->applyAnchor($comment, $anchor);
		}
		return $this->mapper->insert($comment);
	}

	/**
	 * @throws ForbiddenException
	 * @throws InvalidInputException
	 * @throws NotFoundException when the comment is not on this document
	 * @throws \OCP\DB\Exception
	 */
	public function reply(ReviewDocument $doc, int $parentId, string $message): Comment {
		$this->requireParticipant($doc);
		$parent = $this->find($doc, $parentId);
		$comment = $this->newComment($doc, $message);
		// Replies hang off the thread's first comment, so a thread is one level deep.
		$comment->setParentId($parent->getParentId() ?? $parent->getId());
		return $this->mapper->insert($comment);
	}

	/**
	 * Resolves or reopens a thread. Resolving the last open thread can be what
	 * a review with "all comments resolved" was waiting for, so the review is
	 * re-evaluated afterwards.
	 *
	 * @throws ForbiddenException
	 * @throws InvalidInputException when $commentId is a reply
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	public function resolve(ReviewDocument $doc, int $commentId, bool $resolved): Comment {
		$this->requireParticipant($doc);
		$comment = $this->find($doc, $commentId);
		if ($comment->getParentId() !== null) {
			throw new InvalidInputException($this->l10n->t('Resolve the thread, not a reply.'));
		}
		if ($comment->getResolved() !== $resolved) {
			$comment->setResolved($resolved);
			$comment->setResolvedBy($resolved ? $doc->userId : null);
			$comment->setResolvedAt($resolved ? $this->time->getTime() : null);
			$comment = $this->mapper->update($comment);
		}
		if ($resolved) {
			$this->reviews->completeIfSatisfied($doc);
		}
		return $comment;
	}

	/**
	 * @throws ForbiddenException
	 */
	private function requireParticipant(ReviewDocument $doc): void {
		if ($doc->role === ReviewRole::OTHER) {
			throw new ForbiddenException($this->l10n->t('Only authors and reviewers can see and write review comments.'));
		}
	}

	/**
	 * @throws NotFoundException
	 * @throws \OCP\DB\Exception
	 */
	private function find(ReviewDocument $doc, int $commentId): Comment {
		try {
			return $this->mapper->findById($doc->documentId, $commentId);
		} catch (DoesNotExistException|MultipleObjectsReturnedException) {
			throw new NotFoundException($this->l10n->t('Comment not found'));
		}
	}

	/**
	 * @throws InvalidInputException
	 */
	private function newComment(ReviewDocument $doc, string $message): Comment {
		$message = $this->clean($message, 'message');
		if (trim($message) === '') {
			throw new InvalidInputException($this->l10n->t('The comment is empty.'));
		}
		if (mb_strlen($message) > self::MAX_MESSAGE_LENGTH) {
			throw new InvalidInputException($this->l10n->t('The comment is longer than %d characters.', [self::MAX_MESSAGE_LENGTH]));
		}
		$comment = new Comment();
		$comment->setDocumentId($doc->documentId);
		$comment->setAuthorId($doc->userId);
		$comment->setMessage($message);
		$comment->setResolved(false);
		$comment->setCreatedAt($this->time->getTime());
		return $comment;
	}

	/**
	 * @param array<array-key, mixed> $anchor
	 * @throws InvalidInputException
	 */
	private function applyAnchor(Comment $comment, array $anchor): void {
		$path = $anchor['blockPath'] ?? null;
		if (!is_array($path) || $path === [] || count($path) > self::MAX_BLOCK_DEPTH || !array_is_list($path)) {
			throw new InvalidInputException($this->l10n->t('anchor.blockPath must name a block (1 to %d indexes).', [self::MAX_BLOCK_DEPTH]));
		}
		$indexes = [];
		foreach ($path as $index) {
			if (!is_int($index) || $index < 0) {
				throw new InvalidInputException($this->l10n->t('anchor.blockPath must hold whole numbers of 0 or more.'));
			}
			$indexes[] = $index;
		}
		$start = $anchor['start'] ?? null;
		$end = $anchor['end'] ?? null;
		if (!is_int($start) || !is_int($end) || $start < 0 || $end < $start) {
			throw new InvalidInputException($this->l10n->t('anchor.start and anchor.end must be whole numbers with 0 ≤ start ≤ end.'));
		}
		$quote = isset($anchor['quote']) && is_string($anchor['quote']) ? $anchor['quote'] : null;
		if ($quote === null) {
			throw new InvalidInputException($this->l10n->t('anchor.quote must be the quoted text.'));
		}
		$quote = $this->clean($quote, 'anchor.quote');
		if (mb_strlen($quote) > self::MAX_QUOTE_LENGTH) {
			throw new InvalidInputException($this->l10n->t('anchor.quote is longer than %d characters.', [self::MAX_QUOTE_LENGTH]));
		}
		$comment->setBlockPath(implode('.', $indexes));
		$comment->setAnchorStart($start);
		$comment->setAnchorEnd($end);
		$comment->setQuote($quote);
	}

	/**
	 * @throws InvalidInputException
	 */
	private function clean(string $text, string $field): string {
		try {
			return $this->sanitizer->sanitizeString($text, $field);
		} catch (InvalidContentException) {
			throw new InvalidInputException($this->l10n->t('%s is not valid UTF-8.', [$field]));
		}
	}
}
