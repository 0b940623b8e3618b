import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';
import { staff } from './staff.js';

export const gdprRights = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
export type GdprRight = (typeof gdprRights)[number];
/** How the request arrived; it sets how much identity proof is proportionate. */
export const gdprChannels = ['web_form', 'email_primary', 'email_other', 'post'] as const;
export type GdprChannel = (typeof gdprChannels)[number];
export const gdprStatuses = ['received', 'awaiting_identity', 'in_progress', 'completed', 'refused'] as const;
export type GdprStatus = (typeof gdprStatuses)[number];
export const gdprFileKinds = ['access_report', 'portability_export', 'extension_letter', 'identity_letter', 'response_letter'] as const;
export type GdprFileKind = (typeof gdprFileKinds)[number];

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// A data-subject request (SPEC §4.5). Dates of the legal clock are calendar dates (YYYY-MM-DD);
// the due dates are computed from them (server/modules/gdpr/gdpr.deadlines.ts); `clock_due_on` keeps
// the applicable one for sorting.
export const gdprRequests = sqliteTable(
  'gdpr_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').references(() => customers.id), // null: not matched yet
    right: text('right', { enum: gdprRights }).notNull(),
    channel: text('channel', { enum: gdprChannels }).notNull(),
    receivedOn: text('received_on').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email'),
    requesterAddress: text('requester_address'),
    language: text('language').notNull(), // the requester's language: fr or en for notices
    details: text('details'), // what the requester asked, in their words (e.g. the fields to rectify)
    status: text('status', { enum: gdprStatuses }).notNull().default('received'),
    identityMethod: text('identity_method'),
    identityVerifiedAt: text('identity_verified_at'),
    pausedDays: integer('paused_days').notNull().default(0), // closed pauses, in calendar days
    pausedSince: text('paused_since'), // the open pause's first day, while waiting for proof
    extensionMonths: integer('extension_months').notNull().default(0),
    extensionReason: text('extension_reason'),
    extendedAt: text('extended_at'),
    // The due date that applies, counting closed pauses only (an open pause pushes it a day per day,
    // which the view computes live). Derived from the clock columns on every write, so the list can
    // sort by it; null only until the first start after the migration fills it.
    clockDueOn: text('clock_due_on'),
    outcome: text('outcome'), // completion note or refusal reason
    erasureResult: text('erasure_result'), // JSON: blockers seen at execution, counts, retention
    closedAt: text('closed_at'),
    ticketRef: text('ticket_ref').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('gdpr_requests_customer_idx').on(t.customerId, t.id),
    index('gdpr_requests_status_idx').on(t.status, t.receivedOn),
    index('gdpr_requests_received_idx').on(t.receivedOn, t.id),
    index('gdpr_requests_due_idx').on(t.clockDueOn, t.id),
  ],
);

// Files produced for a request (reports, exports, letters), stored under UPLOAD_DIR/gdpr/.
export const gdprRequestFiles = sqliteTable(
  'gdpr_request_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => gdprRequests.id),
    customerId: integer('customer_id').references(() => customers.id),
    kind: text('kind', { enum: gdprFileKinds }).notNull(),
    storagePath: text('storage_path').notNull(), // relative to UPLOAD_DIR
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('gdpr_request_files_request_idx').on(t.requestId, t.id)],
);

// What the law makes us keep after an erasure: the billed party of the invoices (Code de commerce
// L123-22, ten years), readable by compliance only, purged by the retention job after `purgeOn`.
export const retainedBillingIdentities = sqliteTable(
  'retained_billing_identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    requestId: integer('request_id').references(() => gdprRequests.id),
    billedParty: text('billed_party').notNull(), // JSON: name, organisation, address, nicHandle
    invoiceNumbers: text('invoice_numbers').notNull(), // JSON array
    retainedAt: text('retained_at').notNull(),
    purgeOn: text('purge_on').notNull(), // YYYY-MM-DD
  },
  (t) => [index('retained_billing_purge_idx').on(t.purgeOn), index('retained_billing_customer_idx').on(t.customerId)],
);
