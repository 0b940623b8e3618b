import type Database from 'better-sqlite3';
import type { Scenario } from './scenarios.js';

// The list scenarios of claims (issue 9), flags (issue 11) and the audit log (issue 12): every
// filter the list offers, alone, under each sort the screen offers, taken in turn by the load; the
// audit log's filters also combined with a date range. Values are read from the bench database
// (build-extras.ts adds 100,000 claims and 100,000 flags), so every request finds rows.

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const listUrl = (resource: string, filter: Record<string, unknown>, sort: [string, string]) =>
  `/api/${resource}?filter=${json(filter)}&range=${json([0, 24])}&sort=${json(sort)}`;

const crossed = (resource: string, filters: Array<Record<string, unknown>>, sorts: Array<[string, string]>) =>
  filters.flatMap((filter) => sorts.map((sort) => listUrl(resource, filter, sort)));

const one = <T>(sqlite: Database.Database, sql: string): T => {
  const value = sqlite.prepare<[], T>(sql).pluck().get();
  if (value === undefined || value === null) throw new Error(`The bench database has no row for: ${sql}`);
  return value;
};

export function capabilityScenarios(sqlite: Database.Database): Scenario[] {
  const claimAssignee = one<number>(
    sqlite,
    'SELECT assignee_id FROM email_claims WHERE assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1',
  );
  const claimCustomer = one<number>(sqlite, 'SELECT customer_id FROM email_claims WHERE customer_id IS NOT NULL ORDER BY id DESC LIMIT 1');
  const claimMiddle = one<string>(sqlite, 'SELECT received_on FROM email_claims ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM email_claims)');
  const claimFilters = [
    {},
    { state: 'in_review' },
    { undecided: true },
    { assigneeId: claimAssignee },
    { customerId: claimCustomer },
    { unmatched: true },
    { receivedBefore: claimMiddle },
  ];
  const flagAssignee = one<number>(sqlite, 'SELECT assignee_id FROM flags WHERE assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1');
  const flagCustomer = one<number>(sqlite, 'SELECT customer_id FROM flags ORDER BY id DESC LIMIT 1');
  const flagFilters = [
    { isActive: true },
    {},
    { status: 'open' },
    { severity: 'high' },
    { rule: 'impossible_travel' },
    { assigneeId: flagAssignee },
    { customerId: flagCustomer },
  ];
  // The audit log: one value of each filter from an entry two thirds of the way along the log.
  const head = one<number>(sqlite, 'SELECT max(id) FROM audit_log');
  const sample = sqlite
    .prepare<[number], { actorId: number; ticketRef: string; customerId: number; targetId: string; at: string }>(
      "SELECT actor_id AS actorId, ticket_ref AS ticketRef, customer_id AS customerId, target_id AS targetId, at FROM audit_log WHERE id >= ? AND action = 'customers.promote_backup_email' ORDER BY id LIMIT 1",
    )
    .get(Math.floor((head * 2) / 3));
  if (!sample) throw new Error('The bench audit log has no promotion two thirds of the way along');
  const handle = one<string>(sqlite, `SELECT nic_handle FROM customers WHERE id = ${sample.customerId}`);
  const auditFilters = [
    { actorId: sample.actorId },
    { actorRole: 'lead' },
    { action: 'customers.promote_backup_email' },
    { customer: handle.replace('-ovh', '') },
    { customerId: sample.customerId },
    { ticketRef: sample.ticketRef },
    { targetType: 'staff' },
    { targetType: 'customer', targetId: sample.targetId }, // a target number alone is refused (it names nothing)
  ];
  // A month around the sample entry.
  const month = (shift: number) => new Date(Date.parse(sample.at) + shift * 15 * 86_400_000).toISOString().slice(0, 10);
  const dated = auditFilters.map((filter) => ({ ...filter, at_gte: month(-1), at_lte: month(1) }));
  const newest: [string, string] = ['id', 'DESC'];
  return [
    {
      name: 'claims list',
      kind: 'claims',
      role: 'agent',
      what: `claims list at ${'100,000'} claims, 7 filters (none, state, undecided, assignee, customer, unmatched, received before) × 2 sorts (id DESC, received ASC)`,
      paths: crossed('email-claims', claimFilters, [newest, ['receivedOn', 'ASC']]),
    },
    {
      name: 'flag queue',
      kind: 'flags',
      role: 'lead',
      what: 'flag queue at 100,000 flags, 7 filters (active, none, open, high, rule, assignee, customer) × 2 sorts (severity DESC, raised ASC)',
      paths: crossed('flags', flagFilters, [
        ['severity', 'DESC'],
        ['raisedAt', 'ASC'],
      ]),
    },
    {
      name: 'audit filtered',
      kind: 'audit-filter',
      role: 'lead',
      what: 'audit log page 1, newest first, each filter alone (actor, role, action, customer handle, customer id, ticket, target type, target type and number)',
      paths: crossed('audit-log', auditFilters, [newest]),
    },
    {
      name: 'audit filtered + dates',
      kind: 'audit-filter',
      role: 'lead',
      what: 'the same 8 filters, each with a one-month date range (at_gte, at_lte)',
      paths: crossed('audit-log', dated, [newest]),
    },
  ];
}
