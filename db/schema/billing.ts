import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';

export const invoiceStatuses = ['paid', 'unpaid'] as const;
export const orderStatuses = ['pending', 'paid', 'cancelled'] as const;

export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    number: text('number').notNull().unique(),
    issuedAt: text('issued_at').notNull(),
    dueAt: text('due_at').notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull().default('EUR'),
    status: text('status', { enum: invoiceStatuses }).notNull(),
    paidAt: text('paid_at'),
  },
  (t) => [index('invoices_customer_idx').on(t.customerId, t.id), index('invoices_status_customer_idx').on(t.status, t.customerId)],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    number: text('number').notNull().unique(),
    description: text('description').notNull(),
    createdAt: text('created_at').notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull().default('EUR'),
    status: text('status', { enum: orderStatuses }).notNull(),
  },
  (t) => [index('orders_customer_idx').on(t.customerId, t.id)],
);
