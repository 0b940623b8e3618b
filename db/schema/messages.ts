import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';

export const messageStatuses = ['queued', 'sent', 'failed'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

// The outbox: every customer e-mail is stored here first (in the transaction of the action
// that caused it) and rendered and delivered afterwards, so a crash never loses a message.
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').references(() => customers.id),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    // What the template needs, stored with the change; the e-mail is rendered after the commit
    // (never inside the write transaction) and the rendered text kept as what was sent.
    props: text('props').notNull().default('{}'),
    subject: text('subject'),
    textBody: text('text_body'),
    htmlBody: text('html_body'),
    status: text('status', { enum: messageStatuses }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: text('next_attempt_at'),
    causeAction: text('cause_action').notNull(),
    auditId: integer('audit_id'),
    transport: text('transport').$type<'smtp' | 'outbox'>(), // once delivered
    providerMessageId: text('provider_message_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('messages_customer_idx').on(t.customerId, t.id), index('messages_status_idx').on(t.status, t.nextAttemptAt)],
);
