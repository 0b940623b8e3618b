import type { Database_ } from '../../../db/client.js';
import type { LoginResult } from '../../../db/schema/activity.js';
import type { FlagResolution, FlagRule, FlagSeverity, FlagStatus, FlagSummaryParams, ManualFlagKind } from '../../../db/schema/flags.js';

export interface FlagRow {
  id: number;
  customerId: number;
  nicHandle: string;
  rule: FlagRule;
  severity: FlagSeverity;
  kind: ManualFlagKind | null;
  status: FlagStatus;
  resolution: FlagResolution | null;
  assigneeId: number | null;
  assigneeName: string | null;
  summary: string;
  /** A rule's figures behind the summary; null for a flag raised by hand (its summary is the agent's note). */
  summaryParams: FlagSummaryParams | null;
  ticketRef: string | null;
  raisedBy: number | null;
  raisedByName: string | null;
  raisedAt: string;
  lastEvidenceAt: string | null;
  updatedAt: string;
  resolvedAt: string | null;
  version: number;
}

export interface StoredLoginEvent {
  id: number;
  occurredAt: string;
  ip: string;
  country: string;
  result: LoginResult;
  isNewDevice: number;
  latitude: number | null;
  longitude: number | null;
}

/** A login event as the rules read it: id, epoch ms, country, result code (0 success, 1 wrong password, 2 second factor failed), new device (0/1), latitude, longitude, IP when not located. */
export type RuleEventRow = [number, number, string, 0 | 1 | 2, number, number | null, number | null, string | null];

export const flagColumns = `f.id, f.customer_id AS customerId, c.nic_handle AS nicHandle, f.rule, f.severity, f.kind, f.status, f.resolution,
  f.assignee_id AS assigneeId, a.display_name AS assigneeName, f.summary, f.summary_params AS summaryParams, f.ticket_ref AS ticketRef, f.raised_by AS raisedBy,
  r.display_name AS raisedByName, f.raised_at AS raisedAt, f.last_evidence_at AS lastEvidenceAt, f.updated_at AS updatedAt,
  f.resolved_at AS resolvedAt, f.version`;
/** SQLite hands the JSON column back as text: parse it once, here. */
export function readFlagRow(row: Omit<FlagRow, 'summaryParams'> & { summaryParams: string | null }): FlagRow {
  return { ...row, summaryParams: row.summaryParams === null ? null : (JSON.parse(row.summaryParams) as FlagSummaryParams) };
}
const paramsText = (params: FlagSummaryParams | null) => (params === null ? null : JSON.stringify(params));

export const flagJoins = `JOIN customers c ON c.id = f.customer_id LEFT JOIN staff a ON a.id = f.assignee_id LEFT JOIN staff r ON r.id = f.raised_by`;

