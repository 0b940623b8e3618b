import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const staffRoles = ['agent', 'lead', 'compliance', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(), // stored lower-case
  displayName: text('display_name').notNull(),
  role: text('role', { enum: staffRoles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  version: integer('version').notNull().default(1),
});

// The cookie carries a random token; only its keyed hash is stored, so a copy of the
// database cannot be replayed as a live session.
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
    // When the person last confirmed their password (or code) in this session: the most dangerous
    // actions need it to be recent (routes marked `reauth`).
    reauthenticatedAt: text('reauthenticated_at'),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

// Failed sign-ins per (account, client address): after LOGIN_MAX_FAILURES from one address, that
// address waits longer and longer before its next try on that account counts, while the owner signing
// in from elsewhere is not held up (docs/DECISIONS.md, ASVS 5.0 §6.3). `address` is the client
// address as the per-address limit keys it (an IPv6 client by its /56).
export const loginThrottles = sqliteTable(
  'login_throttles',
  {
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    address: text('address').notNull(),
    failures: integer('failures').notNull(),
    blockedUntil: text('blocked_until'),
    lastFailureAt: text('last_failure_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.address] })],
);
