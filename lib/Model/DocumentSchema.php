<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Model;

/**
 * Read access to document-schema.json, the body schema shared with the
 * TypeScript side (src/model). The file is the single source of the rules;
 * this class only loads it and hands out its parts with types attached.
 *
 * @psalm-type FieldSpec = array{type?: string, required?: bool, nullable?: bool, enum?: list<scalar>, minimum?: int, minLength?: int, maxLength?: int, pattern?: string, default?: scalar, maxItems?: int, items?: array<string, mixed>}
 * @psalm-type NodeSpec = array{content?: string, group?: string, inline?: bool, text?: bool, attrs?: array<string, FieldSpec>}
 * @psalm-type MarkSpec = array{attrs?: array<string, FieldSpec>}
 */
final class DocumentSchema {
	/** @var array<string, mixed> */
	private array $data;

	/**
	 * @param array<string, mixed> $data the decoded schema
	 */
	public function __construct(array $data) {
		$this->data = $data;
	}

	/**
	 * Loads the schema file that ships with the app.
	 *
	 * @throws \RuntimeException when the file is missing or broken (a packaging error)
	 */
	public static function load(?string $file = null): self {
		$file ??= __DIR__ . '/document-schema.json';
		$raw = @file_get_contents($file);
		if ($raw === false) {
			throw new \RuntimeException('Cannot read the document schema ' . $file);
		}
		try {
			$data = json_decode($raw, true, 64, JSON_THROW_ON_ERROR);
		} catch (\JsonException $e) {
			throw new \RuntimeException('The document schema is not valid JSON: ' . $e->getMessage(), 0, $e);
		}
		if (!is_array($data) || !isset($data['nodes'], $data['marks'], $data['meta'])) {
			throw new \RuntimeException('The document schema lacks nodes, marks or meta');
		}
		/** @var array<string, mixed> $data */
		return new self($data);
	}

	public function getSchemaVersion(): int {
		return $this->int('schemaVersion');
	}

	public function getTopNode(): string {
		$top = $this->data['topNode'] ?? 'doc';
		return is_string($top) ? $top : 'doc';
	}

	public function getMaxBodyBytes(): int {
		return $this->limit('maxBodyBytes');
	}

	public function getMaxDepth(): int {
		return $this->limit('maxDepth');
	}

	public function getMaxTextLength(): int {
		return $this->limit('maxTextLength');
	}

	public function getMaxAttachments(): int {
		return $this->int('maxAttachments');
	}

	/**
	 * @return list<string>
	 */
	public function getDocumentTypes(): array {
		$types = $this->data['documentTypes'] ?? [];
		return is_array($types) ? array_values(array_filter($types, 'is_string')) : [];
	}

	/**
	 * @return array<string, NodeSpec>
	 */
	public function getNodes(): array {
		/** @var array<string, NodeSpec> */
		return $this->section('nodes');
	}

	/**
	 * @return array<string, MarkSpec>
	 */
	public function getMarks(): array {
		/** @var array<string, MarkSpec> */
		return $this->section('marks');
	}

	/**
	 * @return array<string, FieldSpec>
	 */
	public function getMetaFields(): array {
		/** @var array<string, FieldSpec> */
		return $this->section('meta');
	}

	/**
	 * @return array<string, FieldSpec>
	 */
	public function getAttachmentFields(): array {
		/** @var array<string, FieldSpec> */
		return $this->section('attachment');
	}

	/**
	 * @return array<string, mixed>
	 */
	private function section(string $key): array {
		$value = $this->data[$key] ?? [];
		/** @var array<string, mixed> the sections of the schema file are JSON objects */
		return is_array($value) ? $value : [];
	}

	private function limit(string $key): int {
		$limits = $this->section('limits');
		$value = $limits[$key] ?? null;
		if (!is_int($value)) {
			throw new \RuntimeException('The document schema lacks limits.' . $key);
		}
		return $value;
	}

	private function int(string $key): int {
		$value = $this->data[$key] ?? null;
		if (!is_int($value)) {
			throw new \RuntimeException('The document schema lacks ' . $key);
		}
		return $value;
	}
}
