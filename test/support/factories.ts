import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { countRows, type Database_ } from '../../db/client.js';
import {
  customers,
  customerUsers,
  emailHistory,
  flagEvidence,
  flags,
  invoices,
  loginDetectionState,
  loginEvents,
  orders,
  services,
} from '../../db/schema/index.js';
import { defaultThresholds } from '../../server/modules/flags/detection/rules.js';
import { encodeReferences, nextState } from '../../server/modules/flags/detection/state.js';
import { staff, type StaffRole } from '../../db/schema/staff.js';
import { hashPassword } from '../../server/modules/auth/password.js';
import { foldSearchKey } from '../../server/modules/customers/query/search-keys.js';
import { demoPassword } from './test-app.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

/** What a test may set on a customer; the search keys are always derived from the names. */
export type CustomerOverrides = Partial<Omit<Insert<typeof customers>, 'lastNameKey' | 'firstNameKey' | 'organisationKey'>>;
type ChildOverrides<T extends { $inferInsert: unknown }> = Partial<Omit<Insert<T>, 'customerId'>>;

const day = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * day).toISOString();

/**
 * Typed factories that insert exactly the rows a test needs, with valid defaults, on the database a
 * test server built with the real migrations. Unique values (handles, codes, numbers, e-mails) come
 * from one sequence per database, so factories never collide with each other or with demo data.
 */
export function createFactories(database: Database_) {
  const { db } = database;
  // Start past anything already there (demo staff, a seeded sample) and stay unique in this database.
  let sequence = Number(database.sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM customers').pluck().get()) + 70_000;
  const next = () => (sequence += 1);

  function customer(overrides: CustomerOverrides = {}): Row<typeof customers> {
    const n = next();
    const firstName = overrides.firstName ?? 'Camille';
    const lastName = overrides.lastName ?? `Martin${n}`;
    const organisation = overrides.organisation ?? null;
    const values: Insert<typeof customers> = {
      nicHandle: `tf${n}-ovh`,
      customerCode: String(n).padStart(8, '0'),
      legalForm: 'individual',
      addressLine1: `${(n % 200) + 1} rue de la Paix`,
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
      language: 'fr',
      phone: '+33 1 23 45 67 89',
      primaryEmail: `customer${n}@example.org`,
      backupEmail: `backup${n}@example.net`,
      subsidiary: 'FR',
      ...overrides,
      firstName,
      lastName,
      organisation,
      lastNameKey: foldSearchKey(lastName),
      firstNameKey: foldSearchKey(firstName),
      organisationKey: organisation === null ? null : foldSearchKey(organisation),
    };
    return db.insert(customers).values(values).returning().get();
  }

  function childOf<T extends typeof services | typeof invoices | typeof orders | typeof customerUsers | typeof loginEvents | typeof emailHistory>(
    table: T,
    defaults: (n: number) => Omit<Insert<T>, 'customerId'>,
  ) {
    return (customerId: number, overrides: ChildOverrides<T> = {}): Row<T> => {
      const values = { ...defaults(next()), ...overrides, customerId } as Insert<T>;
      return db.insert(table).values(values).returning().get() as Row<T>;
    };
  }

  const service = childOf(services, (n) => ({
    kind: 'domain' as const,
    name: `example-${n}.fr`,
    status: 'active' as const,
    createdAt: isoDaysAgo(400),
    expiresAt: new Date(Date.now() + 200 * day).toISOString(),
    adminContact: 'xx11111-ovh',
    techContact: 'xx11111-ovh',
    billingContact: 'xx11111-ovh',
  }));

  const invoice = childOf(invoices, (n) => ({
    number: `FR-TEST-${n}`,
    issuedAt: isoDaysAgo(40),
    dueAt: isoDaysAgo(10),
    amountCents: 1199,
    status: 'paid' as const,
    paidAt: isoDaysAgo(12),
  }));

  const order = childOf(orders, (n) => ({
    number: `ORD-TEST-${n}`,
    description: 'Web hosting Pro, 12 months',
    createdAt: isoDaysAgo(5),
    amountCents: 8388,
    status: 'paid' as const,
  }));

  const subUser = childOf(customerUsers, (n) => ({
    login: `user${n}`,
    email: `subuser${n}@example.org`,
    rights: 'read' as const,
    createdAt: isoDaysAgo(100),
  }));

  const loginEvent = childOf(loginEvents, (n) => ({
    occurredAt: isoDaysAgo(1),
    ip: `192.0.2.${n % 250}`,
    country: 'FR',
    device: 'Firefox on Linux',
    result: 'success' as const,
  }));

  const emailChange = childOf(emailHistory, () => ({
    changedAt: isoDaysAgo(30),
    slot: 'primary' as const,
    oldValue: null,
    newValue: 'someone@example.org',
    cause: 'signup' as const,
  }));

  /** A staff member who can sign in with `password` (the demo password unless given). */
  async function staffMember(overrides: { role: StaffRole; email?: string; displayName?: string; password?: string; isActive?: boolean }) {
    const n = next();
    return db
      .insert(staff)
      .values({
        email: overrides.email ?? `${overrides.role}${n}@guichet.test`,
        displayName: overrides.displayName ?? `Test ${overrides.role} ${n}`,
        role: overrides.role,
        passwordHash: await hashPassword(overrides.password ?? demoPassword),
        isActive: overrides.isActive ?? true,
      })
      .returning()
      .get();
  }

  /** A flag raised by a rule on the account, its evidence linked to the given login events. */
  function flag(customerId: number, options: { evidence?: number[] } & Partial<Omit<Insert<typeof flags>, 'customerId'>> = {}) {
    const { evidence = [], ...overrides } = options;
    const severity = overrides.severity ?? 'medium';
    const row = db
      .insert(flags)
      .values({
        customerId,
        rule: 'failed_login_burst',
        severity,
        severityRank: { low: 1, medium: 2, high: 3 }[severity],
        summary: 'Burst of failed logins from 2 countries',
        raisedAt: isoDaysAgo(1),
        updatedAt: isoDaysAgo(1),
        ...overrides,
      })
      .returning()
      .get();
    for (const loginEventId of evidence) db.insert(flagEvidence).values({ flagId: row.id, loginEventId, rule: row.rule }).run();
    return row;
  }

  /** The login rules' detection state of an account, kept from these stored login events (as ingestion keeps it). */
  function detectionState(customerId: number, events: Row<typeof loginEvents>[]) {
    const ruleEvents = events.map((e) => ({ ...e, at: Date.parse(e.occurredAt), isNewDevice: e.isNewDevice }));
    const state = nextState(ruleEvents, Math.max(...ruleEvents.map((e) => e.at)), defaultThresholds);
    return db
      .insert(loginDetectionState)
      .values({ customerId, basis: state.basis, newestAt: state.newestAt, referenceEvents: encodeReferences(state.references) })
      .returning()
      .get();
  }

  /** Rows in a table, for "nothing changed" assertions. */
  const count = (table: SQLiteTable) => countRows(db, table, undefined);

  return { customer, service, invoice, order, subUser, loginEvent, emailChange, flag, detectionState, staffMember, count };
}

export type Factories = ReturnType<typeof createFactories>;
