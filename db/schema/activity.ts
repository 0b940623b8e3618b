import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';
import { staff } from './staff.js';

export const loginResults = ['success', 'failure'] as const;

export const loginEvents = sqliteTable(
  'login_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    occurredAt: text('occurred_at').notNull(),
    ip: text('ip').notNull(),
    country: text('country').notNull(),
    device: text('device').notNull(),
    result: text('result', { enum: loginResults }).notNull(),
    isNewDevice: integer('is_new_device', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('login_events_customer_idx').on(t.customerId, t.occurredAt)],
);

export const emailSlots = ['primary', 'backup'] as const;
export const emailChangeCauses = ['signup', 'customer', 'promotion', 'claim', 'erasure'] as const;

export const emailHistory = sqliteTable(
  'email_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    changedAt: text('changed_at').notNull(),
    slot: text('slot', { enum: emailSlots }).notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    cause: text('cause', { enum: emailChangeCauses }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
  },
  (t) => [index('email_history_customer_idx').on(t.customerId, t.id)],
);
