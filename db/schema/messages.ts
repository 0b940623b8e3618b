import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';

export const messageStatuses = ['queued', 'sent', 'failed'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

// The outbox: every customer e-mail is stored here first (in the transaction of the action
// that caused it) and delivered afterwards, so a crash never loses a message.
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').references(() => customers.id),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status', { enum: messageStatuses }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: text('next_attempt_at'),
    causeAction: text('cause_action').notNull(),
    auditId: integer('audit_id'),
    transport: text('transport'), // 'smtp' or 'outbox' once delivered
    providerMessageId: text('provider_message_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('messages_customer_idx').on(t.customerId, t.id), index('messages_status_idx').on(t.status, t.nextAttemptAt)],
);
