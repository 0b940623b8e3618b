import type { Database_ } from '../../../db/client.js';
import type { ClaimState, DocumentKind, DocumentStatus, LetterKind, LetterStatus, RejectionReason } from '../../../db/schema/email-claims.js';
import type { LegalForm } from '../../../db/schema/customers.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import { filterMap, sortMap, type ListQueryOf } from '../../http/list-query.js';
import { cappedCountLimit, cappedTotal, totalFromPage } from '../../http/list-total.js';
import type { CustomerEmails } from '../customers/email-replacement.js';
import { readyForApprovalParams, readyForApprovalSql } from './email-claims.ready.js';
import { claimListContract, type ClaimListFilter } from './email-claims.schemas.js';

export interface ClaimRow {
  id: number;
  state: ClaimState;
  customerId: number | null;
  receivedOn: string;
  postmarkOn: string | null;
  claimedHandle: string;
  claimedCode: string | null;
  newPrimaryEmail: string;
  newBackupEmail: string | null;
  senderName: string;
  senderAddress: string;
  ticketRef: string;
  recordedBy: number;
  assigneeId: number | null;
  reviewedBy: number | null;
  decidedBy: number | null;
  decidedAt: string | null;
  rejectionReason: RejectionReason | null;
  decisionNote: string | null;
  holdUntil: string | null;
  fraudNote: string | null;
  appliedBy: number | null;
  appliedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface DocumentRow {
  id: number;
  claimId: number;
  kind: DocumentKind;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  encrypted: boolean;
  status: DocumentStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  uploadedBy: number;
  uploadedAt: string;
  decidedBy: number | null;
  decidedAt: string | null;
  purgedAt: string | null;
}

export interface LetterRow {
  id: number;
  claimId: number;
  customerId: number | null;
  kind: LetterKind;
  locale: string;
  status: LetterStatus;
  attempts: number;
  lastError: string | null;
  sizeBytes: number | null;
  createdAt: string;
  renderedAt: string | null;
}

export interface ClaimAccount extends CustomerEmails {
  legalForm: LegalForm;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
}

const claimColumns = `t.id, t.state, t.customer_id AS customerId, t.received_on AS receivedOn, t.postmark_on AS postmarkOn,
  t.claimed_handle AS claimedHandle, t.claimed_code AS claimedCode, t.new_primary_email AS newPrimaryEmail,
  t.new_backup_email AS newBackupEmail, t.sender_name AS senderName, t.sender_address AS senderAddress, t.ticket_ref AS ticketRef,
  t.recorded_by AS recordedBy, t.assignee_id AS assigneeId, t.reviewed_by AS reviewedBy, t.decided_by AS decidedBy,
  t.decided_at AS decidedAt, t.rejection_reason AS rejectionReason, t.decision_note AS decisionNote, t.hold_until AS holdUntil,
  t.fraud_note AS fraudNote, t.applied_by AS appliedBy, t.applied_at AS appliedAt, t.created_at AS createdAt,
  t.updated_at AS updatedAt, t.version`;

const documentColumns = `id, claim_id AS claimId, kind, original_name AS originalName, mime_type AS mimeType, size_bytes AS sizeBytes,
  sha256, storage_key AS storageKey, encrypted, status, rejection_reason AS rejectionReason, rejection_note AS rejectionNote,
  uploaded_by AS uploadedBy, uploaded_at AS uploadedAt, decided_by AS decidedBy, decided_at AS decidedAt, purged_at AS purgedAt`;

const letterColumns = `id, claim_id AS claimId, customer_id AS customerId, kind, locale, status, attempts, last_error AS lastError,
  length(pdf) AS sizeBytes, created_at AS createdAt, rendered_at AS renderedAt`;

const toDocument = (row: DocumentRow | undefined) => (row ? { ...row, encrypted: Boolean(row.encrypted) } : undefined);
const undecidedStates = `('received','in_review','awaiting_documents')`;

type Condition = { sql: string; params?: Record<string, unknown> };
const conditionsOf = filterMap(claimListContract, {
  state: (state): Condition => ({ sql: 't.state = @state', params: { state } }),
  undecided: (undecided): Condition => ({ sql: `t.state ${undecided ? 'IN' : 'NOT IN'} ${undecidedStates}` }),
  assigneeId: (assigneeId): Condition => ({ sql: 't.assignee_id = @assigneeId', params: { assigneeId } }),
  readyForApprovalBy: (staffId): Condition => ({ sql: `(${readyForApprovalSql})`, params: readyForApprovalParams(staffId) }),
  customerId: (customerId): Condition => ({ sql: 't.customer_id = @customerId', params: { customerId } }),
  unmatched: (unmatched): Condition => ({ sql: `t.customer_id IS ${unmatched ? 'NULL' : 'NOT NULL'}` }),
  // received_on is a day: the bounds are instants (http/list-query.ts), compared by their UTC day.
  receivedBefore: (until): Condition => ({ sql: 't.received_on <= @receivedBefore', params: { receivedBefore: until.slice(0, 10) } }),
  receivedAfter: (since): Condition => ({ sql: 't.received_on >= @receivedAfter', params: { receivedAfter: since.slice(0, 10) } }),
});
const orders = sortMap(claimListContract, {
  id: (direction: 'ASC' | 'DESC') => `t.id ${direction}`,
  receivedOn: (direction: 'ASC' | 'DESC') => `t.received_on ${direction}, t.id ${direction}`,
});

export function createEmailClaimsRepository({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite);
  const byId = sqlite.prepare<[number], ClaimRow>(`SELECT ${claimColumns} FROM email_claims t WHERE t.id = ?`);
  const insert = sqlite.prepare(
    `INSERT INTO email_claims (state, customer_id, received_on, postmark_on, claimed_handle, claimed_code, new_primary_email,
       new_backup_email, sender_name, sender_address, ticket_ref, recorded_by, assignee_id, created_at, updated_at)
     VALUES ('received', @customerId, @receivedOn, @postmarkOn, @claimedHandle, @claimedCode, @newPrimaryEmail, @newBackupEmail,
       @senderName, @senderAddress, @ticketRef, @recordedBy, @recordedBy, @now, @now)`,
  );
  const account = sqlite.prepare<[number], ClaimAccount>(
    `SELECT id, nic_handle AS nicHandle, state, legal_form AS legalForm, first_name AS firstName, last_name AS lastName, organisation,
       language, primary_email AS primaryEmail, backup_email AS backupEmail, version, address_line1 AS addressLine1,
       address_line2 AS addressLine2, postal_code AS postalCode, city, country FROM customers WHERE id = ?`,
  );
  const byHandle = sqlite.prepare<[string], { id: number }>('SELECT id FROM customers WHERE nic_handle = ?');
  const byCode = sqlite.prepare<[string], { id: number }>('SELECT id FROM customers WHERE customer_code = ?');
  const documents = sqlite.prepare<[number], DocumentRow>(`SELECT ${documentColumns} FROM claim_documents WHERE claim_id = ? ORDER BY id`);
  const documentById = sqlite.prepare<[number], DocumentRow>(`SELECT ${documentColumns} FROM claim_documents WHERE id = ?`);
  const documentCount = sqlite.prepare<[number], { n: number }>('SELECT count(*) AS n FROM claim_documents WHERE claim_id = ?');
  const letters = sqlite.prepare<[number], LetterRow>(`SELECT ${letterColumns} FROM claim_letters WHERE claim_id = ? ORDER BY id`);
  const letterById = sqlite.prepare<[number], LetterRow>(`SELECT ${letterColumns} FROM claim_letters WHERE id = ?`);

  const decide = sqlite.prepare(
    `UPDATE claim_documents SET status = @status, rejection_reason = @reason, rejection_note = @note, decided_by = @staffId, decided_at = @now WHERE id = @id`,
  );
  const insertDocument = sqlite.prepare(
    `INSERT INTO claim_documents (claim_id, kind, original_name, mime_type, size_bytes, sha256, storage_key, encrypted, uploaded_by, uploaded_at)
     VALUES (@claimId, @kind, @originalName, @mimeType, @sizeBytes, @sha256, @storageKey, @encrypted, @uploadedBy, @now)`,
  );
  const purgeDue = sqlite.prepare<[string], { id: number; storageKey: string }>(
    `SELECT d.id, d.storage_key AS storageKey FROM claim_documents d JOIN email_claims c ON c.id = d.claim_id
     WHERE d.purged_at IS NULL AND c.state IN ('rejected', 'applied') AND coalesce(c.applied_at, c.decided_at) <= ?`,
  );
  const resetLetter = sqlite.prepare<[number]>(`UPDATE claim_letters SET status = 'pending' WHERE id = ? AND status <> 'rendered'`);
  const markPurged = sqlite.prepare<{ id: number; now: string }>('UPDATE claim_documents SET purged_at = @now WHERE id = @id AND purged_at IS NULL');
  const liveKeys = sqlite.prepare<[], { storageKey: string }>('SELECT storage_key AS storageKey FROM claim_documents WHERE purged_at IS NULL');

  /** Writes the given columns and bumps the version, only at the version the actor saw. */
  function update(id: number, version: number, now: string, changes: Partial<Record<keyof ClaimRow, string | number | null>>): boolean {
    const names = Object.keys(changes).sort();
    const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    // Column names come from the typed keys above, never from input.
    const sql = `UPDATE email_claims SET ${names.map((n) => `${snake(n)} = @${n}`).join(', ')}${names.length ? ', ' : ''}
      version = version + 1, updated_at = @now WHERE id = @id AND version = @version`;
    return prepared(sql).run({ ...changes, id, version, now }).changes === 1;
  }

  function where(filter: ClaimListFilter & { id?: number[] }) {
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.id) {
      parts.push('t.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(filter.id);
    }
    for (const condition of conditionsOf(filter)) {
      parts.push(condition.sql);
      Object.assign(params, condition.params);
    }
    return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
  }

  return {
    findById: (id: number) => byId.get(id),
    insert: (row: Record<string, unknown>) => Number(insert.run(row).lastInsertRowid),
    update,
    account: (customerId: number) => account.get(customerId),
    findCustomerByHandle: (handle: string) => byHandle.get(handle)?.id,
    findCustomerByCode: (code: string) => byCode.get(code)?.id,
    documents: (claimId: number) => documents.all(claimId).map((row) => toDocument(row) as DocumentRow),
    documentById: (id: number) => toDocument(documentById.get(id)),
    decideDocument: (row: { id: number; status: string; reason: string | null; note: string | null; staffId: number; now: string }) => decide.run(row),
    insertDocument: (row: {
      claimId: number;
      kind: string;
      originalName: string;
      mimeType: string;
      sizeBytes: number;
      sha256: string;
      storageKey: string;
      encrypted: number;
      uploadedBy: number;
      now: string;
    }) => Number(insertDocument.run(row).lastInsertRowid),
    /** Documents of claims decided on or before `cutoff` whose files are still there. */
    documentsToPurge: (cutoff: string) => purgeDue.all(cutoff),
    resetLetter: (id: number) => resetLetter.run(id),
    markPurged: (id: number, now: string) => markPurged.run({ id, now }).changes === 1,
    liveStorageKeys: () => new Set(liveKeys.all().map((r) => r.storageKey)),
    documentCount: (claimId: number) => documentCount.get(claimId)?.n ?? 0,
    letters: (claimId: number) => letters.all(claimId),
    letterById: (id: number) => letterById.get(id),
    list(query: ListQueryOf<typeof claimListContract>) {
      const condition = where(query.filter);
      const direction = query.sort.order === 'asc' ? 'ASC' : 'DESC';
      const order = orders[query.sort.field](direction);
      const sql = `SELECT ${claimColumns} FROM email_claims t${condition.sql} ORDER BY ${order} LIMIT ${query.limit} OFFSET @offset`;
      const rows = prepared<ClaimRow>(sql).all({ ...condition.params, offset: query.offset });
      const fromPage = totalFromPage(query.offset, query.limit, rows.length);
      if (fromPage !== null) return { rows, total: fromPage };
      const cap = cappedCountLimit(query.offset, query.limit);
      const total =
        prepared<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM email_claims t${condition.sql} LIMIT ${cap})`).get(condition.params)?.n ?? 0;
      return { rows, ...cappedTotal(total, cap) };
    },
  };
}

export type EmailClaimsRepository = ReturnType<typeof createEmailClaimsRepository>;
