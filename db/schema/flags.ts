import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { loginEvents } from './activity.js';
import { customers } from './customers.js';
import { staff } from './staff.js';

// Suspicious-activity cases on an account (SPEC §4.6).

/** Automatic rules, plus `manual` for a flag an agent raises from a call. */
export const flagRules = ['new_country_device', 'failed_login_burst', 'impossible_travel', 'email_change_after_unknown_login', 'manual'] as const;
export type FlagRule = (typeof flagRules)[number];
export const flagSeverities = ['low', 'medium', 'high'] as const;
export type FlagSeverity = (typeof flagSeverities)[number];
/** Stored next to the severity so that the queue order (most severe first) is an index order. */
export const severityRank: Record<FlagSeverity, number> = { low: 1, medium: 2, high: 3 };
/** What the caller reported when an agent raises a flag by hand. */
export const manualFlagKinds = ['unrecognised_login_notification', 'unrecognised_change', 'suspicious_contact', 'other'] as const;
export type ManualFlagKind = (typeof manualFlagKinds)[number];
/** The figures a rule's summary is made of: countries, counts, distances (never personal data). */
export type FlagSummaryParams = Record<string, string | number>;
export const flagStatuses = ['open', 'investigating', 'resolved'] as const;
export type FlagStatus = (typeof flagStatuses)[number];
export const flagResolutions = ['confirmed_fraud', 'false_positive', 'customer_secured'] as const;
export type FlagResolution = (typeof flagResolutions)[number];

export const flags = sqliteTable(
  'flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    rule: text('rule', { enum: flagRules }).notNull(),
    severity: text('severity', { enum: flagSeverities }).notNull(),
    kind: text('kind', { enum: manualFlagKinds }),
    severityRank: integer('severity_rank').notNull(),
    status: text('status', { enum: flagStatuses }).notNull().default('open'),
    /** 1 while open or investigating: the queue and the lock read only these. */
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    resolution: text('resolution', { enum: flagResolutions }),
    assigneeId: integer('assignee_id').references(() => staff.id),
    /** What the rule saw, in words without personal data (countries, counts, speeds). */
    summary: text('summary').notNull(),
    /** A rule's figures behind the summary (JSON), so the console words it in the reader's language. */
    summaryParams: text('summary_params', { mode: 'json' }).$type<FlagSummaryParams>(),
    ticketRef: text('ticket_ref'),
    /** The staff member who raised it by hand; null when a rule raised it. */
    raisedBy: integer('raised_by').references(() => staff.id),
    raisedAt: text('raised_at').notNull(),
    /** Event time of the newest evidence: rules reason in event time, not wall-clock time. */
    lastEvidenceAt: text('last_evidence_at'),
    updatedAt: text('updated_at').notNull(),
    resolvedAt: text('resolved_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('flags_queue_idx').on(t.isActive, sql`severity_rank DESC`, t.raisedAt, t.id),
    index('flags_customer_idx').on(t.customerId, t.isActive, t.severityRank),
    index('flags_status_idx').on(t.status, sql`severity_rank DESC`, t.raisedAt, t.id),
    index('flags_assignee_idx').on(t.assigneeId, t.isActive),
    index('flags_severity_idx').on(sql`severity_rank DESC`, t.raisedAt, t.id),
    index('flags_raised_idx').on(t.raisedAt, t.id),
    // "Flags I raised" (the agent's dashboard tile and its list): a person's own hand-raised flags.
    index('flags_raised_by_idx').on(t.raisedBy, t.isActive, t.raisedAt, t.id),
  ],
);

/** A login event is evidence for at most one flag per rule: the same evidence never raises a second flag. */
export const flagEvidence = sqliteTable(
  'flag_evidence',
  {
    flagId: integer('flag_id')
      .notNull()
      .references(() => flags.id),
    loginEventId: integer('login_event_id')
      .notNull()
      .references(() => loginEvents.id),
    rule: text('rule', { enum: flagRules }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.rule, t.loginEventId] }),
    index('flag_evidence_flag_idx').on(t.flagId),
    // Deleting login events (erasure) checks this foreign key once per event: by index, not by scan.
    index('flag_evidence_login_event_idx').on(t.loginEventId),
  ],
);

export const flagNotes = sqliteTable(
  'flag_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    flagId: integer('flag_id')
      .notNull()
      .references(() => flags.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    at: text('at').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('flag_notes_flag_idx').on(t.flagId, t.id)],
);

/**
 * Per account, the few past login events the detection rules can still need once every event up to
 * `newest_at` has been evaluated (server/modules/flags/detection/state.ts): ingestion reads this one
 * row instead of the account's history. Derived data: rebuilt from login_events when missing or when
 * the thresholds it was kept for (`basis`) change; deleted with the account's events at erasure.
 */
export const loginDetectionState = sqliteTable('login_detection_state', {
  customerId: integer('customer_id')
    .primaryKey()
    .references(() => customers.id),
  basis: text('basis').notNull(),
  /** Event time of the newest event evaluated, epoch milliseconds. */
  newestAt: integer('newest_at').notNull(),
  /** The references in their compact binary form (`encodeReferences`): 15 bytes each, 31 for the located one. */
  referenceEvents: blob('reference_events', { mode: 'buffer' }).notNull(),
});
