import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { anyArray, anyString } from './support/matchers.js';
import type { DashboardResponse } from '../server/modules/dashboard/dashboard.types.js';

let server: TestServer;
let agent: ApiClient;
let guideExampleId: number;

beforeAll(async () => {
  server = await startTestServer();
  agent = await signedInAs(server.baseUrl, 'agent');
  guideExampleId = server.factories.customer({
    nicHandle: 'xx11111-ovh',
    customerCode: '01234567',
    firstName: 'Jean',
    lastName: 'Dupont',
    primaryEmail: 'jean.dupont@example.fr',
    backupEmail: 'jean.dupont.secours@example.net',
  }).id;
});
afterAll(() => server.close());

describe('find a customer', () => {
  it.each(['XX11111', 'xx11111-ovh', 'Xx11111-OVH', '0123-45-67', '01234567', 'Jean.Dupont@example.fr', 'jean.dupont.secours@example.net'])(
    'opens xx11111-ovh directly for the exact input %s',
    async (q) => {
      const response = await agent.get(`/api/customers/find-exact?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: guideExampleId, nicHandle: 'xx11111-ovh', throughBackupEmail: q === 'jean.dupont.secours@example.net' });
    },
  );

  it('says which address matched when a search finds an account through its backup e-mail', async () => {
    const throughBackup = server.factories.customer({ primaryEmail: 'old-address@example.org', backupEmail: 'zelie.vautrin@example.net' });
    const throughPrimary = server.factories.customer({ primaryEmail: 'zelie.vautrin@example.com', backupEmail: null });
    const response = await agent.get<Array<{ id: number; matchedBackupEmail: boolean }>>(
      `/api/customers?filter=${encodeURIComponent(JSON.stringify({ q: 'zelie.vautrin@' }))}&range=[0,24]`,
    );
    expect(response.status).toBe(200);
    const matched = Object.fromEntries(response.body.map((row) => [row.id, row.matchedBackupEmail]));
    expect(matched).toEqual({ [throughBackup.id]: true, [throughPrimary.id]: false });
  });

  it('does not claim a backup-address match when the name matched too', async () => {
    const customer = server.factories.customer({ lastName: 'Quennevil', primaryEmail: 'someone@example.org', backupEmail: 'quennevil@example.net' });
    const response = await agent.get<Array<{ id: number; matchedBackupEmail: boolean }>>(
      `/api/customers?filter=${encodeURIComponent(JSON.stringify({ q: 'quenne' }))}&range=[0,24]`,
    );
    expect(response.body).toEqual([expect.objectContaining({ id: customer.id, matchedBackupEmail: false })]);
  });

  it('answers 404 when nothing matches exactly', async () => {
    const response = await agent.get('/api/customers/find-exact?q=Dupont');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'customers.no_exact_match' });
  });

  it('refuses an empty quick-find with a field error', async () => {
    const response = await agent.get('/api/customers/find-exact?q=%20');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: { q: anyString } });
  });

  it('finds by name prefix without case or accents', async () => {
    const customer = server.factories.customer({ firstName: 'Hélène', lastName: 'Lefèvre' });
    const response = await agent.get<Array<{ id: number; lastName: string }>>(
      `/api/customers?filter=${encodeURIComponent(JSON.stringify({ q: 'LEFE' }))}&range=[0,99]`,
    );
    expect(response.status).toBe(200);
    expect(response.body.map((c) => c.id)).toContain(customer.id);
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
      twoFactorMethods: anyArray,
      version: 1,
    });
  });

  it('flags a customer with an unpaid invoice and filters on it', async () => {
    const { factories } = server;
    const unpaid = factories.customer();
    factories.invoice(unpaid.id, { status: 'unpaid', paidAt: null });
    const paid = factories.customer();
    factories.invoice(paid.id);
    expect((await agent.get<{ hasUnpaidInvoice: boolean }>(`/api/customers/${unpaid.id}`)).body.hasUnpaidInvoice).toBe(true);
    expect((await agent.get<{ hasUnpaidInvoice: boolean }>(`/api/customers/${paid.id}`)).body.hasUnpaidInvoice).toBe(false);
    const list = await agent.get<Array<{ id: number; hasUnpaidInvoice: boolean }>>(
      `/api/customers?filter=${encodeURIComponent('{"hasUnpaidInvoice":true}')}&range=[0,999]`,
    );
    expect(list.body.map((c) => c.id)).toEqual([unpaid.id]);
  });

  it('sorts the Name column by organisation name for an organisation and by last then first name for a person', async () => {
    const { factories } = server;
    const day = '1999-03-14T10:00:00.000Z';
    const zebre = factories.customer({ legalForm: 'company', organisation: 'Zèbre SARL', lastName: 'Aaron', createdAt: day });
    const bruno = factories.customer({ firstName: 'Bruno', lastName: 'Martin', createdAt: day });
    const batiments = factories.customer({ legalForm: 'company', organisation: 'Bâtiments Dupuis', lastName: 'Zola', createdAt: day });
    const alice = factories.customer({ firstName: 'Alice', lastName: 'Martin', createdAt: day });
    const filter = encodeURIComponent(JSON.stringify({ createdAt_gte: '1999-03-14', createdAt_lte: '1999-03-14' }));
    const names = async (order: 'ASC' | 'DESC') =>
      (await agent.get<Array<{ id: number }>>(`/api/customers?filter=${filter}&sort=["name","${order}"]&range=[0,24]`)).body.map((row) => row.id);
    expect(await names('ASC')).toEqual([batiments.id, alice.id, bruno.id, zebre.id]);
    expect(await names('DESC')).toEqual([zebre.id, bruno.id, alice.id, batiments.id]);
  });

  it('lists a customer’s records on every tab', async () => {
    const { factories } = server;
    const other = factories.customer();
    for (const customerId of [guideExampleId, other.id]) {
      for (const kind of ['domain', 'web_hosting', 'vps'] as const) factories.service(customerId, { kind });
      factories.invoice(customerId);
      factories.order(customerId);
      factories.subUser(customerId);
      factories.loginEvent(customerId);
      factories.emailChange(customerId);
    }
    for (const resource of ['services', 'invoices', 'orders', 'customer-users', 'login-events', 'email-history']) {
      const response = await agent.get<Array<{ customerId: number }>>(
        `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ customerId: guideExampleId }))}`,
      );
      expect(response.status, resource).toBe(200);
      expect(response.body.length, resource).toBeGreaterThan(0);
      expect(
        response.body.every((row) => row.customerId === guideExampleId),
        resource,
      ).toBe(true);
    }
    const services = await agent.get<unknown[]>(`/api/services?filter=${encodeURIComponent(JSON.stringify({ customerId: guideExampleId, status: 'active' }))}`);
    expect(services.body).toHaveLength(3);
  });
});

describe('accounts needing a new backup e-mail', () => {
  const awaitingFilter = encodeURIComponent(JSON.stringify({ newBackupRequired: true }));

  async function agentTile() {
    const response = await agent.get<DashboardResponse>('/api/dashboard');
    expect(response.status).toBe(200);
    const tile = response.body.tiles.find((candidate) => candidate.id === 'customers.new_backup_required');
    if (tile?.kind !== 'count') throw new Error(`expected a count tile, got ${JSON.stringify(tile)}`);
    return tile;
  }

  it('filters the list to the accounts awaiting a new backup, and the agent’s tile counts exactly those', async () => {
    const before = await agentTile();
    const first = server.factories.customer({ newBackupRequired: true, backupEmail: null });
    const second = server.factories.customer({ newBackupRequired: true, backupEmail: null, legalForm: 'company', organisation: 'Secours SA' });
    const settled = server.factories.customer();

    const tile = await agentTile();
    expect(tile.value).toBe(before.value + 2);
    expect(tile.link).toEqual({ resource: 'customers', filter: { newBackupRequired: true } });
    const list = await agent.get<Array<{ id: number; newBackupRequired: boolean }>>(`/api/customers?filter=${awaitingFilter}&sort=["name","ASC"]&range=[0,99]`);
    expect(list.status).toBe(200);
    expect(Number(list.headers.get('content-range')?.split('/')[1])).toBe(tile.value);
    const ids = list.body.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(ids).not.toContain(settled.id);
    expect(list.body.every((row) => row.newBackupRequired)).toBe(true);

    const others = await agent.get<Array<{ id: number }>>(
      `/api/customers?filter=${encodeURIComponent('{"newBackupRequired":false}')}&sort=["id","DESC"]&range=[0,9]`,
    );
    expect(others.body.map((row) => row.id)).toContain(settled.id);
    expect(others.body.map((row) => row.id)).not.toContain(second.id);
  });

  it('shows the tile to agents only', async () => {
    const [lead, compliance] = await Promise.all([signedInAs(server.baseUrl, 'lead'), signedInAs(server.baseUrl, 'compliance')]);
    for (const client of [lead, compliance]) {
      const response = await client.get<DashboardResponse>('/api/dashboard');
      expect(response.body.tiles.map((tile) => tile.id)).not.toContain('customers.new_backup_required');
    }
  });

  it('refuses a filter value that is not a boolean', async () => {
    const response = await agent.get(`/api/customers?filter=${encodeURIComponent('{"newBackupRequired":"yes"}')}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: anyString });
  });
});
