#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Shows how the document list (lib/Db/DocumentMapper.php) is executed at
# 10,000 documents, on SQLite (sqlite3 CLI), and fails if a query stops
# using its index. The tables and indexes are those of
# lib/Migration/Version0001Date20261122000000.php and (review tables)
# Version0002Date20261122150000.php; the queries are the SQL
# that findPage() and countPage() build, written out by hand, because
# Nextcloud's query builder needs a running server. MySQL/MariaDB and
# PostgreSQL plan on their own and are not covered here.
set -euo pipefail

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/list.db
cols='d.id, d.owner_id, d.title, d.doc_type, d.language, d.state, d.revision, d.content_hash, d.latest_version_id, d.created_at, d.updated_at'
# The "review" scope: named on the current (newest) round, directly or through
# "staff", and neither owner nor co-author (DocumentMapper::reviewing()).
named="((r.type = 'user') AND (r.reviewer_id = 'bob')) OR ((r.type = 'group') AND (r.reviewer_id IN ('staff')))"
coauthor="SELECT s.document_id FROM oc_policydesk_shares s WHERE ((s.share_type = 'user') AND (s.share_with = 'bob')) OR ((s.share_type = 'group') AND (s.share_with IN ('staff')))"
review="d.id IN (SELECT r.document_id FROM oc_policydesk_reviewers r WHERE ($named) AND (r.review_id = (SELECT MAX(v.id) FROM oc_policydesk_reviews v WHERE v.document_id = r.document_id))) AND d.owner_id <> 'bob' AND d.id NOT IN ($coauthor)"
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
CREATE TABLE oc_policydesk_reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id BIGINT NOT NULL, rule VARCHAR(16) NOT NULL DEFAULT 'all', quorum INTEGER, sequential BOOLEAN, require_resolved BOOLEAN, submitted_version_id BIGINT NOT NULL, submitted_hash VARCHAR(64) NOT NULL, submitted_by VARCHAR(64) NOT NULL, submitted_at BIGINT NOT NULL);
CREATE INDEX pd_reviews_doc ON oc_policydesk_reviews (document_id);
CREATE TABLE oc_policydesk_reviewers (id INTEGER PRIMARY KEY AUTOINCREMENT, review_id BIGINT NOT NULL, document_id BIGINT NOT NULL, type VARCHAR(8) NOT NULL, reviewer_id VARCHAR(64) NOT NULL, group_mode VARCHAR(8), position INTEGER NOT NULL DEFAULT 0);
CREATE INDEX pd_reviewers_review ON oc_policydesk_reviewers (review_id, position);
CREATE INDEX pd_reviewers_who ON oc_policydesk_reviewers (reviewer_id, type);
-- Every second document was submitted, every sixth twice (an older round and a
-- current one), each round naming three of 500 people.
INSERT INTO oc_policydesk_reviews (document_id, submitted_version_id, submitted_hash, submitted_by, submitted_at) SELECT id, 1, content_hash, owner_id, 1 FROM oc_policydesk_docs WHERE id % 2 = 0;
INSERT INTO oc_policydesk_reviews (document_id, submitted_version_id, submitted_hash, submitted_by, submitted_at) SELECT id, 2, content_hash, owner_id, 2 FROM oc_policydesk_docs WHERE id % 6 = 0;
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 2)
INSERT INTO oc_policydesk_reviewers (review_id, document_id, type, reviewer_id, position)
SELECT v.id, v.document_id, 'user', 'r' || ((v.id * 7 + k.j * 131) % 500), k.j FROM oc_policydesk_reviews v, k;
-- bob reviews ~600 documents: on the current round of documents 10, 20, …,
-- through "staff" on every 14th, and only on the OLD round of every 18th
-- (which the list must leave out).
INSERT INTO oc_policydesk_reviewers (review_id, document_id, type, reviewer_id, position)
SELECT MAX(v.id), v.document_id, 'user', 'bob', 3 FROM oc_policydesk_reviews v WHERE v.document_id % 10 = 0 GROUP BY v.document_id;
INSERT INTO oc_policydesk_reviewers (review_id, document_id, type, reviewer_id, group_mode, position)
SELECT MAX(v.id), v.document_id, 'group', 'staff', 'any', 4 FROM oc_policydesk_reviews v WHERE v.document_id % 14 = 0 GROUP BY v.document_id;
INSERT INTO oc_policydesk_reviewers (review_id, document_id, type, reviewer_id, position)
SELECT MIN(v.id), v.document_id, 'user', 'bob', 3 FROM oc_policydesk_reviews v WHERE v.document_id % 18 = 0 GROUP BY v.document_id;
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
explain 'review, first page' 'pd_reviewers_who' "SELECT $cols FROM oc_policydesk_docs d WHERE $review $order LIMIT 25 OFFSET 0"
explain 'review, current round by document' 'pd_reviews_doc' "SELECT $cols FROM oc_policydesk_docs d WHERE $review $order LIMIT 25 OFFSET 0"
explain 'review, state filter, last page' 'pd_reviewers_who' "SELECT $cols FROM oc_policydesk_docs d WHERE $review AND d.state = 'draft' $order LIMIT 25 OFFSET 100"
explain 'review, total' 'pd_reviewers_who' "SELECT COUNT(d.id) AS total FROM oc_policydesk_docs d WHERE $review"

# The hand-written query must agree with the rule it mirrors, stated another
# way: no newer round than the one naming bob, and bob not an author.
expected=$(sqlite3 "$db" "SELECT COUNT(*) FROM oc_policydesk_docs d WHERE d.owner_id <> 'bob'
	AND d.id NOT IN ($coauthor)
	AND EXISTS (SELECT 1 FROM oc_policydesk_reviewers r WHERE r.document_id = d.id AND ($named)
		AND NOT EXISTS (SELECT 1 FROM oc_policydesk_reviews n WHERE n.document_id = r.document_id AND n.id > r.review_id))")
actual=$(sqlite3 "$db" "SELECT COUNT(d.id) FROM oc_policydesk_docs d WHERE $review")
old_only=$(sqlite3 "$db" "SELECT COUNT(*) FROM oc_policydesk_docs d WHERE $review AND d.id % 18 = 0 AND d.id % 10 <> 0 AND d.id % 14 <> 0")
echo "== review scope rows: $actual (expected $expected; named only on an old round but listed: $old_only)"
if [[ $actual != "$expected" || $actual -eq 0 || $old_only -ne 0 ]]; then
	echo '!! the review scope does not list exactly the current rounds naming bob'
	status=1
fi
exit $status
