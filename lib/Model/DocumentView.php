<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\ResponseDefinitions;

/**
 * A document as one user sees it, ready for the wire.
 *
 * @psalm-import-type PolicyDeskDocument from ResponseDefinitions
 * @psalm-import-type PolicyDeskDocumentSummary from ResponseDefinitions
 * @psalm-import-type PolicyDeskContent from ResponseDefinitions
 * @psalm-import-type PolicyDeskState from ResponseDefinitions
 * @psalm-import-type PolicyDeskDocumentType from ResponseDefinitions
 */
final class DocumentView {
	/**
	 * @param PolicyDeskDocumentSummary $summary
	 */
	public function __construct(
		public readonly array $summary,
		public readonly \stdClass $content,
		public readonly string $hash,
		public readonly ?int $latestVersionId,
		public readonly AccessRole $role,
	) {
	}

	/**
	 * @return PolicyDeskDocument
	 */
	public function toArray(): array {
		return $this->summary + [
			'content' => self::contentForWire($this->content),
			'hash' => $this->hash,
			'latestVersionId' => $this->latestVersionId,
			'canEdit' => $this->role->canEdit(),
			'canShare' => $this->role->canShare(),
		];
	}

	/**
	 * The content goes out as the stdClass tree it was decoded to, so that
	 * json_encode writes `{}` for empty objects. Its shape was checked against
	 * the schema when it was saved.
	 *
	 * @return PolicyDeskContent
	 * @psalm-suppress InvalidReturnType, InvalidReturnStatement an object tree standing in for the array shape it serialises to
	 */
	public static function contentForWire(\stdClass $content) {
		return $content;
	}
}
