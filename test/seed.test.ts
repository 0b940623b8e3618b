import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database_ } from '../db/client.js';
import { FIXTURE_COUNT, fixtures } from '../db/seed/fixtures.js';
import { REFERENCE_DATE, seedDemoData, type SeedSummary } from '../db/seed/generate.js';
import { foldSearchKey } from '../server/modules/customers/query/search-keys.js';

const CUSTOMERS = 2_000;
const TABLES = ['customers', 'services', 'customer_users', 'invoices', 'orders', 'login_events', 'email_history'] as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const directory = mkdtempSync(join(tmpdir(), 'guichet-seed-'));
const opened: Database_[] = [];

function seeded(name: string, options: { customers: number; seed?: number }): { database: Database_; summary: SeedSummary } {
  const database = openDatabase(join(directory, `${name}.db`));
  opened.push(database);
  migrateDatabase(database);
  return { database, summary: seedDemoData(database.sqlite, options) };
}

function dump(database: Database_, table: string, where = '1'): unknown[] {
  return database.sqlite.prepare(`SELECT * FROM ${table} WHERE ${where} ORDER BY id`).all();
}

function all<T>(database: Database_, sql: string, ...params: unknown[]): T[] {
  return database.sqlite.prepare(sql).all(...params) as T[];
}

function one<T>(database: Database_, sql: string, ...params: unknown[]): T {
  return database.sqlite.prepare(sql).get(...params) as T;
}

interface CustomerRecord {
  id: number;
  nic_handle: string;
  customer_code: string;
  legal_form: string;
  first_name: string;
  last_name: string;
  organisation: string | null;
  country: string;
  language: string;
  subsidiary: string;
  phone: string | null;
  primary_email: string;
  backup_email: string | null;
  two_factor_methods: string;
  state: string;
  prepaid_credit_cents: number;
  processing_restricted: number;
  first_name_key: string;
  last_name_key: string;
  organisation_key: string | null;
  created_at: string;
  updated_at: string;
}

let main: { database: Database_; summary: SeedSummary };
let twin: { database: Database_; summary: SeedSummary };
let otherSeed: { database: Database_; summary: SeedSummary };

beforeAll(() => {
  main = seeded('main', { customers: CUSTOMERS, seed: 7 });
  twin = seeded('twin', { customers: CUSTOMERS, seed: 7 });
  otherSeed = seeded('other', { customers: CUSTOMERS, seed: 8 });
});

afterAll(() => {
  for (const database of opened) database.sqlite.close();
  rmSync(directory, { recursive: true, force: true });
});

const customer = (database: Database_, handle: string): CustomerRecord => one<CustomerRecord>(database, 'SELECT * FROM customers WHERE nic_handle = ?', handle);

