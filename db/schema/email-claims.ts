import { index, integer, sqliteTable, text, blob } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';
import { staff } from './staff.js';

// SPEC §4.4: a customer's postal request to replace the e-mail address(es), with proof documents.
export const claimStates = ['received', 'in_review', 'awaiting_documents', 'approved', 'rejected', 'applied'] as const;
export type ClaimState = (typeof claimStates)[number];

/** What a reviewer may say when refusing a claim or a document (each explained in plain words in the letter). */
export const rejectionReasons = ['expired', 'illegible', 'name_mismatch', 'address_mismatch', 'too_old', 'other'] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

export const emailClaims = sqliteTable(
  'email_claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    state: text('state', { enum: claimStates }).notNull().default('received'),
    // Null while the handle written in the letter matches no account ("unmatched").
    customerId: integer('customer_id').references(() => customers.id),
    receivedOn: text('received_on').notNull(), // YYYY-MM-DD
    postmarkOn: text('postmark_on'), // YYYY-MM-DD
    // As written in the letter, kept even when they match nothing.
    claimedHandle: text('claimed_handle').notNull(),
    claimedCode: text('claimed_code'),
    newPrimaryEmail: text('new_primary_email').notNull(),
    newBackupEmail: text('new_backup_email'),
    senderName: text('sender_name').notNull(),
    senderAddress: text('sender_address').notNull(), // lines separated by \n
    ticketRef: text('ticket_ref').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => staff.id),
    assigneeId: integer('assignee_id').references(() => staff.id),
    reviewedBy: integer('reviewed_by').references(() => staff.id),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: text('decided_at'),
    rejectionReason: text('rejection_reason', { enum: rejectionReasons }),
    decisionNote: text('decision_note'),
    // Set when approved: the current addresses were told, the change waits until then.
    holdUntil: text('hold_until'),
    fraudNote: text('fraud_note'),
    appliedBy: integer('applied_by').references(() => staff.id),
    appliedAt: text('applied_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('email_claims_state_idx').on(t.state, t.id),
    index('email_claims_state_received_idx').on(t.state, t.receivedOn, t.id),
    index('email_claims_received_idx').on(t.receivedOn, t.id),
    index('email_claims_assignee_idx').on(t.assigneeId, t.id),
    index('email_claims_assignee_received_idx').on(t.assigneeId, t.receivedOn, t.id),
    index('email_claims_customer_idx').on(t.customerId, t.id),
    index('email_claims_customer_received_idx').on(t.customerId, t.receivedOn, t.id),
  ],
);

/** The proof documents a claim needs, by legal form (SPEC §4.4); see email-claims.rules.ts. */
export const documentKinds = ['holder_id', 'proof_of_address', 'signed_form', 'registration_extract', 'representative_id'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentStatuses = ['pending', 'accepted', 'rejected'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const claimDocuments = sqliteTable(
  'claim_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => emailClaims.id),
    kind: text('kind', { enum: documentKinds }).notNull(),
    originalName: text('original_name').notNull(), // cleaned: display only, never a path
    mimeType: text('mime_type').notNull(), // decided from the bytes
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(), // of the bytes as received, kept after the purge
    storageKey: text('storage_key').notNull(), // random name in the document storage
    encrypted: integer('encrypted', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: documentStatuses }).notNull().default('pending'),
    rejectionReason: text('rejection_reason', { enum: rejectionReasons }),
    rejectionNote: text('rejection_note'),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => staff.id),
    uploadedAt: text('uploaded_at').notNull(),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: text('decided_at'),
    purgedAt: text('purged_at'),
  },
  (t) => [index('claim_documents_claim_idx').on(t.claimId, t.id), index('claim_documents_storage_idx').on(t.storageKey)],
);

export const letterKinds = ['claim_approved', 'claim_rejected'] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterStatuses = ['pending', 'rendered', 'failed'] as const;
export type LetterStatus = (typeof letterStatuses)[number];

// A letter is recorded with its decision (status pending) and rendered after the commit; a failed
// rendering stays visible and is retried, so a decision never loses its letter.
export const claimLetters = sqliteTable(
  'claim_letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => emailClaims.id),
    customerId: integer('customer_id').references(() => customers.id),
    kind: text('kind', { enum: letterKinds }).notNull(),
    locale: text('locale').notNull(),
    props: text('props').notNull(), // what the template needs, fixed at the decision
    status: text('status', { enum: letterStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    pdf: blob('pdf', { mode: 'buffer' }),
    createdAt: text('created_at').notNull(),
    renderedAt: text('rendered_at'),
  },
  (t) => [
    index('claim_letters_claim_idx').on(t.claimId, t.id),
    index('claim_letters_customer_idx').on(t.customerId, t.id),
    index('claim_letters_status_idx').on(t.status, t.id),
  ],
);
