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
  ],
);
