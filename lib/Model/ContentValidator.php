<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

use OCA\PolicyDesk\Exception\InvalidContentException;

/**
 * Checks a PolicyDocument `{schemaVersion, meta, attachments, body}` against
 * document-schema.json, the way ProseMirror's Node.check() checks a node tree
 * against its schema, plus the metadata and attachment rules.
 *
 * Anything the schema does not name is refused: the client strips editor
 * attributes it does not store, so an unknown field means a client bug or a
 * forged request, and storing it would make the hash cover data nobody sees.
 *
 * The input may come from json_decode() with objects (stdClass) or with
 * associative arrays (Nextcloud's request parser). Because `{}` and `[]`
 * are the same PHP value after the latter, the result is rebuilt following
 * the schema: objects become stdClass and lists become lists, so
 * CanonicalJson writes exactly what the client hashed. Defaults are not
 * filled in: the stored document is the one that was sent.
 *
 * Lengths are counted in Unicode code points.
 *
 * @psalm-import-type FieldSpec from DocumentSchema
 * @psalm-import-type NodeSpec from DocumentSchema
 */
final class ContentValidator {
	private const DOCUMENT_KEYS = ['schemaVersion', 'meta', 'attachments', 'body'];

	/** @var array<string, ContentExpression> */
	private array $expressions = [];

	public function __construct(
		private DocumentSchema $schema,
	) {
		$groups = [];
		foreach ($schema->getNodes() as $name => $spec) {
			if (isset($spec['group'])) {
				foreach (preg_split('/\s+/', trim($spec['group'])) ?: [] as $group) {
					$groups[$group][] = $name;
				}
			}
		}
		$names = array_keys($schema->getNodes());
		foreach ($schema->getNodes() as $name => $spec) {
			if (isset($spec['content'])) {
				$this->expressions[$name] = new ContentExpression($spec['content'], $groups, $names);
			}
		}
	}

	/**
	 * @return \stdClass the document rebuilt as stdClass objects and lists
	 * @throws InvalidContentException naming the first offending field
	 */
	public function validate(mixed $document): \stdClass {
		$fields = $this->object($document, '');
		foreach (array_keys($fields) as $key) {
			if (!in_array($key, self::DOCUMENT_KEYS, true)) {
				throw new InvalidContentException((string)$key, 'unknown field');
			}
		}
		foreach (self::DOCUMENT_KEYS as $key) {
			if (!array_key_exists($key, $fields)) {
				throw new InvalidContentException($key, 'is required');
			}
		}
		if ($fields['schemaVersion'] !== $this->schema->getSchemaVersion()) {
			throw new InvalidContentException('schemaVersion', 'must be ' . $this->schema->getSchemaVersion());
		}

		$result = new \stdClass();
		$result->schemaVersion = $this->schema->getSchemaVersion();
		$result->meta = $this->fields($fields['meta'], $this->schema->getMetaFields(), 'meta');
		$result->attachments = $this->attachments($fields['attachments']);
		$body = $this->object($fields['body'], 'body');
		if (($body['type'] ?? null) !== $this->schema->getTopNode()) {
			throw new InvalidContentException('body.type', 'must be "' . $this->schema->getTopNode() . '"');
		}
		$result->body = $this->node($fields['body'], 'body', 1);
		return $result;
	}

	/**
	 * @return list<\stdClass>
	 * @throws InvalidContentException
	 */
	private function attachments(mixed $value): array {
		$items = $this->list($value, 'attachments');
		if (count($items) > $this->schema->getMaxAttachments()) {
			throw new InvalidContentException('attachments', 'at most ' . $this->schema->getMaxAttachments() . ' attachments are allowed');
		}
		$result = [];
		foreach ($items as $i => $item) {
			$result[] = $this->fields($item, $this->schema->getAttachmentFields(), 'attachments[' . $i . ']');
		}
		return $result;
	}

