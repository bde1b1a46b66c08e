<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Model\DocumentSchema;
use PHPUnit\Framework\TestCase;

class DocumentSchemaTest extends TestCase {
	public function testLoadsTheShippedSchema(): void {
		$schema = DocumentSchema::load();
		$this->assertSame(1, $schema->getSchemaVersion());
		$this->assertSame('doc', $schema->getTopNode());
		$this->assertSame(8388608, $schema->getMaxBodyBytes());
		$this->assertSame(['policy', 'declaration', 'decision_proposal'], $schema->getDocumentTypes());
		$this->assertArrayHasKey('footnote', $schema->getNodes());
		$this->assertArrayHasKey('link', $schema->getMarks());
		$this->assertTrue($schema->getMetaFields()['title']['required'] ?? false);
	}

	public function testBrokenSchemaFileFailsLoudly(): void {
		$file = tempnam(sys_get_temp_dir(), 'schema');
		file_put_contents($file, '{"nodes": ');
		try {
			$this->expectException(\RuntimeException::class);
			$this->expectExceptionMessage('not valid JSON');
			DocumentSchema::load($file);
		} finally {
			unlink($file);
		}
	}

	public function testMissingLimitFailsLoudly(): void {
		$this->expectException(\RuntimeException::class);
		$this->expectExceptionMessage('limits.maxDepth');
		(new DocumentSchema(['nodes' => [], 'marks' => [], 'meta' => [], 'limits' => []]))->getMaxDepth();
	}
}