describe('demo data generator', () => {
  it('writes the requested number of customers, fixtures included, and reports every table', () => {
    expect(main.summary.customers).toBe(CUSTOMERS);
    const tableOf: Record<keyof SeedSummary, string> = {
      customers: 'customers',
      services: 'services',
      invoices: 'invoices',
      orders: 'orders',
      customerUsers: 'customer_users',
      loginEvents: 'login_events',
      emailHistory: 'email_history',
    };
    for (const [key, table] of Object.entries(tableOf)) {
      expect(one<{ n: number }>(main.database, `SELECT count(*) AS n FROM ${table}`).n, table).toBe(main.summary[key as keyof SeedSummary]);
    }
    // Averages the 1M-customer timing was measured with (docs/DEMO-DATA.md).
    expect(main.summary.services / CUSTOMERS).toBeGreaterThan(2.5);
    expect(main.summary.loginEvents / CUSTOMERS).toBeGreaterThan(4);
    expect(main.summary.invoices / CUSTOMERS).toBeGreaterThan(1.2);
  });

  it('gives identical data for the same seed and different data for another seed', () => {
    for (const table of TABLES) expect(dump(twin.database, table), table).toEqual(dump(main.database, table));
    const generated = `id > ${FIXTURE_COUNT}`;
    expect(dump(otherSeed.database, 'customers', generated)).not.toEqual(dump(main.database, 'customers', generated));
    expect(dump(otherSeed.database, 'customers', `id <= ${FIXTURE_COUNT}`)).toEqual(dump(main.database, 'customers', `id <= ${FIXTURE_COUNT}`));
  });

  it('writes the same fixtures whatever the count and the seed', () => {
    const small = seeded('small', { customers: 3, seed: 12345 });
    expect(small.summary.customers).toBe(FIXTURE_COUNT);
    const fixtureRows = (database: Database_): unknown[] =>
      TABLES.map((table) =>
        table === 'customers'
          ? dump(database, table, `id <= ${FIXTURE_COUNT}`)
          : dump(database, table, `customer_id <= ${FIXTURE_COUNT}`).map((row) => ({ ...(row as object), id: 0 })),
      );
    expect(fixtureRows(small.database)).toEqual(fixtureRows(main.database));
    for (const fixture of Object.values(fixtures)) expect(customer(small.database, fixture.nicHandle).id).toBe(fixture.id);
  });

  it('grows a database without changing the smaller one: the first customers do not depend on the count', () => {
    const smaller = seeded('smaller', { customers: 500, seed: 7 });
    expect(dump(smaller.database, 'customers')).toEqual(dump(main.database, 'customers', 'id <= 500'));
    expect(dump(smaller.database, 'services')).toEqual(dump(main.database, 'services', 'customer_id <= 500'));
    expect(dump(smaller.database, 'login_events')).toEqual(dump(main.database, 'login_events', 'customer_id <= 500'));
  });

  it('represents every state, legal form and language, in roughly the documented shares', () => {
    const shares = (column: string): Record<string, number> =>
      Object.fromEntries(
        all<{ value: string; n: number }>(main.database, `SELECT ${column} AS value, count(*) AS n FROM customers GROUP BY 1`).map(({ value, n }) => [
          value,
          n / CUSTOMERS,
        ]),
      );
    const states = shares('state');
    expect(Object.keys(states).sort()).toEqual(['active', 'erased', 'suspended']);
    expect(states.active).toBeGreaterThan(0.88);
    expect(states.suspended).toBeGreaterThan(0.02);
    const forms = shares('legal_form');
    expect(Object.keys(forms).sort()).toEqual(['association', 'company', 'individual', 'public_body']);
    expect(forms.individual).toBeGreaterThan(0.72);
    expect(forms.individual).toBeLessThan(0.88);
    expect(Object.keys(shares('language')).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    expect(Object.keys(shares('country')).sort()).toEqual(['BE', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'NL', 'PL', 'PT']);
    expect(shares('country').FR).toBeGreaterThan(0.48);
    const backupShare = one<{ share: number }>(main.database, "SELECT avg(backup_email IS NOT NULL) AS share FROM customers WHERE state != 'erased'").share;
    expect(backupShare).toBeGreaterThan(0.5);
    expect(backupShare).toBeLessThan(0.7);
    const twoFactorShare = one<{ share: number }>(main.database, "SELECT avg(two_factor_methods != '[]') AS share FROM customers").share;
    expect(twoFactorShare).toBeGreaterThan(0.28);
    expect(twoFactorShare).toBeLessThan(0.42);
    const unpaidShare = one<{ n: number }>(main.database, "SELECT count(DISTINCT customer_id) AS n FROM invoices WHERE status = 'unpaid'").n / CUSTOMERS;
    expect(unpaidShare).toBeGreaterThan(0.02);
    expect(unpaidShare).toBeLessThan(0.07);
  });

  it('keeps handles, codes, e-mails, domains and numbers unique, and generated ones out of the fixture space', () => {
    const customers = all<CustomerRecord>(main.database, 'SELECT * FROM customers');
    const distinct = (values: (string | null)[]): number => new Set(values.filter((v) => v !== null)).size;
    expect(distinct(customers.map((c) => c.nic_handle))).toBe(customers.length);
    expect(distinct(customers.map((c) => c.customer_code))).toBe(customers.length);
    const emails = customers.flatMap((c) => [c.primary_email, c.backup_email]).filter((e) => e !== null);
    expect(distinct(emails)).toBe(emails.length);
    for (const c of customers) {
      expect(c.nic_handle).toMatch(/^[a-z]{2}\d{5,7}-ovh$/);
      expect(c.customer_code).toMatch(/^\d{8}$/);
      expect(c.primary_email).toBe(c.primary_email.toLowerCase());
      if (c.id > FIXTURE_COUNT) {
        expect(c.nic_handle, 'generated handles have 6+ digits').toMatch(/^[a-z]{2}\d{6,}-ovh$/);
        expect(c.customer_code.startsWith('0'), 'generated codes never start with 0').toBe(false);
        expect(c.primary_email).not.toMatch(/@example\./);
      }
    }
    const duplicates = (sql: string): number => one<{ n: number }>(main.database, `SELECT count(*) AS n FROM (${sql} HAVING count(*) > 1)`).n;
    expect(duplicates("SELECT name FROM services WHERE kind IN ('domain', 'vps', 'dedicated_server', 'public_cloud') GROUP BY kind, name")).toBe(0);
    expect(duplicates('SELECT number FROM invoices GROUP BY number')).toBe(0);
    expect(duplicates('SELECT number FROM orders GROUP BY number')).toBe(0);
    expect(duplicates('SELECT login FROM customer_users GROUP BY login')).toBe(0);
  });

  it('never stores a backup e-mail equal to the primary', () => {
    expect(one<{ n: number }>(main.database, 'SELECT count(*) AS n FROM customers WHERE backup_email = primary_email').n).toBe(0);
  });

  it('stores search keys folded from the names', () => {
    const customers = all<CustomerRecord>(main.database, 'SELECT * FROM customers');
    for (const c of customers) {
      expect(c.first_name_key).toBe(foldSearchKey(c.first_name));
      expect(c.last_name_key).toBe(foldSearchKey(c.last_name));
      expect(c.organisation_key).toBe(c.organisation === null ? null : foldSearchKey(c.organisation));
    }
    const helenes = customers.filter((c) => c.first_name === 'Hélène');
    expect(helenes.length).toBeGreaterThan(1);
    for (const c of helenes) expect(c.first_name_key).toBe('helene');
  });

  it('writes realistic identities: accents, several countries, formatted phones and addresses', () => {
    const sample = all<CustomerRecord>(main.database, "SELECT * FROM customers WHERE state != 'erased'");
    expect(sample.some((c) => /[éèëïöüßłçñãõ]/i.test(c.first_name + c.last_name))).toBe(true);
    for (const c of sample) if (c.phone !== null) expect(c.phone).toMatch(/^\+\d{2,3} [\d ]+$/);
    const organisations = sample.filter((c) => c.legal_form === 'company').map((c) => c.organisation ?? '');
    expect(organisations.some((o) => / (SARL|SAS|SASU|EURL)$/.test(o))).toBe(true);
    expect(organisations.some((o) => /GmbH/.test(o))).toBe(true);
    expect(sample.filter((c) => c.legal_form !== 'individual').every((c) => c.organisation !== null)).toBe(true);
    expect(sample.filter((c) => c.legal_form === 'individual').every((c) => c.organisation === null)).toBe(true);
  });

  it('dates everything from the fixed reference date, never from the clock', () => {
    const reference = Date.parse(REFERENCE_DATE);
    for (const c of all<CustomerRecord>(main.database, 'SELECT * FROM customers')) {
      expect(c.created_at).toMatch(ISO_INSTANT);
      expect(Date.parse(c.created_at)).toBeLessThan(reference);
      // Generated accounts span the last ~15 years; the oldest fixture signed up in 2010.
      expect(Date.parse(c.created_at)).toBeGreaterThan(c.id > FIXTURE_COUNT ? reference - 15.1 * 365 * 86_400_000 : Date.UTC(2010, 0, 1));
      expect(c.updated_at >= c.created_at).toBe(true);
    }
    const events = one<{ first: string; last: string }>(main.database, 'SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM login_events');
    expect(Date.parse(events.first)).toBeGreaterThanOrEqual(reference - 90 * 86_400_000);
    expect(Date.parse(events.last)).toBeLessThan(reference);
  });

  it('makes erased accounts look erased', () => {
    const erased = all<CustomerRecord>(main.database, "SELECT * FROM customers WHERE state = 'erased'");
    expect(erased.length).toBeGreaterThan(10);
    for (const c of erased) {
      expect([c.first_name, c.last_name]).toEqual(['Erased', 'Erased']);
      expect(c.primary_email).toBe(`erased-${c.id}@invalid`);
      expect([c.backup_email, c.phone, c.two_factor_methods, c.prepaid_credit_cents]).toEqual([null, null, '[]', 0]);
      if (c.organisation !== null) expect(c.organisation).toBe('Erased');
    }
    const leftovers = (sql: string): number => one<{ n: number }>(main.database, sql).n;
    expect(
      leftovers("SELECT count(*) AS n FROM services s JOIN customers c ON c.id = s.customer_id WHERE c.state = 'erased' AND s.status != 'terminated'"),
    ).toBe(0);
    expect(leftovers("SELECT count(*) AS n FROM login_events e JOIN customers c ON c.id = e.customer_id WHERE c.state = 'erased'")).toBe(0);
    expect(leftovers("SELECT count(*) AS n FROM customer_users u JOIN customers c ON c.id = u.customer_id WHERE c.state = 'erased'")).toBe(0);
    expect(leftovers("SELECT count(*) AS n FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE c.state = 'erased' AND i.status = 'unpaid'")).toBe(0);
  });

  it('delegates some contacts to other customers, always to handles that exist', () => {
    const dangling = one<{ n: number }>(
      main.database,
      `SELECT count(*) AS n FROM services s WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.nic_handle = s.admin_contact)
         OR NOT EXISTS (SELECT 1 FROM customers c WHERE c.nic_handle = s.tech_contact)
         OR NOT EXISTS (SELECT 1 FROM customers c WHERE c.nic_handle = s.billing_contact)`,
    ).n;
    expect(dangling).toBe(0);
    const delegating = one<{ n: number }>(
      main.database,
      `SELECT count(DISTINCT s.customer_id) AS n FROM services s JOIN customers c ON c.id = s.customer_id
        WHERE c.id > ${FIXTURE_COUNT} AND (s.tech_contact != c.nic_handle OR s.billing_contact != c.nic_handle)`,
    ).n;
    const withServices = one<{ n: number }>(main.database, `SELECT count(DISTINCT customer_id) AS n FROM services WHERE customer_id > ${FIXTURE_COUNT}`).n;
    expect(delegating / withServices).toBeGreaterThan(0.05);
    expect(delegating / withServices).toBeLessThan(0.16);
  });

  it('leaves a consistent database: foreign keys hold, indexes and settings are back', () => {
    expect(main.database.sqlite.pragma('foreign_key_check')).toEqual([]);
    const blank = openDatabase(join(directory, 'blank.db'));
    opened.push(blank);
    migrateDatabase(blank);
    const indexSql = (database: Database_): unknown[] =>
      database.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    expect(indexSql(main.database)).toEqual(indexSql(blank));
    expect(main.database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(main.database.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL, as openDatabase sets it
  });

  it('refuses a database that already has customers', () => {
    expect(() => seedDemoData(main.database.sqlite, { customers: 10 })).toThrow(/empty database/);
  });
});

describe('fixture accounts', () => {
  const servicesOf = (id: number): { kind: string; status: string; tech_contact: string; billing_contact: string }[] =>
    all(main.database, 'SELECT * FROM services WHERE customer_id = ?', id);
  const invoicesOf = (id: number): { status: string; paid_at: string | null; currency: string }[] =>
    all(main.database, 'SELECT * FROM invoices WHERE customer_id = ?', id);

  it('store every documented identity exactly', () => {
    for (const fixture of Object.values(fixtures)) {
      const row = customer(main.database, fixture.nicHandle);
      expect(row).toMatchObject({
        id: fixture.id,
        customer_code: fixture.customerCode,
        legal_form: fixture.legalForm,
        state: fixture.state,
        country: fixture.country,
        language: fixture.language,
        first_name: fixture.firstName,
        last_name: fixture.lastName,
        organisation: fixture.organisation,
        primary_email: fixture.primaryEmail,
        backup_email: fixture.backupEmail,
      });
    }
  });

  it("include the guide's xx11111-ovh with active services, TOTP and only paid invoices", () => {
    const jean = customer(main.database, 'xx11111-ovh');
    expect(jean).toMatchObject({ customer_code: '01234567', first_name: 'Jean', last_name: 'Dupont', language: 'fr', state: 'active' });
    expect(jean.backup_email).toBe('jean.dupont.secours@example.net');
    expect(JSON.parse(jean.two_factor_methods)).toContain('totp');
    const services = servicesOf(jean.id);
    expect(services.map((s) => s.kind).sort()).toEqual(['domain', 'vps', 'web_hosting']);
    expect(services.every((s) => s.status === 'active')).toBe(true);
    const invoices = invoicesOf(jean.id);
    expect(invoices.length).toBeGreaterThan(0);
    expect(invoices.every((i) => i.status === 'paid' && i.paid_at !== null)).toBe(true);
    expect(one<{ n: number }>(main.database, 'SELECT count(*) AS n FROM login_events WHERE customer_id = ?', jean.id).n).toBeGreaterThan(3);
  });

  it('include an active account without backup e-mail, with services', () => {
    const row = customer(main.database, fixtures.withoutBackupEmail.nicHandle);
    expect(row.backup_email).toBeNull();
    expect(row.state).toBe('active');
    expect(servicesOf(row.id).some((s) => s.status === 'active')).toBe(true);
    expect(row.first_name_key).toBe('helene');
  });

  it('include an account with an unpaid invoice', () => {
    expect(invoicesOf(fixtures.unpaidInvoice.id).filter((i) => i.status === 'unpaid')).toHaveLength(1);
  });

  it('include an erasable account: no service left, nothing unpaid or pending, no credit', () => {
    const row = customer(main.database, fixtures.erasable.nicHandle);
    expect(row.state).toBe('active');
    expect(row.prepaid_credit_cents).toBe(0);
    expect(servicesOf(row.id).every((s) => s.status === 'terminated')).toBe(true);
    expect(invoicesOf(row.id).every((i) => i.status === 'paid')).toBe(true);
    expect(one<{ n: number }>(main.database, "SELECT count(*) AS n FROM orders WHERE customer_id = ? AND status = 'pending'", row.id).n).toBe(0);
  });

  it('include a company whose contacts are delegated to the agency fixture, with read and write sub-users', () => {
    const company = customer(main.database, fixtures.company.nicHandle);
    expect(company.legal_form).toBe('company');
    expect(company.organisation).toMatch(/ SAS$/);
    expect(company.organisation_key).toBe('boulangerie riviere sas');
    const services = servicesOf(company.id);
    expect(services.length).toBeGreaterThan(1);
    expect(services.every((s) => s.tech_contact === fixtures.agency.nicHandle)).toBe(true);
    expect(services.some((s) => s.billing_contact === fixtures.agency.nicHandle)).toBe(true);
    expect(customer(main.database, fixtures.agency.nicHandle).legal_form).toBe('company');
    const users = all<{ login: string; rights: string }>(main.database, 'SELECT * FROM customer_users WHERE customer_id = ?', company.id);
    expect(users.length).toBeGreaterThanOrEqual(2);
    expect(users.length).toBeLessThanOrEqual(3);
    expect(new Set(users.map((u) => u.rights))).toEqual(new Set(['read', 'write']));
    for (const user of users) expect(user.login.startsWith(`${company.nic_handle}/`)).toBe(true);
  });

  it('include a burst of failed logins from three new countries within ten minutes, then a success', () => {
    const events = all<{ occurred_at: string; country: string; result: string; is_new_device: number }>(
      main.database,
      'SELECT * FROM login_events WHERE customer_id = ? ORDER BY occurred_at',
      fixtures.loginBurst.id,
    );
    const failures = events.filter((e) => e.result === 'wrong_password');
    expect(failures).toHaveLength(15);
    const burstStart = Date.parse(failures[0]!.occurred_at);
    expect(Date.parse(failures.at(-1)!.occurred_at) - burstStart).toBeLessThanOrEqual(10 * 60_000);
    const burstCountries = new Set(failures.map((e) => e.country));
    expect(burstCountries.size).toBe(3);
    const before = events.filter((e) => Date.parse(e.occurred_at) < burstStart);
    expect(before.length).toBeGreaterThan(3);
    for (const country of burstCountries) expect(before.some((e) => e.country === country)).toBe(false);
    expect(failures.every((e) => e.is_new_device === 1)).toBe(true);
    const last = events.at(-1)!;
    expect(last.result).toBe('success');
    expect(burstCountries.has(last.country)).toBe(true);
  });

  it('include English, suspended, erased, prepaid-credit and processing-restricted accounts', () => {
    expect(customer(main.database, fixtures.english.nicHandle)).toMatchObject({ language: 'en', country: 'GB', subsidiary: 'GB' });
    expect(invoicesOf(fixtures.english.id).every((i) => i.currency === 'GBP')).toBe(true);
    expect(customer(main.database, fixtures.suspended.nicHandle).state).toBe('suspended');
    expect(customer(main.database, fixtures.erased.nicHandle)).toMatchObject({
      state: 'erased',
      first_name: 'Erased',
      primary_email: 'erased-10@invalid',
      phone: null,
    });
    expect(customer(main.database, fixtures.prepaidCredit.nicHandle).prepaid_credit_cents).toBeGreaterThan(0);
    expect(customer(main.database, fixtures.processingRestricted.nicHandle).processing_restricted).toBe(1);
  });
});

describe('npm run seed', () => {
  it('seeds the database DATABASE_PATH names, like the server and the other CLIs', () => {
    const path = join(directory, 'from-env.db');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'db/seed/cli.ts', '--customers', '20'], {
      env: { ...process.env, NODE_ENV: 'development', DATABASE_PATH: path },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(path);
    const database = openDatabase(path);
    opened.push(database);
    expect(all<{ n: number }>(database, 'SELECT count(*) AS n FROM customers')[0]?.n).toBe(20);
  });
});
