import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Exact customer counts, kept by triggers on `customers` (migration customer_counts_triggers),
// so that the customer list can show totals and jump to deep pages without counting a million
// rows per request (docs/SEARCH.md). Never written by application code.

/** How many customers have each combination of the list's equality filters. */
export const customerCounts = sqliteTable(
  'customer_counts',
  {
    state: text('state').notNull(),
    country: text('country').notNull(),
    legalForm: text('legal_form').notNull(),
    hasBackupEmail: integer('has_backup_email', { mode: 'boolean' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.state, t.country, t.legalForm, t.hasBackupEmail] })],
);

/**
 * The same counts per bucket of 4,096 consecutive ids (bucket = id >> 12). A page at offset
 * 900,000 of the list sorted by id, under any of these filters, becomes "skip the buckets
 * before it, then a short OFFSET inside one bucket" (server/modules/customers/query/id-buckets.ts).
 */
export const customerIdBuckets = sqliteTable(
  'customer_id_buckets',
  {
    bucket: integer('bucket').notNull(),
    state: text('state').notNull(),
    country: text('country').notNull(),
    legalForm: text('legal_form').notNull(),
    hasBackupEmail: integer('has_backup_email', { mode: 'boolean' }).notNull(),
    n: integer('n').notNull(),
  },
  // Bucket first: per-bucket sums stream out in key order, whatever the filter.
  (t) => [primaryKey({ columns: [t.bucket, t.state, t.country, t.legalForm, t.hasBackupEmail] })],
);

/** Must match `id >> 12` in the triggers of the customer_counts_triggers migration. */
export const customerIdBucketBits = 12;
export const customerIdBucketSize = 2 ** customerIdBucketBits;
