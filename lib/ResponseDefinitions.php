<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk;

/**
 * The wire shapes of the OCS API. openapi.json is generated from these and
 * the TypeScript client is typed from openapi.json, so this file is the one
 * place where names such as the document states are declared.
 *
 * The document body is a tree checked against lib/Model/document-schema.json;
 * here it is only "an object", as JSON Schema cannot say more without
 * repeating the schema file.
 *
 * @psalm-type PolicyDeskState = 'draft'|'in_review'|'changes_requested'|'approved'|'withdrawn'
 *
 * @psalm-type PolicyDeskDocumentType = 'policy'|'declaration'|'decision_proposal'
 *
 * @psalm-type PolicyDeskSignatory = array{
 *     name: string,
 *     title?: string,
 * }
 *
 * @psalm-type PolicyDeskMeta = array{
 *     title: string,
 *     type: PolicyDeskDocumentType,
 *     language: string,
 *     reference?: string,
 *     unit?: string,
 *     decisionBody?: string,
 *     place?: string,
 *     keywords?: list<string>,
 *     signatories?: list<PolicyDeskSignatory>,
 * }
 *
 * @psalm-type PolicyDeskAttachment = array{
 *     fileId: int,
 *     name: string,
 * }
 *
 * @psalm-type PolicyDeskContent = array{
 *     schemaVersion: int,
 *     meta: PolicyDeskMeta,
 *     attachments: list<PolicyDeskAttachment>,
 *     body: \stdClass,
 * }
 *
 * @psalm-type PolicyDeskDocumentSummary = array{
 *     id: int,
 *     title: string,
 *     type: PolicyDeskDocumentType,
 *     language: string,
 *     state: PolicyDeskState,
 *     ownerId: string,
 *     ownerDisplayName: string,
 *     createdAt: int,
 *     updatedAt: int,
 *     revision: int,
 * }
 *
 * @psalm-type PolicyDeskDocument = PolicyDeskDocumentSummary&array{
 *     content: PolicyDeskContent,
 *     hash: string,
 *     latestVersionId: ?int,
 *     canEdit: bool,
 *     canShare: bool,
 * }
 *
 * @psalm-type PolicyDeskDocumentList = array{
 *     documents: list<PolicyDeskDocumentSummary>,
 *     total: int,
 * }
 *
 * @psalm-type PolicyDeskConflict = array{
 *     message: string,
 *     current: PolicyDeskDocument,
 * }
 *
 * @psalm-type PolicyDeskError = array{
 *     message: string,
 * }
 *
 * What a DELETE answers: the id of the deleted document or share. An object,
 * not an empty array, which PHP would encode as `[]` where the spec says object.
 *
 * @psalm-type PolicyDeskDeleted = array{
 *     id: int,
 * }
 *
 * @psalm-type PolicyDeskVersion = array{
 *     id: int,
 *     number: int,
 *     authorId: string,
 *     authorDisplayName: string,
 *     createdAt: int,
 *     hash: string,
 *     size: int,
 *     restoredFrom: ?int,
 * }
 *
 * @psalm-type PolicyDeskVersionWithContent = PolicyDeskVersion&array{
 *     content: PolicyDeskContent,
 * }
 *
 * @psalm-type PolicyDeskShareType = 'user'|'group'
 *
 * @psalm-type PolicyDeskShare = array{
 *     id: int,
 *     type: PolicyDeskShareType,
 *     shareWith: string,
 *     displayName: string,
 *     role: 'coauthor',
 * }
 *
 * Review workflow (issue 4). The state, action and status names are those of
 * OCA\PolicyDesk\Workflow; tests/php/Workflow/NamesTest.php keeps them equal.
 *
 * @psalm-type PolicyDeskReviewAction = 'submit'|'approve'|'request_changes'|'withdraw'|'new_version'|'resubmit'|'complete'
 *
 * @psalm-type PolicyDeskReviewRole = 'author'|'reviewer'|'other'
 *
 * @psalm-type PolicyDeskApprovalRule = 'all'|'any'|'quorum'
 *
 * @psalm-type PolicyDeskGroupMode = 'any'|'every'
 *
 * @psalm-type PolicyDeskReviewerStatus = 'waiting'|'pending'|'approved'|'changes_requested'|'stale'
 *
 * @psalm-type PolicyDeskDecisionKind = 'approve'|'request_changes'
 *
 * @psalm-type PolicyDeskReviewerMember = array{
 *     userId: string,
 *     displayName: string,
 *     status: PolicyDeskReviewerStatus,
 * }
 *
 * @psalm-type PolicyDeskReviewer = array{
 *     id: int,
 *     type: PolicyDeskShareType,
 *     reviewerId: string,
 *     displayName: string,
 *     groupMode: ?PolicyDeskGroupMode,
 *     position: int,
 *     status: PolicyDeskReviewerStatus,
 *     members: list<PolicyDeskReviewerMember>,
 * }
 *
 * @psalm-type PolicyDeskDecision = array{
 *     id: int,
 *     userId: string,
 *     displayName: string,
 *     decision: PolicyDeskDecisionKind,
 *     versionHash: string,
 *     versionId: ?int,
 *     comment: ?string,
 *     createdAt: int,
 *     stale: bool,
 * }
 *
 * @psalm-type PolicyDeskReviewRound = array{
 *     id: int,
 *     rule: PolicyDeskApprovalRule,
 *     quorum: ?int,
 *     sequential: bool,
 *     requireResolved: bool,
 *     submittedVersionId: int,
 *     submittedHash: string,
 *     submittedBy: string,
 *     submittedAt: int,
 *     reviewers: list<PolicyDeskReviewer>,
 *     decisions: list<PolicyDeskDecision>,
 *     approvals: int,
 *     required: int,
 *     unresolvedComments: int,
 *     satisfied: bool,
 *     myLastReviewedHash: ?string,
 *     myLastReviewedVersionId: ?int,
 * }
 *
 * @psalm-type PolicyDeskReview = array{
 *     documentId: int,
 *     state: PolicyDeskState,
 *     currentHash: string,
 *     currentVersionId: ?int,
 *     role: PolicyDeskReviewRole,
 *     canSubmit: bool,
 *     canResubmit: bool,
 *     canWithdraw: bool,
 *     canDecide: bool,
 *     round: ?PolicyDeskReviewRound,
 * }
 *
 * @psalm-type PolicyDeskReviewConflict = array{
 *     message: string,
 *     reason: string,
 *     currentHash: string,
 * }
 *
 * @psalm-type PolicyDeskCommentAnchor = array{
 *     blockPath: list<int>,
 *     start: int,
 *     end: int,
 *     quote: string,
 * }
 *
 * @psalm-type PolicyDeskComment = array{
 *     id: int,
 *     parentId: ?int,
 *     authorId: string,
 *     authorDisplayName: string,
 *     message: string,
 *     versionHash: ?string,
 *     anchor: ?PolicyDeskCommentAnchor,
 *     resolved: bool,
 *     resolvedBy: ?string,
 *     resolvedAt: ?int,
 *     createdAt: int,
 * }
 *
 * @psalm-type PolicyDeskHistoryEntry = array{
 *     seq: int,
 *     actorId: string,
 *     actorDisplayName: string,
 *     action: PolicyDeskReviewAction,
 *     fromState: PolicyDeskState,
 *     toState: PolicyDeskState,
 *     versionHash: ?string,
 *     comment: ?string,
 *     createdAt: int,
 *     prevHash: string,
 *     entryHash: string,
 * }
 *
 * @psalm-type PolicyDeskHistoryVerification = array{
 *     valid: bool,
 *     length: int,
 *     firstBrokenIndex: ?int,
 *     problem: ?string,
 *     headHash: ?string,
 * }
 */
class ResponseDefinitions {
}
