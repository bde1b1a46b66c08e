<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Model;

use OCA\PolicyDesk\Exception\InvalidContentException;
use OCA\PolicyDesk\Model\CanonicalJson;
use OCA\PolicyDesk\Model\ContentValidator;
use OCA\PolicyDesk\Model\DocumentSchema;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class ContentValidatorTest extends TestCase {
	private ContentValidator $validator;

	protected function setUp(): void {
		$this->validator = new ContentValidator(DocumentSchema::load());
	}

	/**
	 * Builds a document as JSON text, the way a request carries it.
	 *
	 * @param array<string, mixed> $meta extra or replaced meta fields
	 */
	private static function doc(string $bodyContent, array $meta = [], string $attachments = '[]'): string {
		$metaJson = json_encode(array_merge(['title' => 'Internationell policy', 'type' => 'policy', 'language' => 'sv'], $meta), JSON_UNESCAPED_UNICODE);
		return '{"schemaVersion":1,"meta":' . $metaJson . ',"attachments":' . $attachments . ',"body":{"type":"doc","content":' . $bodyContent . '}}';
	}

	private static function p(string $text = 'Text'): string {
		return '{"type":"paragraph","content":[{"type":"text","text":' . json_encode($text) . '}]}';
	}

	private static function bulletList(int $depth): string {
		$list = '{"type":"bulletList","content":[{"type":"listItem","content":[' . self::p() . ']}]}';
		for ($i = 1; $i < $depth; $i++) {
			$list = '{"type":"bulletList","content":[{"type":"listItem","content":[' . self::p() . ',' . $list . ']}]}';
		}
		return $list;
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function validDocuments(): array {
		return [
			'one paragraph' => [self::doc('[' . self::p() . ']')],
			'empty paragraph' => [self::doc('[{"type":"paragraph"}]')],
			'headings 1-3' => [self::doc('[{"type":"heading","attrs":{"level":1},"content":[{"type":"text","text":"Syfte"}]},{"type":"heading","attrs":{"level":3}}]')],
			'marks and link' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"bold"},{"type":"italic"},{"type":"underline"},{"type":"strike"},{"type":"link","attrs":{"href":"https://vasteras.se","title":null}}]}]}]')],
			'relative and mail links' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"a","marks":[{"type":"link","attrs":{"href":"mailto:a@b.se"}}]},{"type":"text","text":"b","marks":[{"type":"link","attrs":{"href":"../bilaga.odt"}}]}]}]')],
			'lists nested 4 deep' => [self::doc('[' . self::bulletList(4) . ']')],
			'ordered list with start' => [self::doc('[{"type":"orderedList","attrs":{"start":3},"content":[{"type":"listItem","content":[' . self::p() . ']}]}]')],
			'table with header row' => [self::doc('[{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableHeader","content":[' . self::p('Mål') . ']}]},{"type":"tableRow","content":[{"type":"tableCell","attrs":{"colspan":1,"rowspan":2},"content":[' . self::p() . ']}]}]}]')],
			'blockquote with list' => [self::doc('[{"type":"blockquote","content":[' . self::bulletList(1) . ']}]')],
			'footnote and hard break' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"a"},{"type":"hardBreak"},{"type":"footnote","content":[{"type":"text","text":"Källa","marks":[{"type":"italic"}]}]}]}]')],
			'definition list' => [self::doc('[{"type":"definitionList","content":[{"type":"definitionTerm","content":[{"type":"text","text":"IKT"}]},{"type":"definitionDescription","content":[' . self::p() . ']},{"type":"definitionDescription","content":[' . self::p() . ']}]}]')],
			'full meta and attachments' => [self::doc('[' . self::p() . ']', ['type' => 'decision_proposal', 'language' => 'sv-SE', 'reference' => 'KS 2005/00123', 'unit' => 'Stadsledningskontoret', 'decisionBody' => 'Kommunstyrelsen', 'place' => 'Västerås', 'keywords' => ['internationellt'], 'signatories' => [['name' => 'Anna Svensson', 'title' => 'Stadsdirektör'], ['name' => 'Per Olsson']]], '[{"fileId":12,"name":"Bilaga 1.pdf"}]')],
		];
	}

	#[DataProvider('validDocuments')]
	public function testAcceptsValidDocument(string $json): void {
		$decoded = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
		$result = $this->validator->validate($decoded);
		// The validator returns the document as it was sent: same canonical bytes.
		$this->assertSame(CanonicalJson::encode($decoded), CanonicalJson::encode($result));
	}

	#[DataProvider('validDocuments')]
	public function testArrayDecodedInputGivesTheSameCanonicalBytes(string $json): void {
		$asObjects = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
		$asArrays = json_decode($json, true, 512, JSON_THROW_ON_ERROR);
		$this->assertSame(CanonicalJson::encode($asObjects), CanonicalJson::encode($this->validator->validate($asArrays)));
	}

	public function testEmptyAttrsObjectSurvivesArrayDecoding(): void {
		$json = self::doc('[{"type":"orderedList","attrs":{},"content":[{"type":"listItem","content":[' . self::p() . ']}]}]');
		$result = $this->validator->validate(json_decode($json, true));
		$this->assertStringContainsString('"attrs":{}', CanonicalJson::encode($result));
	}

	/**
	 * @return array<string, array{string, string}>
	 */
	public static function invalidDocuments(): array {
		// doc is level 1, so the 40th nested blockquote is level 41.
		$deep = self::p();
		for ($i = 0; $i < 40; $i++) {
			$deep = '{"type":"blockquote","content":[' . $deep . ']}';
		}
		return [
			'heading level 4' => [self::doc('[' . self::p() . ',' . self::p() . ',' . self::p() . ',{"type":"heading","attrs":{"level":4}}]'), 'body.content[3].attrs.level'],
			'heading level as string' => [self::doc('[{"type":"heading","attrs":{"level":"1"}}]'), 'body.content[0].attrs.level'],
			'heading without level' => [self::doc('[{"type":"heading"}]'), 'body.content[0].attrs.level'],
			'unknown node attr' => [self::doc('[{"type":"paragraph","attrs":{"textAlign":"left"}}]'), 'body.content[0].attrs.textAlign'],
			'unknown node type' => [self::doc('[{"type":"image"}]'), 'body.content[0].type'],
			'inline node in doc' => [self::doc('[{"type":"text","text":"x"}]'), 'body.content[0].type'],
			'empty doc' => [self::doc('[]'), 'body.content'],
			'list item starting with heading' => [self::doc('[{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"heading","attrs":{"level":1}}]}]}]'), 'body.content[0].content[0].content'],
			'empty text node' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":""}]}]'), 'body.content[0].content[0].text'],
			'unknown mark' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"highlight"}]}]}]'), 'body.content[0].content[0].marks[0].type'],
			'javascript link' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]'), 'body.content[0].content[0].marks[0].attrs.href'],
			'link target attr' => [self::doc('[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"/a","target":"_blank"}}]}]}]'), 'body.content[0].content[0].marks[0].attrs.target'],
			'ordered list start 0' => [self::doc('[{"type":"orderedList","attrs":{"start":0},"content":[{"type":"listItem","content":[' . self::p() . ']}]}]'), 'body.content[0].attrs.start'],
			'float colspan' => [self::doc('[{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","attrs":{"colspan":1.5},"content":[' . self::p() . ']}]}]}]'), 'body.content[0].content[0].content[0].attrs.colspan'],
			'content on a leaf' => [self::doc('[{"type":"paragraph","content":[{"type":"hardBreak","content":[]}]}]'), 'body.content[0].content[0].content'],
			'too deep' => [self::doc('[' . $deep . ']'), 'body' . str_repeat('.content[0]', 40)],
			'empty title' => [self::doc('[' . self::p() . ']', ['title' => '']), 'meta.title'],
			'title of 256 characters' => [self::doc('[' . self::p() . ']', ['title' => str_repeat('å', 256)]), 'meta.title'],
			'unknown type' => [self::doc('[' . self::p() . ']', ['type' => 'memo']), 'meta.type'],
			'bad language tag' => [self::doc('[' . self::p() . ']', ['language' => 'swedish language']), 'meta.language'],
			'unknown meta field' => [self::doc('[' . self::p() . ']', ['author' => 'x']), 'meta.author'],
			'signatory without name' => [self::doc('[' . self::p() . ']', ['signatories' => [['title' => 'Ordförande']]]), 'meta.signatories[0].name'],
			'keyword not a string' => [self::doc('[' . self::p() . ']', ['keywords' => ['a', 3]]), 'meta.keywords[1]'],
			'attachment id 0' => [self::doc('[' . self::p() . ']', [], '[{"fileId":0,"name":"x"}]'), 'attachments[0].fileId'],
			'attachment unknown field' => [self::doc('[' . self::p() . ']', [], '[{"fileId":1,"name":"x","path":"/x"}]'), 'attachments[0].path'],
			'attachments not a list' => [self::doc('[' . self::p() . ']', [], '{"a":1}'), 'attachments'],
			'wrong schema version' => ['{"schemaVersion":2,"meta":{},"attachments":[],"body":{}}', 'schemaVersion'],
			'missing body' => ['{"schemaVersion":1,"meta":{},"attachments":[]}', 'body'],
			'unknown top-level field' => ['{"schemaVersion":1,"meta":{},"attachments":[],"body":{},"extra":1}', 'extra'],
			'body not a doc' => [str_replace('"type":"doc"', '"type":"paragraph"', self::doc('[' . self::p() . ']')), 'body.type'],
		];
	}

	#[DataProvider('invalidDocuments')]
	public function testRejectsInvalidDocumentNamingTheField(string $json, string $path): void {
		try {
			$this->validator->validate(json_decode($json, false, 512, JSON_THROW_ON_ERROR));
			$this->fail('Expected the document to be refused at ' . $path);
		} catch (InvalidContentException $e) {
			$this->assertSame($path, $e->getPath());
			$this->assertStringStartsWith($path . ': ', $e->getMessage());
		}
	}

	public function testRejectsNonObjectDocument(): void {
		$this->expectException(InvalidContentException::class);
		$this->expectExceptionMessage('must be an object');
		$this->validator->validate([1, 2]);
	}
}
