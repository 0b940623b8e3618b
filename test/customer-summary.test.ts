import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginEvents } from '../db/schema/activity.js';
import { invoices, orders } from '../db/schema/billing.js';
import { customers, services } from '../db/schema/customers.js';
import type { SummaryItem } from '../server/modules/customer-summary/customer-summary.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { anyNumber, anyString, matching } from './support/matchers.js';

// Local row builders until test/support/factories.ts lands: exactly the rows each test needs.
let sequence = 0;
function insertCustomer(server: TestServer, values: Partial<typeof customers.$inferInsert> = {}): number {
  sequence += 1;
  const row = server.database.db
    .insert(customers)
    .values({
      nicHandle: `su${90000 + sequence}-ovh`,
      customerCode: String(99000000 + sequence),
      legalForm: 'individual',
      firstName: 'Ana',
      lastName: 'Summary',
      addressLine1: '1 rue Test',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      language: 'fr',
      primaryEmail: `summary${sequence}@example.org`,
      backupEmail: `backup${sequence}@example.org`,
      twoFactorMethods: ['totp'],
      subsidiary: 'FR',
      lastNameKey: 'summary',
      firstNameKey: 'ana',
      ...values,
    })
    .returning({ id: customers.id })
    .get();
  return row.id;
}

function insertInvoice(server: TestServer, customerId: number, values: { dueAt: string; amountCents: number; status?: 'paid' | 'unpaid'; currency?: string }) {
  sequence += 1;
  server.database.db
    .insert(invoices)
    .values({ customerId, number: `INV-S${sequence}`, issuedAt: '2026-09-01T00:00:00.000Z', currency: 'EUR', status: 'unpaid', ...values })
    .run();
}

function insertLogin(
  server: TestServer,
  customerId: number,
  values: { occurredAt: string; result: 'success' | 'wrong_password' | 'twofa_failed'; country?: string; isNewDevice?: boolean },
) {
  server.database.db
    .insert(loginEvents)
    .values({ customerId, ip: '192.0.2.1', country: 'FR', device: 'Firefox on Linux', isNewDevice: false, ...values })
    .run();
}

let server: TestServer;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ customers: 0 });
  agent = await signedInAs(server.baseUrl, 'agent');
});
afterAll(() => server.close());

