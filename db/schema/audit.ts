import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Append-only: triggers in the migration refuse UPDATE and DELETE. Each row carries the hash
// of the previous one (server/modules/audit/audit-chain.ts). Personal values (e-mails, names,
// addresses) live in `personal`, apart from the rest, so that they can be encrypted per
// customer and crypto-shredded on erasure while the chain still verifies.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    customerId: integer('customer_id'),
    ticketRef: text('ticket_ref'),
    reason: text('reason'),
    details: text('details').notNull(), // JSON, no personal data
    personal: text('personal'), // JSON of personal before/after values, or null
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_customer_idx').on(t.customerId, t.id),
    index('audit_actor_idx').on(t.actorId, t.id),
    index('audit_action_idx').on(t.action, t.id),
    index('audit_ticket_idx').on(t.ticketRef, t.id),
    index('audit_at_idx').on(t.at),
    index('audit_target_idx').on(t.targetType, t.targetId, t.id),
    // A target type alone, newest first, walks this one (the one above would sort every entry of the type).
    index('audit_target_type_idx').on(t.targetType, t.id),
    // The role filter of the audit page pages newest-first within a role (docs/AUDIT.md).
    index('audit_role_idx').on(t.actorRole, t.id),
  ],
);

// Signed statements "the log held `entryCount` entries and its head hash was `headHash`", written
// periodically and on demand (server/modules/audit/checkpoints.service.ts). Append-only like the log.
export const auditCheckpoints = sqliteTable('audit_checkpoints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdAt: text('created_at').notNull(),
  entryCount: integer('entry_count').notNull(),
  headHash: text('head_hash').notNull(),
  // Which Ed25519 key signed it: the first 16 hex digits of the SHA-256 of its public key (DER).
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(), // base64
});

// The leads' review queue (SPEC §4.7): audit entries picked by the sampling rules when they were
// appended, in the same transaction. An outcome is recorded once, through an audited change.
export const auditReviews = sqliteTable(
  'audit_reviews',
  {
    auditId: integer('audit_id')
      .primaryKey()
      .references(() => auditLog.id),
    actorId: integer('actor_id').notNull(),
    customerId: integer('customer_id'),
    action: text('action').notNull(),
    at: text('at').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    outcome: text('outcome', { enum: ['fine', 'follow_up'] }),
    note: text('note'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: text('reviewed_at'),
  },
  (t) => [index('audit_reviews_pending_idx').on(t.outcome, t.auditId)],
);
