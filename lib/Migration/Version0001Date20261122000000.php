<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Migration;

use Closure;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Drafting tables: documents, their saved versions and co-author shares.
 *
 * Within Nextcloud's limits: table and index names of at most 27 characters
 * (the prefix is added on top), columns of at most 30, no NOT NULL booleans.
 * The version counter is `version_number` because NUMBER is reserved in
 * Oracle. Content is TEXT without a length, which becomes LONGTEXT on MySQL,
 * so documents up to the schema's 8 MiB limit fit.
 *
 * Indexes follow the queries: the list filters by owner and sorts by
 * updated_at, the "shared with me" list starts from shares by recipient.
 */
class Version0001Date20261122000000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @param array $options
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();

		if (!$schema->hasTable('policydesk_docs')) {
			$table = $schema->createTable('policydesk_docs');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('owner_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('title', Types::STRING, ['notnull' => true, 'length' => 255]);
			$table->addColumn('doc_type', Types::STRING, ['notnull' => true, 'length' => 32]);
			$table->addColumn('language', Types::STRING, ['notnull' => true, 'length' => 35]);
			$table->addColumn('state', Types::STRING, ['notnull' => true, 'length' => 32, 'default' => 'draft']);
			$table->addColumn('revision', Types::INTEGER, ['notnull' => true, 'unsigned' => true, 'default' => 1]);
			$table->addColumn('content', Types::TEXT, ['notnull' => true]);
			$table->addColumn('content_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('latest_version_id', Types::BIGINT, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('updated_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['owner_id', 'updated_at'], 'pd_docs_owner_upd');
			$table->addIndex(['state'], 'pd_docs_state');
			$table->addIndex(['doc_type'], 'pd_docs_type');
			$table->addIndex(['updated_at'], 'pd_docs_upd');
		}

		if (!$schema->hasTable('policydesk_versions')) {
			$table = $schema->createTable('policydesk_versions');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('version_number', Types::INTEGER, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('author_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('content', Types::TEXT, ['notnull' => true]);
			$table->addColumn('content_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('size', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('restored_from', Types::BIGINT, ['notnull' => false, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			// Also makes two racing "save version" calls fail loudly rather
			// than write the same number twice.
			$table->addUniqueIndex(['document_id', 'version_number'], 'pd_versions_doc_num');
		}

		if (!$schema->hasTable('policydesk_shares')) {
			$table = $schema->createTable('policydesk_shares');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('share_type', Types::STRING, ['notnull' => true, 'length' => 16]);
			$table->addColumn('share_with', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('role', Types::STRING, ['notnull' => true, 'length' => 16, 'default' => 'coauthor']);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['share_with', 'share_type'], 'pd_shares_with');
			$table->addUniqueIndex(['document_id', 'share_type', 'share_with'], 'pd_shares_doc_uniq');
		}

		return $schema;
	}
}
