<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Model\ContentPipeline;
use OCA\PolicyDesk\Model\ContentValidator;
use OCA\PolicyDesk\Model\DocumentSchema;
use OCA\PolicyDesk\Model\Sanitizer;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * The corpus as the TypeScript Markdown importer turns it into documents
 * (written by scripts/export-corpus-documents.mjs): the server must accept
 * each one and store exactly the canonical bytes the client hashed, whether
 * the request body was decoded into objects or into arrays.
 */
class CorpusDocumentsTest extends TestCase {
	private const DIR = __DIR__ . '/../fixtures/documents';

	/**
	 * @return array<string, array{string}>
	 */
	public static function documents(): array {
		$cases = [];
		foreach (glob(self::DIR . '/*.json') ?: [] as $file) {
			$cases[basename($file, '.json')] = [substr($file, 0, -5)];
		}
		return $cases;
	}

	public function testEveryCorpusFileHasADocument(): void {
		$corpus = glob(__DIR__ . '/../../../../shared/corpus/*.md') ?: [];
		$expected = array_values(array_filter(array_map(static fn (string $f): string => basename($f, '.md'), $corpus), static fn (string $n): bool => $n !== 'README'));
		$this->assertNotEmpty(self::documents());
		if ($expected !== []) {
			// Stale fixtures: rerun scripts/export-corpus-documents.mjs.
			$this->assertSame($expected, array_keys(self::documents()));
		}
	}

	#[DataProvider('documents')]
	public function testServerAcceptsAndHashesLikeTheClient(string $base): void {
		$schema = DocumentSchema::load();
		$pipeline = new ContentPipeline($schema, new ContentValidator($schema), new Sanitizer());
		$json = (string)file_get_contents($base . '.json');
		$clientCanonical = (string)file_get_contents($base . '.canonical');

		$fromObjects = $pipeline->prepare(json_decode($json, false, 512, JSON_THROW_ON_ERROR));
		$fromArrays = $pipeline->prepare(json_decode($json, true, 512, JSON_THROW_ON_ERROR));

		$this->assertSame($clientCanonical, $fromObjects->json);
		$this->assertSame($clientCanonical, $fromArrays->json);
		$this->assertSame(hash('sha256', $clientCanonical), $fromArrays->hash);
	}
}