async function summaryOf(customerId: number): Promise<Record<string, SummaryItem[]>> {
  const response = await agent.get<{ id: number; items: SummaryItem[] }>(`/api/customers/${customerId}/summary`);
  expect(response.status).toBe(200);
  expect(response.body.id).toBe(customerId);
  // Node 20 has no Object.groupBy.
  const byKey: Record<string, SummaryItem[]> = {};
  for (const item of response.body.items) (byKey[item.key] ??= []).push(item);
  return byKey;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('the customer summary strip', () => {
  it('shows unpaid invoices with their total, how many are overdue and the oldest due date', async () => {
    const id = insertCustomer(server);
    insertInvoice(server, id, { dueAt: daysAgo(20), amountCents: 4_999 });
    insertInvoice(server, id, { dueAt: daysAgo(5), amountCents: 1_001 });
    insertInvoice(server, id, { dueAt: daysAgo(-10), amountCents: 500 });
    insertInvoice(server, id, { dueAt: daysAgo(90), amountCents: 99_999, status: 'paid' });
    const { invoices: found } = await summaryOf(id);
    expect(found).toHaveLength(1);
    expect(found?.[0]).toMatchObject({
      tone: 'danger',
      code: 'invoices.overdue',
      tab: 'billing',
      values: { smart_count: 3, overdue: 2, amount: { cents: 6_500, currency: 'EUR' }, since: { instant: matching(/^\d{4}-/) } },
    });
    const since = (found?.[0]?.values.since as { instant: string }).instant;
    expect(Math.round((Date.now() - Date.parse(since)) / 86_400_000)).toBe(20);
  });

  it('says a suspended account has an overdue invoice, and since when', async () => {
    const id = insertCustomer(server, { state: 'suspended', backupEmail: null });
    insertInvoice(server, id, { dueAt: daysAgo(12), amountCents: 2_000 });
    const summary = await summaryOf(id);
    expect(summary.state?.[0]).toMatchObject({ tone: 'danger', code: 'state.suspended_overdue', values: { since: { instant: anyString } } });
    expect(summary['backup-email']?.[0]).toMatchObject({ tone: 'warning', code: 'backup_email.missing' });
  });

  it('warns when there is no 2FA and when a new backup e-mail is required', async () => {
    const id = insertCustomer(server, { twoFactorMethods: [], newBackupRequired: true, backupEmail: null });
    const summary = await summaryOf(id);
    expect(summary['two-factor']?.[0]).toMatchObject({ tone: 'warning', code: 'two_factor.none' });
    expect(summary['backup-email']?.[0]).toMatchObject({ code: 'backup_email.new_required' });
    expect(summary.invoices?.[0]).toMatchObject({ tone: 'ok', code: 'invoices.none' });
  });

  it('lists the 2FA methods as enum values for the UI to put in words', async () => {
    const id = insertCustomer(server, { twoFactorMethods: ['sms', 'security_key'] });
    const summary = await summaryOf(id);
    expect(summary['two-factor']?.[0]).toMatchObject({ tone: 'ok', values: { methods: { enum: 'twoFactor', values: ['sms', 'security_key'] } } });
  });

  it('shows prepaid credit in the currency of the billing subsidiary, pending orders and active services', async () => {
    const id = insertCustomer(server, { prepaidCreditCents: 15_000, subsidiary: 'GB', processingRestricted: true });
    server.database.db
      .insert(orders)
      .values([
        { customerId: id, number: 'ORD-S1', description: 'VPS', createdAt: daysAgo(1), amountCents: 1000, currency: 'GBP', status: 'pending' },
        { customerId: id, number: 'ORD-S2', description: 'VPS', createdAt: daysAgo(9), amountCents: 1000, currency: 'GBP', status: 'paid' },
      ])
      .run();
    const contacts = { adminContact: 'x', techContact: 'x', billingContact: 'x', createdAt: daysAgo(100) };
    server.database.db
      .insert(services)
      .values([
        { customerId: id, kind: 'vps', name: 'vps-1', status: 'active', ...contacts },
        { customerId: id, kind: 'domain', name: 'a.fr', status: 'active', ...contacts },
        { customerId: id, kind: 'domain', name: 'b.fr', status: 'terminated', ...contacts },
      ])
      .run();
    const summary = await summaryOf(id);
    expect(summary.credit?.[0]).toMatchObject({ code: 'credit.some', values: { amount: { cents: 15_000, currency: 'GBP' } } });
    expect(summary.orders?.[0]).toMatchObject({ tone: 'info', values: { smart_count: 1 } });
    expect(summary.services?.[0]).toMatchObject({ tab: 'services', values: { smart_count: 2, total: 3 } });
    expect(summary['processing-restricted']?.[0]).toMatchObject({ tone: 'danger' });
  });

  it('shows the last successful sign-in with its country and device, and the failures around it', async () => {
    const id = insertCustomer(server);
    insertLogin(server, id, { occurredAt: daysAgo(30), result: 'success' });
    for (let minute = 0; minute < 15; minute += 1)
      insertLogin(server, id, { occurredAt: hoursAgo(3 - minute / 60), result: 'wrong_password', country: 'BR', isNewDevice: true });
    insertLogin(server, id, { occurredAt: hoursAgo(2), result: 'success', country: 'VN', isNewDevice: true });
    insertLogin(server, id, { occurredAt: hoursAgo(30), result: 'wrong_password' });
    const summary = await summaryOf(id);
    expect(summary['last-login']?.[0]).toMatchObject({
      tone: 'warning',
      code: 'last_login.new_device',
      values: { at: { instant: anyString }, country: { enum: 'country', values: ['VN'] } },
    });
    expect(summary['failures-before-login']?.[0]).toMatchObject({ tone: 'danger', values: { smart_count: 15 } });
    expect(summary['failed-logins']?.[0]).toMatchObject({ tone: 'danger', values: { smart_count: 15 } });
  });

  it('says when an account never signed in and has no failures', async () => {
    const id = insertCustomer(server);
    const summary = await summaryOf(id);
    expect(summary['last-login']?.[0]).toMatchObject({ code: 'last_login.never' });
    expect(summary['failed-logins']?.[0]).toMatchObject({ tone: 'ok', values: { smart_count: 0 } });
    expect(summary['failures-before-login']).toBeUndefined();
  });

  it('answers 404 for an account that does not exist, and 403 to an administrator', async () => {
    expect((await agent.get('/api/customers/999999/summary')).status).toBe(404);
    const admin = await signedInAs(server.baseUrl, 'admin');
    expect((await admin.get('/api/customers/1/summary')).status).toBe(403);
  });
});

describe('staff names', () => {
  it('gives any signed-in person the display names of staff accounts, and nothing else', async () => {
    const response = await agent.get<{ id: number; displayName: string }[]>('/api/staff-names');
    expect(response.status).toBe(200);
    expect(response.body).toContainEqual({ id: anyNumber, displayName: 'Alice Agent' });
    expect(Object.keys(response.body[0] ?? {}).sort()).toEqual(['displayName', 'id']);
    expect((await fetch(`${server.baseUrl}/api/staff-names`)).status).toBe(401);
  });
});
