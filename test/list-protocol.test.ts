import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'ra-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { anyString } from './support/matchers.js';

let server: TestServer;
let agent: ApiClient;
let dataProvider: ReturnType<typeof simpleRestProvider>;

beforeAll(async () => {
  server = await startTestServer({ customers: 300 });
  agent = await signedInAs(server.baseUrl, 'agent');
  // The real react-admin data provider, with the session cookie a browser would send.
  dataProvider = simpleRestProvider(`${server.baseUrl}/api`, (url, options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('cookie', agent.cookie ?? '');
    return fetchUtils.fetchJson(url, { ...options, headers });
  });
});
afterAll(() => server.close());

/** The fields these tests read from what the data provider hands react-admin. */
interface ListedRecord {
  id: number;
  customerId?: number;
  customerCode?: string;
}

const count = (sql: string) => (server.database.sqlite.prepare(sql).get() as { n: number }).n;

describe('ra-data-simple-rest protocol', () => {
  it('getList pages, sorts and totals customers like react-admin expects', async () => {
    const page = await dataProvider.getList<ListedRecord>('customers', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'id', order: 'DESC' },
      filter: {},
    });
    expect(page.data).toHaveLength(10);
    expect(page.total).toBe(count('SELECT count(*) n FROM customers'));
    const ids = page.data.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const maxId = count('SELECT max(id) n FROM customers');
    expect(ids[0]).toBe(maxId - 10);
  });

  it('sends Content-Range with an inclusive end and exposes it', async () => {
    const response = await agent.get('/api/customers?range=[5,9]&sort=["id","ASC"]');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe(`customers 5-9/${count('SELECT count(*) n FROM customers')}`);
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Range');
  });

  it('filters customers by column', async () => {
    const page = await dataProvider.getList('customers', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { state: 'suspended', hasBackupEmail: false },
    });
    expect(page.total).toBe(count("SELECT count(*) n FROM customers WHERE state = 'suspended' AND backup_email IS NULL"));
    for (const customer of page.data) expect(customer).toMatchObject({ state: 'suspended', backupEmail: null });
  });

  it('flags a capped total on a list over every customer, and counts one customer exactly', async () => {
    const all = await agent.get('/api/login-events?range=[0,24]');
    const events = count('SELECT count(*) n FROM login_events');
    expect(events).toBeGreaterThan(300);
    expect(all.headers.get('x-total-capped')).toBe('true');
    const lowerBound = Number(all.headers.get('content-range')?.split('/')[1]);
    expect(lowerBound).toBeGreaterThanOrEqual(25);
    expect(lowerBound).toBeLessThan(events);
    const one = await agent.get(`/api/login-events?filter=${encodeURIComponent('{"customerId":1}')}&range=[0,4]`);
    expect(one.headers.get('x-total-capped')).toBeNull();
    expect(one.headers.get('content-range')).toMatch(new RegExp(`/${count('SELECT count(*) n FROM login_events WHERE customer_id = 1')}$`));
  });

  it('getMany fetches by ids', async () => {
    const { data } = await dataProvider.getMany<ListedRecord>('customers', { ids: [3, 1, 2] });
    expect(data.map((c) => c.id).sort()).toEqual([1, 2, 3]);
  });

  it('getManyReference lists a customer’s services through the target field', async () => {
    const customerId = count("SELECT id n FROM customers WHERE nic_handle = 'xx11111-ovh'");
    const result = await dataProvider.getManyReference<ListedRecord>('services', {
      target: 'customerId',
      id: customerId,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.total).toBe(count(`SELECT count(*) n FROM services WHERE customer_id = ${customerId}`));
    expect(result.total).toBeGreaterThan(0);
    for (const service of result.data) expect(service.customerId).toBe(customerId);
  });

  it('getOne returns the record with its id and formatted customer code', async () => {
    const { data } = await dataProvider.getOne<ListedRecord>('customers', { id: 1 });
    expect(data.id).toBe(1);
    expect(data.customerCode).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data).not.toHaveProperty('lastNameKey');
  });

  it('accepts pages of 1,000 rows (the CSV export) and refuses larger ones', async () => {
    expect((await agent.get('/api/login-events?range=[0,999]')).status).toBe(200);
    const tooLarge = await agent.get('/api/customers?range=[0,1000]');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({ code: 'list.page_too_large' });
  });

  const badRequests: Array<[string, string, string]> = [
    ['malformed filter JSON', '/api/customers?filter={nope', 'list.malformed_param'],
    ['filter that is not an object', '/api/customers?filter=[1]', 'list.invalid_filter'],
    ['unknown filter field', '/api/customers?filter={"passwordHash":"x"}', 'list.invalid_filter'],
    ['wrongly typed filter', '/api/customers?filter={"state":"dormant"}', 'list.invalid_filter'],
    ['unknown sort field', '/api/customers?sort=["primaryEmail","ASC"]', 'list.unknown_sort'],
    ['malformed sort', '/api/customers?sort=["id","UP"]', 'list.invalid_sort'],
    ['negative range', '/api/customers?range=[-5,10]', 'list.invalid_range'],
    ['reversed range', '/api/customers?range=[10,5]', 'list.invalid_range'],
    ['unknown query parameter', '/api/customers?page=2', 'request.invalid'],
    ['id that is not an id', '/api/customers/abc', 'request.invalid_id'],
    ['SQL in an id', "/api/services/1'%20OR%201=1", 'request.invalid_id'],
  ];
  for (const [what, path, code] of badRequests) {
    it(`answers a ${what} with a clear 400`, async () => {
      const response = await agent.get(path);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code, message: anyString });
      expect(JSON.stringify(response.body)).not.toMatch(/SQLITE|at .*\.ts|stack/i);
    });
  }

  it('answers an unknown record with 404 and an unknown route with a JSON 404', async () => {
    expect((await agent.get('/api/customers/99999999')).body).toMatchObject({ code: 'customers.not_found' });
    const unknown = await agent.get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'request.unknown_route' });
  });

  it('answers malformed JSON bodies with 400, not a crash', async () => {
    const response = await agent.request('POST', '/api/staff', undefined, { 'content-type': 'application/json', 'x-csrf-token': agent.csrfToken ?? '' });
    expect(response.status).toBeLessThan(500);
    const raw = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 'request.malformed_json' });
  });
});
