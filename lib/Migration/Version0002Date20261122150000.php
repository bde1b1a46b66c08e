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
 * Review workflow tables (issue 4): rounds, reviewers, decisions, comments and
 * the hash-chained history.
 *
 * Nextcloud's limits apply: table and index names at most 27 characters
 * without the prefix, booleans nullable (Oracle cannot store a NOT NULL
 * boolean false), long text as TEXT. Each table is guarded by hasTable so the
 * step can be re-run safely.
 */
class Version0002Date20261122150000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 * @param array $options
	 */
	#[\Override]
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		$schema = $schemaClosure();

		if (!$schema->hasTable('policydesk_reviews')) {
			$table = $schema->createTable('policydesk_reviews');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('rule', Types::STRING, ['notnull' => true, 'length' => 16, 'default' => 'all']);
			$table->addColumn('quorum', Types::INTEGER, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('sequential', Types::BOOLEAN, ['notnull' => false, 'default' => false]);
			$table->addColumn('require_resolved', Types::BOOLEAN, ['notnull' => false, 'default' => false]);
			$table->addColumn('submitted_version_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('submitted_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('submitted_by', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('submitted_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['document_id'], 'pd_reviews_doc');
		}

		if (!$schema->hasTable('policydesk_reviewers')) {
			$table = $schema->createTable('policydesk_reviewers');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('review_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('type', Types::STRING, ['notnull' => true, 'length' => 8]);
			$table->addColumn('reviewer_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('group_mode', Types::STRING, ['notnull' => false, 'length' => 8]);
			$table->addColumn('position', Types::INTEGER, ['notnull' => true, 'unsigned' => true, 'default' => 0]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['review_id', 'position'], 'pd_reviewers_review');
			// "Documents I review" looks reviewers up by user or group id.
			$table->addIndex(['reviewer_id', 'type'], 'pd_reviewers_who');
		}

		if (!$schema->hasTable('policydesk_decisions')) {
			$table = $schema->createTable('policydesk_decisions');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('review_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('user_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('decision', Types::STRING, ['notnull' => true, 'length' => 16]);
			$table->addColumn('version_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('version_id', Types::BIGINT, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('comment', Types::TEXT, ['notnull' => false]);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['review_id'], 'pd_decisions_review');
		}

		if (!$schema->hasTable('policydesk_comments')) {
			$table = $schema->createTable('policydesk_comments');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('parent_id', Types::BIGINT, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('author_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('message', Types::TEXT, ['notnull' => true]);
			$table->addColumn('version_hash', Types::STRING, ['notnull' => false, 'length' => 64]);
			// Dot-separated indexes into body.content, e.g. "3.1".
			$table->addColumn('block_path', Types::STRING, ['notnull' => false, 'length' => 255]);
			$table->addColumn('anchor_start', Types::INTEGER, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('anchor_end', Types::INTEGER, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('quote', Types::TEXT, ['notnull' => false]);
			$table->addColumn('resolved', Types::BOOLEAN, ['notnull' => false, 'default' => false]);
			$table->addColumn('resolved_by', Types::STRING, ['notnull' => false, 'length' => 64]);
			$table->addColumn('resolved_at', Types::BIGINT, ['notnull' => false, 'unsigned' => true]);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->setPrimaryKey(['id']);
			$table->addIndex(['document_id'], 'pd_comments_doc');
		}

		if (!$schema->hasTable('policydesk_history')) {
			$table = $schema->createTable('policydesk_history');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'unsigned' => true]);
			$table->addColumn('document_id', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('seq', Types::INTEGER, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('actor_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('action', Types::STRING, ['notnull' => true, 'length' => 32]);
			$table->addColumn('from_state', Types::STRING, ['notnull' => true, 'length' => 32]);
			$table->addColumn('to_state', Types::STRING, ['notnull' => true, 'length' => 32]);
			$table->addColumn('version_hash', Types::STRING, ['notnull' => false, 'length' => 64]);
			$table->addColumn('comment', Types::TEXT, ['notnull' => false]);
			$table->addColumn('created_at', Types::BIGINT, ['notnull' => true, 'unsigned' => true]);
			$table->addColumn('prev_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('entry_hash', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->setPrimaryKey(['id']);
			// Two racing transitions both try to append seq n+1; this index lets only one succeed.
			$table->addUniqueIndex(['document_id', 'seq'], 'pd_history_doc_seq');
		}

		return $schema;
	}
}
