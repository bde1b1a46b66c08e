<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\Exception\ContentTooLargeException;
use OCA\PolicyDesk\Exception\InvalidContentException;

/**
 * Turns a document as received into what is stored: XML-forbidden
 * characters removed, checked against the schema, written as canonical JSON
 * and hashed. Every save goes through here, so nothing unchecked is stored.
 */
final class ContentPipeline {
	public function __construct(
		private DocumentSchema $schema,
		private ContentValidator $validator,
		private Sanitizer $sanitizer,
	) {
	}

	/**
	 * @throws InvalidContentException naming the offending field
	 * @throws ContentTooLargeException over limits.maxBodyBytes
	 */
	public function prepare(mixed $input): PreparedContent {
		$clean = $this->sanitizer->sanitize($input);
		// Measured before validating too, so that an oversized body is
		// answered with 413 whether or not it is also invalid, and is not
		// walked node by node first. The compact encoding of a valid
		// document has the length of its canonical form (only the key order
		// differs); json_encode() gives up (false) only beyond its depth
		// limit, which the validator's own limit refuses anyway.
		$encoded = json_encode($clean, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS);
		if ($encoded !== false && strlen($encoded) > $this->schema->getMaxBodyBytes()) {
			throw new ContentTooLargeException($this->schema->getMaxBodyBytes(), strlen($encoded));
		}
		$document = $this->validator->validate($clean);
		$json = CanonicalJson::encode($document);
		if (strlen($json) > $this->schema->getMaxBodyBytes()) {
			throw new ContentTooLargeException($this->schema->getMaxBodyBytes(), strlen($json));
		}
		/** @var \stdClass $meta the validator guarantees meta with these strings */
		$meta = $document->meta;
		return new PreparedContent($json, hash('sha256', $json), (string)$meta->title, (string)$meta->type, (string)$meta->language, self::fileIds($document));
	}

	/**
	 * The attachment file ids of a document, in order.
	 *
	 * @return list<int>
	 */
	public static function fileIds(\stdClass $document): array {
		$ids = [];
		$attachments = $document->attachments ?? [];
		foreach (is_array($attachments) ? $attachments : [] as $attachment) {
			$fileId = $attachment instanceof \stdClass ? ($attachment->fileId ?? null) : null;
			if (is_int($fileId)) {
				$ids[] = $fileId;
			}
		}
		return $ids;
	}

	/**
	 * Reads stored canonical JSON back, keeping `{}` as objects so that the
	 * client re-hashes the same bytes.
	 */
	public static function decodeStored(string $json): \stdClass {
		$decoded = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
		if (!$decoded instanceof \stdClass) {
			throw new \UnexpectedValueException('Stored content is not a JSON object');
		}
		return $decoded;
	}
}
