import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';

// One data key per customer, stored only wrapped (encrypted) under the master key from configuration
// (server/modules/customer-keys). Erasure destroys the wrapped key: whatever was encrypted with it
// (identity documents, personal values in audit entries) becomes unreadable for good — crypto-shredding.
export const customerKeys = sqliteTable('customer_keys', {
  customerId: integer('customer_id')
    .primaryKey()
    .references(() => customers.id),
  wrappedKey: text('wrapped_key'), // base64(iv ‖ tag ‖ AES-256-GCM(data key)); NULL once destroyed
  createdAt: text('created_at').notNull(),
  destroyedAt: text('destroyed_at'),
});