	/**
	 * @throws InvalidContentException
	 */
	private function node(mixed $value, string $path, int $depth): \stdClass {
		$fields = $this->object($value, $path);
		if ($depth > $this->schema->getMaxDepth()) {
			throw new InvalidContentException($path, 'nested deeper than ' . $this->schema->getMaxDepth() . ' levels');
		}
		$type = $fields['type'] ?? null;
		$nodes = $this->schema->getNodes();
		if (!is_string($type) || !isset($nodes[$type])) {
			throw new InvalidContentException($path . '.type', is_string($type) ? 'unknown node type "' . $type . '"' : 'is required');
		}
		$spec = $nodes[$type];
		$isText = ($spec['text'] ?? false) === true;
		$known = $isText ? ['type', 'text', 'marks'] : ['type', 'attrs', 'content'];
		foreach (array_keys($fields) as $key) {
			if (!in_array($key, $known, true)) {
				throw new InvalidContentException($path . '.' . $key, 'unknown field');
			}
		}

		$result = new \stdClass();
		$result->type = $type;
		if ($isText) {
			$this->text($fields['text'] ?? null, $path . '.text');
			$result->text = $fields['text'];
			if (array_key_exists('marks', $fields)) {
				$result->marks = $this->marks($fields['marks'], $path . '.marks');
			}
			return $result;
		}
		if (array_key_exists('attrs', $fields)) {
			$result->attrs = $this->fields($fields['attrs'], $spec['attrs'] ?? [], $path . '.attrs');
		} elseif (isset($spec['attrs'])) {
			// Required attributes must be present even when attrs is omitted.
			$this->fields([], $spec['attrs'], $path . '.attrs');
		}
		$expression = $this->expressions[$type] ?? null;
		if ($expression === null) {
			if (array_key_exists('content', $fields)) {
				throw new InvalidContentException($path . '.content', 'a "' . $type . '" node has no content');
			}
			return $result;
		}
		$children = array_key_exists('content', $fields) ? $this->list($fields['content'], $path . '.content') : [];
		$childTypes = [];
		$content = [];
		foreach ($children as $i => $child) {
			$childPath = $path . '.content[' . $i . ']';
			$node = $this->node($child, $childPath, $depth + 1);
			$childType = (string)$node->type;
			if (!$expression->admits($childType)) {
				throw new InvalidContentException($childPath . '.type', '"' . $childType . '" is not allowed inside "' . $type . '"');
			}
			$childTypes[] = $childType;
			$content[] = $node;
		}
		if (!$expression->matches($childTypes)) {
			throw new InvalidContentException($path . '.content', 'the content of "' . $type . '" must match "' . $expression->getSource() . '"');
		}
		if (array_key_exists('content', $fields)) {
			$result->content = $content;
		}
		return $result;
	}

	/**
	 * @throws InvalidContentException
	 * @psalm-assert string $value
	 */
	private function text(mixed $value, string $path): void {
		if (!is_string($value)) {
			throw new InvalidContentException($path, 'must be a string');
		}
		if ($value === '') {
			// ProseMirror forbids empty text nodes; the editor never makes one.
			throw new InvalidContentException($path, 'must not be empty');
		}
		if (mb_strlen($value, 'UTF-8') > $this->schema->getMaxTextLength()) {
			throw new InvalidContentException($path, 'is longer than ' . $this->schema->getMaxTextLength() . ' characters');
		}
	}

	/**
	 * @return list<\stdClass>
	 * @throws InvalidContentException
	 */
	private function marks(mixed $value, string $path): array {
		$marks = $this->schema->getMarks();
		$seen = [];
		$result = [];
		foreach ($this->list($value, $path) as $i => $item) {
			$markPath = $path . '[' . $i . ']';
			$fields = $this->object($item, $markPath);
			$type = $fields['type'] ?? null;
			if (!is_string($type) || !isset($marks[$type])) {
				throw new InvalidContentException($markPath . '.type', is_string($type) ? 'unknown mark "' . $type . '"' : 'is required');
			}
			if (isset($seen[$type])) {
				throw new InvalidContentException($markPath . '.type', 'mark "' . $type . '" appears twice');
			}
			$seen[$type] = true;
			foreach (array_keys($fields) as $key) {
				if ($key !== 'type' && $key !== 'attrs') {
					throw new InvalidContentException($markPath . '.' . $key, 'unknown field');
				}
			}
			$mark = new \stdClass();
			$mark->type = $type;
			$attrSpecs = $marks[$type]['attrs'] ?? [];
			if (array_key_exists('attrs', $fields)) {
				$mark->attrs = $this->fields($fields['attrs'], $attrSpecs, $markPath . '.attrs');
			} else {
				$this->fields([], $attrSpecs, $markPath . '.attrs');
			}
			$result[] = $mark;
		}
		return $result;
	}

