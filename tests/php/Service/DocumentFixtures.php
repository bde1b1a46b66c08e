<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Service;

use OCA\PolicyDesk\Db\Document;
use OCA\PolicyDesk\Model\CanonicalJson;
use OCA\PolicyDesk\Model\ContentPipeline;
use OCA\PolicyDesk\Model\ContentValidator;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Model\Sanitizer;

/**
 * Builders shared by the service and controller tests: documents as a
 * client sends them (decoded as associative arrays, like Nextcloud's
 * request parser does) and as the database returns them.
 */
final class DocumentFixtures {
	/**
	 * @param list<array<string, mixed>> $attachments
	 * @return array<string, mixed>
	 */
	public static function content(string $title = 'Internationell policy', string $text = 'Syfte', array $attachments = []): array {
		return [
			'schemaVersion' => 1,
			'meta' => ['title' => $title, 'type' => 'policy', 'language' => 'sv'],
			'attachments' => $attachments,
			'body' => ['type' => 'doc', 'content' => [
				['type' => 'paragraph', 'content' => [['type' => 'text', 'text' => $text]]],
			]],
		];
	}

	public static function pipeline(?int $maxBodyBytes = null): ContentPipeline {
		$schema = DocumentSchema::load();
		if ($maxBodyBytes !== null) {
			$data = json_decode((string)file_get_contents(__DIR__ . '/../../../lib/Model/document-schema.json'), true);
			$data['limits']['maxBodyBytes'] = $maxBodyBytes;
			$schema = new DocumentSchema($data);
		}
		return new ContentPipeline($schema, new ContentValidator($schema), new Sanitizer());
	}

	/**
	 * A stored document as DocumentMapper::findById() returns it.
	 */
	public static function stored(int $id = 7, string $owner = 'alice', int $revision = 3, string $text = 'Syfte', ?int $latestVersionId = 70, array $attachments = []): Document {
		$content = json_decode(json_encode(self::content('Internationell policy', $text, $attachments)), false);
		$json = CanonicalJson::encode($content);
		$document = new Document();
		$document->setId($id);
		$document->setOwnerId($owner);
		$document->setTitle('Internationell policy');
		$document->setDocType('policy');
		$document->setLanguage('sv');
		$document->setState('draft');
		$document->setRevision($revision);
		$document->setContent($json);
		$document->setContentHash(hash('sha256', $json));
		$document->setLatestVersionId($latestVersionId);
		$document->setCreatedAt(1000);
		$document->setUpdatedAt(2000);
		return $document;
	}
}