/** Every statement prepared once: ingestion runs these for each account of every batch. */
export function createFlagsRepository({ sqlite }: Database_) {
  const byId = sqlite.prepare<[number], Parameters<typeof readFlagRow>[0]>(`SELECT ${flagColumns} FROM flags f ${flagJoins} WHERE f.id = ?`);
  const activeOfRule = sqlite.prepare<[number, string], { id: number; severityRank: number }>(
    `SELECT id, severity_rank AS severityRank FROM flags WHERE customer_id = ? AND is_active = 1 AND rule = ? ORDER BY id DESC LIMIT 1`,
  );
  const activeHigh = sqlite.prepare<[number], { id: number; rule: FlagRule }>(
    `SELECT id, rule FROM flags WHERE customer_id = ? AND is_active = 1 AND severity_rank = 3 ORDER BY id LIMIT 1`,
  );
  const insert = sqlite.prepare<{
    customerId: number;
    rule: FlagRule;
    severity: FlagSeverity;
    severityRank: number;
    kind: ManualFlagKind | null;
    summary: string;
    summaryParams: string | null;
    ticketRef: string | null;
    raisedBy: number | null;
    now: string;
    lastEvidenceAt: string | null;
  }>(
    `INSERT INTO flags (customer_id, rule, severity, severity_rank, kind, status, is_active, summary, summary_params, ticket_ref, raised_by, raised_at, last_evidence_at, updated_at)
     VALUES (@customerId, @rule, @severity, @severityRank, @kind, 'open', 1, @summary, @summaryParams, @ticketRef, @raisedBy, @now, @lastEvidenceAt, @now)`,
  );
  // New evidence joins: the flag keeps its highest severity and its newest evidence time. The severity
  // is written only when it rises: an UPDATE naming a column rewrites the entry of every index holding
  // it, changed or not, and severity_rank is in four of them (a join is the common case at ingestion).
  const joinFields = `summary = @summary, summary_params = @summaryParams,
       last_evidence_at = max(coalesce(last_evidence_at, ''), @lastEvidenceAt), updated_at = @now, version = version + 1`;
  type JoinRow = { id: number; summary: string; summaryParams: string; lastEvidenceAt: string; now: string };
  const join = sqlite.prepare<JoinRow>(`UPDATE flags SET ${joinFields} WHERE id = @id`);
  const joinRaising = sqlite.prepare<JoinRow & { severity: FlagSeverity; severityRank: number }>(
    `UPDATE flags SET severity = @severity, severity_rank = @severityRank, ${joinFields} WHERE id = @id`,
  );
  // One look-up per detection instead of one per evidence event (ingestion checks thousands a batch).
  const linkedAmong = sqlite
    .prepare<[string, string], number>(`SELECT login_event_id FROM flag_evidence WHERE rule = ? AND login_event_id IN (SELECT value FROM json_each(?))`)
    .pluck();
  const link = sqlite.prepare<[number, number, string]>(`INSERT OR IGNORE INTO flag_evidence (flag_id, login_event_id, rule) VALUES (?, ?, ?)`);
  const evidence = sqlite.prepare<[number], StoredLoginEvent & { deviceId: string | null; device: string; locationSource: string | null }>(
    `SELECT e.id, e.occurred_at AS occurredAt, e.ip, e.country, e.result, e.is_new_device AS isNewDevice, e.latitude, e.longitude,
            e.device_id AS deviceId, e.device, e.location_source AS locationSource
     FROM flag_evidence x JOIN login_events e ON e.id = x.login_event_id WHERE x.flag_id = ? ORDER BY e.occurred_at, e.id`,
  );
  // What the rules read of an account's history, for every account of every batch: positional rows
  // (no object per row), the time already in epoch ms, the result as a code, and the IP only where the
  // row has no coordinates (the detector locates those), so that few strings are made per row.
  const ruleEventsBetween = sqlite
    .prepare<[number, string, string], RuleEventRow>(
      `SELECT id, CAST(round(unixepoch(occurred_at, 'subsec') * 1000) AS INTEGER), country,
              CASE result WHEN 'success' THEN 0 WHEN 'wrong_password' THEN 1 ELSE 2 END, is_new_device, latitude, longitude,
              CASE WHEN latitude IS NULL OR longitude IS NULL THEN ip END
       FROM login_events WHERE customer_id = ? AND occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at, id LIMIT 5000`,
    )
    .raw();
  const newestEventAt = sqlite.prepare<[number], string>(`SELECT max(occurred_at) FROM login_events WHERE customer_id = ?`).pluck();
  const update = sqlite.prepare<{
    id: number;
    version: number;
    status: FlagStatus;
    severity: FlagSeverity;
    severityRank: number;
    assigneeId: number | null;
    resolution: FlagResolution | null;
    resolvedAt: string | null;
    now: string;
  }>(
    `UPDATE flags SET status = @status, is_active = (@status <> 'resolved'), severity = @severity, severity_rank = @severityRank,
       assignee_id = @assigneeId, resolution = @resolution, resolved_at = @resolvedAt, updated_at = @now, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const insertNote = sqlite.prepare<[number, number, string, string]>(`INSERT INTO flag_notes (flag_id, staff_id, at, text) VALUES (?, ?, ?, ?)`);
  const notes = sqlite.prepare<[number], { id: number; staffId: number; staffName: string; at: string; text: string }>(
    `SELECT n.id, n.staff_id AS staffId, s.display_name AS staffName, n.at, n.text FROM flag_notes n JOIN staff s ON s.id = n.staff_id
     WHERE n.flag_id = ? ORDER BY n.id`,
  );
  // Who may work a flag: active agents and leads (the roles that act on accounts).
  const assignees = sqlite.prepare<[], { id: number; displayName: string; role: string }>(
    `SELECT id, display_name AS displayName, role FROM staff WHERE is_active = 1 AND role IN ('agent', 'lead') ORDER BY display_name`,
  );
  const customer = sqlite.prepare<
    [number],
    { id: number; nicHandle: string; state: string; firstName: string; lastName: string; organisation: string | null; language: string; primaryEmail: string }
  >(
    `SELECT id, nic_handle AS nicHandle, state, first_name AS firstName, last_name AS lastName, organisation, language, primary_email AS primaryEmail
     FROM customers WHERE id = ?`,
  );
  const activeSummary = sqlite.prepare<[number], { count: number; maxRank: number | null; firstId: number | null }>(
    `SELECT count(*) AS count, max(severity_rank) AS maxRank, min(id) AS firstId FROM flags WHERE customer_id = ? AND is_active = 1`,
  );
  const customersWithEvents = sqlite.prepare<[], number>(`SELECT DISTINCT customer_id FROM login_events`).pluck();

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row && readFlagRow(row);
    },
    activeOfRule: (customerId: number, rule: FlagRule) => activeOfRule.get(customerId, rule),
    /** The lock's question (SPEC §4.6): an open or investigating high-severity flag on the account. */
    activeHigh: (customerId: number) => activeHigh.get(customerId),
    insert: (row: Omit<Parameters<typeof insert.run>[0], 'summaryParams'> & { summaryParams: FlagSummaryParams | null }) =>
      Number(insert.run({ ...row, summaryParams: paramsText(row.summaryParams) }).lastInsertRowid),
    /** New evidence for an active flag whose severity rank is `currentRank`: a higher severity is taken. */
    join: (row: Omit<Parameters<typeof joinRaising.run>[0], 'summaryParams'> & { summaryParams: FlagSummaryParams }, currentRank: number) => {
      const { severity, severityRank, ...rest } = row;
      const fields = { ...rest, summaryParams: JSON.stringify(row.summaryParams) };
      return severityRank > currentRank ? joinRaising.run({ ...fields, severity, severityRank }) : join.run(fields);
    },
    /** Which of these events already are evidence of a flag of this rule. */
    linkedAmong: (rule: FlagRule, eventIds: readonly number[]) => new Set(linkedAmong.all(rule, JSON.stringify(eventIds))),
    /** 1 when linked, 0 when the event already is evidence of a flag of this rule. */
    link: (flagId: number, eventId: number, rule: FlagRule) => link.run(flagId, eventId, rule).changes,
    evidence: (flagId: number) => evidence.all(flagId),
    /** The rows the detection rules read (`RuleEventRow`), oldest first, at most 5,000. */
    ruleEventsBetween: (customerId: number, fromIso: string, toIso: string) => ruleEventsBetween.all(customerId, fromIso, toIso),
    newestEventAt: (customerId: number) => newestEventAt.get(customerId) ?? null,
    /** False when the version no longer matches (someone changed the flag first). */
    updateAtVersion: (row: Parameters<typeof update.run>[0]) => update.run(row).changes === 1,
    addNote: (flagId: number, staffId: number, at: string, text: string) => insertNote.run(flagId, staffId, at, text),
    notes: (flagId: number) => notes.all(flagId),
    customersWithEvents: () => customersWithEvents.all(),
    assignees: () => assignees.all(),
    activeSummary: (customerId: number) => activeSummary.get(customerId) as { count: number; maxRank: number | null; firstId: number | null },
    customer: (id: number) => customer.get(id),
  };
}

export type FlagsRepository = ReturnType<typeof createFlagsRepository>;