	/**
	 * Checks an object against a map of field specs (meta, attachment,
	 * node or mark attrs).
	 *
	 * @param array<string, FieldSpec> $specs
	 * @throws InvalidContentException
	 */
	private function fields(mixed $value, array $specs, string $path): \stdClass {
		$fields = $this->object($value, $path);
		$result = new \stdClass();
		foreach ($fields as $key => $fieldValue) {
			$key = (string)$key;
			if (!isset($specs[$key])) {
				throw new InvalidContentException($path . '.' . $key, 'unknown field');
			}
			$result->{$key} = $this->field($fieldValue, $specs[$key], $path . '.' . $key);
		}
		foreach ($specs as $key => $spec) {
			if (($spec['required'] ?? false) === true && !array_key_exists($key, $fields)) {
				throw new InvalidContentException($path . '.' . $key, 'is required');
			}
		}
		return $result;
	}

	/**
	 * @param FieldSpec $spec
	 * @throws InvalidContentException
	 */
	private function field(mixed $value, array $spec, string $path): mixed {
		if ($value === null) {
			if (($spec['nullable'] ?? false) === true) {
				return null;
			}
			throw new InvalidContentException($path, 'must not be null');
		}
		$type = $spec['type'] ?? 'string';
		switch ($type) {
			case 'integer':
				if (!is_int($value)) {
					throw new InvalidContentException($path, 'must be an integer');
				}
				if (isset($spec['minimum']) && $value < $spec['minimum']) {
					throw new InvalidContentException($path, 'must be at least ' . $spec['minimum']);
				}
				break;
			case 'string':
				if (!is_string($value)) {
					throw new InvalidContentException($path, 'must be a string');
				}
				$length = mb_strlen($value, 'UTF-8');
				if (isset($spec['minLength']) && $length < $spec['minLength']) {
					throw new InvalidContentException($path, $spec['minLength'] === 1 ? 'must not be empty' : 'must be at least ' . $spec['minLength'] . ' characters long');
				}
				if (isset($spec['maxLength']) && $length > $spec['maxLength']) {
					throw new InvalidContentException($path, 'must be at most ' . $spec['maxLength'] . ' characters long');
				}
				if (isset($spec['pattern']) && preg_match('~' . str_replace('~', '\\~', $spec['pattern']) . '~u', $value) !== 1) {
					throw new InvalidContentException($path, 'has an invalid format');
				}
				break;
			case 'array':
				$items = $this->list($value, $path);
				if (isset($spec['maxItems']) && count($items) > $spec['maxItems']) {
					throw new InvalidContentException($path, 'must have at most ' . $spec['maxItems'] . ' items');
				}
				// "items" is either one field spec (it has "type") or the field
				// map of an object, as for signatories.
				$itemSpec = $spec['items'] ?? [];
				$isSingle = isset($itemSpec['type']);
				/** @var FieldSpec $single */
				$single = $itemSpec;
				/** @var array<string, FieldSpec> $objectFields */
				$objectFields = $itemSpec;
				$result = [];
				foreach ($items as $i => $item) {
					$result[] = $isSingle
						? $this->field($item, $single, $path . '[' . $i . ']')
						: $this->fields($item, $objectFields, $path . '[' . $i . ']');
				}
				return $result;
			default:
				throw new \RuntimeException('Unsupported field type "' . $type . '" in the document schema');
		}
		if (isset($spec['enum']) && !in_array($value, $spec['enum'], true)) {
			throw new InvalidContentException($path, 'must be one of ' . implode(', ', array_map('strval', $spec['enum'])));
		}
		return $value;
	}

	/**
	 * @return array<array-key, mixed>
	 * @throws InvalidContentException
	 */
	private function object(mixed $value, string $path): array {
		if ($value instanceof \stdClass) {
			return get_object_vars($value);
		}
		if (is_array($value) && ($value === [] || !array_is_list($value))) {
			return $value;
		}
		throw new InvalidContentException($path, 'must be an object');
	}

	/**
	 * @return list<mixed>
	 * @throws InvalidContentException
	 */
	private function list(mixed $value, string $path): array {
		if (is_array($value) && array_is_list($value)) {
			return $value;
		}
		throw new InvalidContentException($path, 'must be an array');
	}
}
