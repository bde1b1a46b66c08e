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
 *     body: array<string, mixed>,
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
 */
class ResponseDefinitions {
}
