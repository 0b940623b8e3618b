import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '../server/http/policy.js';
import type { RouteDefinition } from '../server/http/routes.js';
import { staffRoles } from '../db/schema/staff.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { anyString } from './support/matchers.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// Inputs a hostile or careless client sends, answered the same way by every route: through the
// shared mechanisms of server/http (error handler, route parameters, list query, LIKE helper).

let server: TestServer;
let lead: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  lead = await signedInAs(server.baseUrl, 'lead');
});
afterAll(() => server.close());

const listed = (response: { body: unknown }) => response.body as Array<{ id: number }>;
const filterParam = (filter: object) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('client errors Express and body-parser detect', () => {
  it('answers malformed percent-encoding in a path with a JSON 400', async () => {
    const response = await lead.get('/api/customers/%ZZ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'request.malformed_url', message: anyString });
  });

  it('answers a corrupt gzip body with a JSON 400, and a valid gzip body is read', async () => {
    const corrupt = await lead.request('POST', '/api/auth/reauthenticate', undefined, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(corrupt.status).toBe(400);
    const garbage = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: Buffer.from('this is not gzip at all'),
    });
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ code: 'request.malformed_body', message: anyString });
    const valid = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ email: 'nobody@guichet.test', password: 'wrong password' })),
    });
    expect(valid.status).toBe(401);
  });

  it('answers an unsupported content encoding with a JSON 415', async () => {
    const response = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'compress' },
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'request.unsupported_encoding' });
  });
});

const notIds = ['1e2', '0x10', '+1', '1.0', '%20%201', '01', '-1', '0', '9007199254740993'];

describe('only canonical positive integers are ids', () => {
  // Every `:name` is a record id unless the route declares another schema for it (a session's hex id).
  const routesWithIds = () =>
    server.routes.filter((route) => /:(id|fileId)\b/.test(route.path) && route.access !== 'service-token' && !route.schemas?.params?.id);
  const roleFor = (route: RouteDefinition) => staffRoles.find((role) => isAllowed(role, route.access)) ?? 'lead';

  it('refuses every non-canonical id in every route parameter with 400 request.invalid_id', async () => {
    expect(routesWithIds().length).toBeGreaterThan(20);
    const clients = new Map<string, ApiClient>();
    for (const route of routesWithIds()) {
      const role = roleFor(route);
      const client = clients.get(role) ?? (await signedInAs(server.baseUrl, role));
      clients.set(role, client);
      for (const bad of notIds) {
        const path = route.path.replace(/:(id|fileId)\b/g, (_match, name: string) => (name === 'id' ? bad : '1'));
        const response = await client.request(route.method.toUpperCase(), path, route.method === 'get' ? undefined : {});
        expect(response.status, `${route.method.toUpperCase()} ${path}`).toBe(400);
        expect(response.body, `${route.method.toUpperCase()} ${path}`).toMatchObject({ code: 'request.invalid_id' });
      }
    }
  });

  it('reads a canonical id', async () => {
    const customer = server.factories.customer();
    expect((await lead.get(`/api/customers/${customer.id}`)).status).toBe(200);
  });

  const badFilterIds: unknown[] = [[true], true, '1e2', '0x10', 1.5, 0, -3, ' 1', ['1.0'], [], null];
  it('refuses every non-canonical id in an id filter with 400 list.invalid_filter', async () => {
    for (const bad of badFilterIds) {
      for (const [resource, field] of [
        ['customers', 'id'],
        ['services', 'customerId'],
        ['audit-log', 'actorId'],
        ['flags', 'customerId'],
      ] as const) {
        const response = await lead.get(`/api/${resource}?${filterParam({ [field]: bad })}`);
        expect(response.status, `${resource} ${field}=${JSON.stringify(bad)}`).toBe(400);
        expect(response.body).toMatchObject({ code: 'list.invalid_filter' });
      }
    }
  });

  it('accepts ids as numbers or digit strings in filters (react-admin sends both)', async () => {
    const customer = server.factories.customer();
    for (const value of [customer.id, String(customer.id), [customer.id], [String(customer.id)]]) {
      const response = await lead.get(`/api/customers?${filterParam({ id: value })}`);
      expect(response.status).toBe(200);
      expect(listed(response).map((row) => row.id)).toEqual([customer.id]);
    }
  });
});

