import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let agent: ApiClient;
let guideExampleId: number;

beforeAll(async () => {
  server = await startTestServer({ customers: 300 });
  agent = await signedInAs(server.baseUrl, 'agent');
  guideExampleId = (server.database.sqlite.prepare("SELECT id FROM customers WHERE nic_handle = 'xx11111-ovh'").get() as { id: number }).id;
});
afterAll(() => server.close());

describe('find a customer', () => {
  it.each(['XX11111', 'xx11111-ovh', 'Xx11111-OVH', '0123-45-67', '01234567', 'Jean.Dupont@example.fr', 'jean.dupont.secours@example.net'])(
    'opens xx11111-ovh directly for the exact input %s',
    async (q) => {
      const response = await agent.get(`/api/customers/find-exact?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: guideExampleId, nicHandle: 'xx11111-ovh' });
    },
  );

  it('answers 404 when nothing matches exactly', async () => {
    const response = await agent.get('/api/customers/find-exact?q=Dupont');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'customers.no_exact_match' });
  });

  it('refuses an empty quick-find with a field error', async () => {
    const response = await agent.get('/api/customers/find-exact?q=%20');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: { q: expect.any(String) } });
  });

  it('finds by name prefix without case or accents', async () => {
    const sample = server.database.sqlite
      .prepare('SELECT last_name AS lastName, last_name_key AS k FROM customers WHERE last_name_key <> lower(last_name) LIMIT 1')
      .get() as { lastName: string; k: string } | undefined;
    const probe = sample ?? { lastName: 'Dupont', k: 'dupont' };
    const typed = probe.k.slice(0, 4).toUpperCase();
    const response = await agent.get<Array<{ lastName: string }>>(`/api/customers?filter=${encodeURIComponent(JSON.stringify({ q: typed }))}&range=[0,99]`);
    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body.map((c) => c.lastName)).toContain(probe.lastName);
  });

  it('shows the whole account: identity, e-mails, 2FA, state and an unpaid-invoice flag', async () => {
    const response = await agent.get<Record<string, unknown>>(`/api/customers/${guideExampleId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      nicHandle: 'xx11111-ovh',
      customerCode: '0123-45-67',
      primaryEmail: 'jean.dupont@example.fr',
      backupEmail: 'jean.dupont.secours@example.net',
      state: 'active',
      displayName: 'Jean Dupont',
      hasUnpaidInvoice: false,
      twoFactorMethods: expect.any(Array),
      version: 1,
    });
  });

  it('flags a customer with an unpaid invoice and filters on it', async () => {
    const unpaid = server.database.sqlite.prepare("SELECT customer_id AS id FROM invoices WHERE status = 'unpaid' LIMIT 1").get() as { id: number };
    expect((await agent.get<{ hasUnpaidInvoice: boolean }>(`/api/customers/${unpaid.id}`)).body.hasUnpaidInvoice).toBe(true);
    const list = await agent.get<Array<{ hasUnpaidInvoice: boolean }>>(
      `/api/customers?filter=${encodeURIComponent('{"hasUnpaidInvoice":true}')}&range=[0,999]`,
    );
    const expected = (server.database.sqlite.prepare("SELECT count(DISTINCT customer_id) n FROM invoices WHERE status = 'unpaid'").get() as { n: number }).n;
    expect(list.body).toHaveLength(expected);
    expect(list.body.every((c) => c.hasUnpaidInvoice)).toBe(true);
  });

  it('lists a customer’s records on every tab', async () => {
    for (const resource of ['services', 'invoices', 'orders', 'customer-users', 'login-events', 'email-history']) {
      const response = await agent.get<Array<{ customerId: number }>>(
        `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ customerId: guideExampleId }))}`,
      );
      expect(response.status, resource).toBe(200);
      expect(
        response.body.every((row) => row.customerId === guideExampleId),
        resource,
      ).toBe(true);
    }
    const services = await agent.get<unknown[]>(`/api/services?filter=${encodeURIComponent(JSON.stringify({ customerId: guideExampleId, status: 'active' }))}`);
    expect(services.body.length).toBeGreaterThanOrEqual(3);
  });
});
