#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Shows how the document list (lib/Db/DocumentMapper.php) is executed at
# 10,000 documents, on SQLite (sqlite3 CLI), and fails if a query stops
# using its index. The tables and indexes are those of
# lib/Migration/Version0001Date20261122000000.php; the queries are the SQL
# that findPage() and countPage() build, written out by hand, because
# Nextcloud's query builder needs a running server. MySQL/MariaDB and
# PostgreSQL plan on their own and are not covered here.
set -euo pipefail

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/list.db
cols='d.id, d.owner_id, d.title, d.doc_type, d.language, d.state, d.revision, d.content_hash, d.latest_version_id, d.created_at, d.updated_at'
shared="d.id IN (SELECT s.document_id FROM oc_policydesk_shares s WHERE ((s.share_type = 'user') AND (s.share_with = 'bob')) OR ((s.share_type = 'group') AND (s.share_with IN ('staff')))) AND d.owner_id <> 'bob'"

sqlite3 "$db" <<'SQL'
CREATE TABLE oc_policydesk_docs (id INTEGER PRIMARY KEY AUTOINCREMENT, owner_id VARCHAR(64) NOT NULL, title VARCHAR(255) NOT NULL, doc_type VARCHAR(32) NOT NULL, language VARCHAR(35) NOT NULL, state VARCHAR(32) NOT NULL DEFAULT 'draft', revision INTEGER NOT NULL DEFAULT 1, content CLOB NOT NULL, content_hash VARCHAR(64) NOT NULL, latest_version_id BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX pd_docs_owner_upd ON oc_policydesk_docs (owner_id, updated_at);
CREATE INDEX pd_docs_state ON oc_policydesk_docs (state);
CREATE INDEX pd_docs_type ON oc_policydesk_docs (doc_type);
CREATE INDEX pd_docs_upd ON oc_policydesk_docs (updated_at);
CREATE TABLE oc_policydesk_shares (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id BIGINT NOT NULL, share_type VARCHAR(16) NOT NULL, share_with VARCHAR(64) NOT NULL, role VARCHAR(16) NOT NULL DEFAULT 'coauthor', created_at BIGINT NOT NULL);
CREATE INDEX pd_shares_with ON oc_policydesk_shares (share_with, share_type);
CREATE UNIQUE INDEX pd_shares_doc_uniq ON oc_policydesk_shares (document_id, share_type, share_with);
-- 10,000 documents of ~8 KB, 8,000 of them alice's (the worst "mine" list).
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO oc_policydesk_docs (owner_id, title, doc_type, language, state, content, content_hash, created_at, updated_at)
SELECT CASE WHEN i % 5 = 0 THEN 'user' || (i % 40) ELSE 'alice' END,
	'Policy ' || i || CASE WHEN i % 97 = 0 THEN ' Internationell' ELSE '' END,
	CASE i % 3 WHEN 0 THEN 'policy' WHEN 1 THEN 'declaration' ELSE 'decision' END, 'sv',
	CASE i % 5 WHEN 0 THEN 'draft' WHEN 1 THEN 'in_review' WHEN 2 THEN 'approved' WHEN 3 THEN 'changes_requested' ELSE 'withdrawn' END,
	hex(randomblob(4000)), hex(randomblob(32)), 1700000000 + i, 1700000000 + (i * 7919) % 10000
FROM n;
-- 30,000 shares among 3,000 other people, and ~2,000 reaching bob directly or through "staff".
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
INSERT OR IGNORE INTO oc_policydesk_shares (document_id, share_type, share_with, created_at)
SELECT 1 + (i * 13) % 10000, CASE WHEN i % 4 = 0 THEN 'group' ELSE 'user' END, 'u' || (i % 3000), 1 FROM n;
INSERT INTO oc_policydesk_shares (document_id, share_type, share_with, created_at) SELECT id, 'user', 'bob', 1 FROM oc_policydesk_docs WHERE id % 6 = 0 LIMIT 1500;
INSERT INTO oc_policydesk_shares (document_id, share_type, share_with, created_at) SELECT id, 'group', 'staff', 1 FROM oc_policydesk_docs WHERE id % 7 = 0 LIMIT 500;
ANALYZE;
SQL

status=0
# Prints the plan and the run time of one query; fails when the plan lacks $2.
explain() {
	local name=$1 expect=$2 sql=$3 plan
	plan=$(sqlite3 "$db" "EXPLAIN QUERY PLAN $sql")
	echo "== $name"
	echo "$plan"
	printf '.timer on\nSELECT count(*) || %s FROM (%s);\n' "' rows'" "$sql" | sqlite3 "$db" | sed 's/^/   /'
	if ! grep -q -- "$expect" <<<"$plan"; then
		echo "!! expected the plan to use: $expect"
		status=1
	fi
}

order='ORDER BY d.updated_at DESC, d.id DESC'
explain 'mine, first page' 'USING INDEX pd_docs_owner_upd' "SELECT $cols FROM oc_policydesk_docs d WHERE d.owner_id = 'alice' $order LIMIT 25 OFFSET 0"
explain 'mine, last page' 'USING INDEX pd_docs_owner_upd' "SELECT $cols FROM oc_policydesk_docs d WHERE d.owner_id = 'alice' $order LIMIT 25 OFFSET 7975"
explain 'mine, total' 'COVERING INDEX pd_docs_owner_upd' "SELECT COUNT(d.id) AS total FROM oc_policydesk_docs d WHERE d.owner_id = 'alice'"
explain 'mine, type + state + title search' 'USING INDEX pd_docs_owner_upd' "SELECT $cols FROM oc_policydesk_docs d WHERE d.owner_id = 'alice' AND d.doc_type = 'policy' AND d.state = 'approved' AND d.title LIKE '%internationell%' ESCAPE '\\' $order LIMIT 25 OFFSET 0"
explain 'shared, first page' 'pd_shares_with' "SELECT $cols FROM oc_policydesk_docs d WHERE $shared $order LIMIT 25 OFFSET 0"
explain 'shared, total' 'pd_shares_with' "SELECT COUNT(d.id) AS total FROM oc_policydesk_docs d WHERE $shared"
exit $status