describe('date filters compare instants', () => {
  it('compares a bound with an offset as an instant and includes the whole day of a bare upper bound', async () => {
    // 2026-10-31T06:30Z is 19:30 on 31 October in Auckland (+13:00).
    const early = server.factories.customer({ createdAt: '2026-10-31T06:00:00.000Z' });
    const late = server.factories.customer({ createdAt: '2026-10-31T06:30:00.000Z' });
    const lastMinute = server.factories.customer({ createdAt: '2026-10-31T23:59:59.999Z' });
    const ids = async (filter: object) =>
      listed(await lead.get(`/api/customers?${filterParam({ ...filter, id: [early.id, late.id, lastMinute.id] })}`)).map((r) => r.id);
    expect(await ids({ createdAt_lte: '2026-10-31T19:08:16+13:00' })).toEqual([early.id]);
    expect(await ids({ createdAt_gte: '2026-10-31T19:08:16+13:00' })).toEqual([late.id, lastMinute.id]);
    expect(await ids({ createdAt_lte: '2026-10-31' })).toEqual([early.id, late.id, lastMinute.id]);
    expect(await ids({ createdAt_gte: '2026-11-01' })).toEqual([]);
  });

  it('includes the whole day of a bare upper bound in the audit log as well', async () => {
    const customer = server.factories.customer();
    await lead.get(`/api/customers/${customer.id}`);
    const today = new Date().toISOString().slice(0, 10);
    const response = await lead.get(`/api/audit-log?${filterParam({ at_gte: today, at_lte: today })}`);
    expect(response.status).toBe(200);
    expect(listed(response).length).toBeGreaterThan(0);
    // An instant with an offset is that instant: a minute from now, written as a clock twelve hours behind.
    const aMinuteFromNow = new Date(Date.now() + 60_000 - 12 * 3_600_000).toISOString().slice(0, 19);
    const offset = await lead.get(`/api/audit-log?${filterParam({ at_lte: `${aMinuteFromNow}-12:00` })}`);
    expect(listed(offset).length).toBeGreaterThan(0);
  });

  it('refuses a date that is not one', async () => {
    for (const bad of ['2026-02-30', '31/10/2026', '2026-10-31T25:00:00Z', 'yesterday']) {
      const response = await lead.get(`/api/customers?${filterParam({ createdAt_lte: bad })}`);
      expect(response.status, bad).toBe(400);
      expect(response.body).toMatchObject({ code: 'list.invalid_filter' });
    }
  });
});

describe('capped totals are flagged', () => {
  it('sends X-Total-Capped with a capped total on a filtered audit-log page', async () => {
    const customer = server.factories.customer();
    for (let i = 0; i < 520; i += 1)
      server.changes.apply(() => ({
        result: null,
        audit: { actor: null, action: 'test.probe', targetType: 'customer', targetId: customer.id, customerId: customer.id },
      }));
    const response = await lead.get(`/api/audit-log?${filterParam({ action: 'test.probe' })}&range=[0,24]`);
    expect(response.status).toBe(200);
    expect(listed(response)).toHaveLength(25);
    expect(response.headers.get('x-total-capped')).toBe('true');
    const total = Number(response.headers.get('content-range')?.split('/')[1]);
    expect(total).toBeLessThan(520);
    const last = await lead.get(`/api/audit-log?${filterParam({ action: 'test.probe' })}&range=[500,524]`);
    expect(last.headers.get('x-total-capped')).toBeNull();
    expect(last.headers.get('content-range')).toBe('audit-log 500-519/520');
  });
});

describe('text search treats % and _ as text', () => {
  it('finds staff whose name contains _ or %, and only them', async () => {
    const underscore = await server.factories.staffMember({ role: 'agent', displayName: 'Probe_Under' });
    const percent = await server.factories.staffMember({ role: 'agent', displayName: 'Probe 100% sure' });
    await server.factories.staffMember({ role: 'agent', displayName: 'ProbeXUnder' });
    await server.factories.staffMember({ role: 'agent', displayName: 'Probe 1000 sure' });
    const admin = await signedInAs(server.baseUrl, 'admin');
    const search = async (q: string) => listed(await admin.get(`/api/staff?${filterParam({ q })}`)).map((row) => row.id);
    expect(await search('e_U')).toEqual([underscore.id]);
    expect(await search('0%')).toEqual([percent.id]);
    expect(await search('\\')).toEqual([]);
  });
});

describe('one list mechanism', () => {
  it('sets Content-Range and X-Total-Capped only in http/list-query.ts', () => {
    const setters = sourceLines(['server']).filter(({ line }) => /Content-Range|X-Total-Capped/.test(line) && /setHeader|header\(/.test(line));
    expect(setters.map(({ where }) => where.split(':')[0])).toEqual(setters.map(() => join('server', 'http', 'list-query.ts')));
    expect(setters.length).toBeGreaterThan(0);
  });
});

describe('one LIKE helper', () => {
  it('leaves no LIKE in server or db code without its ESCAPE clause', () => {
    const offenders = sourceLines(['server', 'db']).filter(({ line }) => /\bLIKE\b/.test(line) && !/ESCAPE/.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line));
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });
});

/** Every line of the TypeScript under these folders (migrations aside), with its file:line. */
function sourceLines(roots: string[]): Array<{ where: string; line: string }> {
  const lines: Array<{ where: string; line: string }> = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory() && entry.name !== 'migrations') walk(path);
      else if (path.endsWith('.ts'))
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, index) => lines.push({ where: `${path}:${index + 1}`, line }));
    }
  };
  roots.forEach(walk);
  return lines;
}
