<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\ResponseDefinitions;

/**
 * A saved version for the wire, with its content when one version is asked for.
 *
 * @psalm-import-type PolicyDeskVersion from ResponseDefinitions
 * @psalm-import-type PolicyDeskVersionWithContent from ResponseDefinitions
 */
final class VersionView {
	public function __construct(
		public readonly int $id,
		public readonly int $number,
		public readonly string $authorId,
		public readonly string $authorDisplayName,
		public readonly int $createdAt,
		public readonly string $hash,
		public readonly int $size,
		public readonly ?int $restoredFrom,
		public readonly ?\stdClass $content = null,
	) {
	}

	/**
	 * @return PolicyDeskVersion
	 */
	public function toArray(): array {
		return [
			'id' => $this->id,
			'number' => $this->number,
			'authorId' => $this->authorId,
			'authorDisplayName' => $this->authorDisplayName,
			'createdAt' => $this->createdAt,
			'hash' => $this->hash,
			'size' => $this->size,
			'restoredFrom' => $this->restoredFrom,
		];
	}

	/**
	 * @return PolicyDeskVersionWithContent
	 */
	public function toArrayWithContent(): array {
		if ($this->content === null) {
			throw new \LogicException('The version was loaded without its content');
		}
		return $this->toArray() + ['content' => DocumentView::contentForWire($this->content)];
	}
}
