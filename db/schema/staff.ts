import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const staffRoles = ['agent', 'lead', 'compliance', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(), // stored lower-case
  displayName: text('display_name').notNull(),
  role: text('role', { enum: staffRoles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  // The confirmed TOTP secret, AES-256-GCM under TOTP_ENCRYPTION_KEY (server/modules/two-factor): never plaintext.
  totpSecret: text('totp_secret'),
  // A secret shown to the person but not yet confirmed with a code (same encryption).
  totpPendingSecret: text('totp_pending_secret'),
  // The last 30-second time step whose code was accepted: a code works once, and never an older one.
  totpLastStep: integer('totp_last_step'),
  totpEnrolledAt: text('totp_enrolled_at'),
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
    // Where the session was opened, so the person can recognise their own sessions (and spot one
    // that is not theirs): the browser's User-Agent (shortened) and the client address (issue 8).
    userAgent: text('user_agent'),
    clientAddress: text('client_address'),
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

// One-time links by which a person sets their own password: an invitation for a new account, a reset
// for an existing one. Only the SHA-256 of the random token is stored; a link works once, until it expires.
export const staffTokenPurposes = ['invitation', 'password-reset'] as const;
export type StaffTokenPurpose = (typeof staffTokenPurposes)[number];
export const staffTokens = sqliteTable(
  'staff_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    purpose: text('purpose', { enum: staffTokenPurposes }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('staff_tokens_staff_idx').on(t.staffId)],
);

// Separation of duties (SPEC §4.8): what an admin asks for an account that reads customer data waits
// here for a lead or compliance officer. At most one pending request of each kind per account.
export const staffApprovalKinds = ['role-grant', 'password-reset', 'two-factor-reset'] as const;
export type StaffApprovalKind = (typeof staffApprovalKinds)[number];
export const staffApprovalStatuses = ['pending', 'approved', 'rejected'] as const;
export type StaffApprovalStatus = (typeof staffApprovalStatuses)[number];
export const staffApprovals = sqliteTable(
  'staff_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    kind: text('kind', { enum: staffApprovalKinds }).notNull(),
    /** The role a grant gives; null for resets. */
    role: text('role', { enum: staffRoles }),
    status: text('status', { enum: staffApprovalStatuses }).notNull().default('pending'),
    requestedBy: integer('requested_by').references(() => staff.id),
    requestedAt: text('requested_at').notNull(),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: text('decided_at'),
  },
  (t) => [
    uniqueIndex('staff_approvals_one_pending')
      .on(t.staffId, t.kind)
      .where(sql`status = 'pending'`),
    index('staff_approvals_status_idx').on(t.status, t.id),
  ],
);

// Recovery codes for a lost authenticator: shown once at enrolment, stored as Argon2id hashes, each used once.
export const staffRecoveryCodes = sqliteTable(
  'staff_recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    codeHash: text('code_hash').notNull(),
    createdAt: text('created_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('staff_recovery_codes_staff_idx').on(t.staffId)],
);
