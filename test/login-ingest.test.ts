import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../server/http/service-token.js';
import { decodeReferences } from '../server/modules/flags/detection/state.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { createFactories } from './support/factories.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The login system's push: token, per-record validation, idempotence, limits, audit, detection.

const oldToken = 'rotating-out-token-0123456789abcdef';
const newToken = 'rotating-in-token-fedcba9876543210';
let server: TestServer;
let customer: { id: number; handle: string };

beforeAll(async () => {
  server = await startTestServer({
    customers: 5,
    env: { INGEST_TOKEN_SHA256: `${sha256Hex(oldToken)},${sha256Hex(newToken)}`, INGEST_BATCHES_PER_MINUTE: '1000' },
  });
  const factories = createFactories(server.database);
  const row = factories.customer();
  customer = { id: row.id, handle: row.nicHandle };
  // One login from home a week before: the rules have a history to compare with.
  factories.loginEvent(row.id, { occurredAt: '2026-11-13T10:00:00.000Z', country: 'FR' });
});
afterAll(() => server.close());

let sequence = 0;
function loginEvent(fields: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    id: `evt-${sequence}-${Math.random().toString(36).slice(2)}`,
    occurredAt: '2026-11-20T10:00:00+01:00',
    account: customer.handle.toUpperCase(),
    ip: '78.193.40.10',
    country: 'FR',
    deviceId: 'dev-1',
    deviceLabel: 'Firefox 132 on Windows 11',
    result: 'success',
    isNewDevice: false,
    ...fields,
  };
}

function push(body: unknown, token: string | null = newToken, headers: Record<string, string> = {}) {
  const client = new ApiClient(server.baseUrl);
  return client.request<Record<string, unknown>>('POST', '/api/ingest/login-events', body, token ? { authorization: `Bearer ${token}`, ...headers } : headers);
}

const countEvents = (externalId: string) =>
  server.database.sqlite.prepare<[string], number>('SELECT count(*) FROM login_events WHERE external_id = ?').pluck().get(externalId);
const lastAudit = () =>
  server.database.sqlite
    .prepare<[], { action: string; details: string; actor_id: number | null }>('SELECT action, details, actor_id FROM audit_log ORDER BY id DESC LIMIT 1')
    .get();

describe('login events in', () => {
  it('refuses a batch without a token, and stores nothing', async () => {
    const event = loginEvent();
    const response = await push([event], null);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'auth.service_token_required' });
    expect(countEvents(event.id)).toBe(0);
  });

  it('refuses a wrong token', async () => {
    const event = loginEvent();
    const response = await push([event], 'not-the-token');
    expect(response.status).toBe(401);
    expect(countEvents(event.id)).toBe(0);
  });

  it('refuses a staff session, whatever its role', async () => {
    const lead = await signedInAs(server.baseUrl, 'lead');
    const response = await lead.post('/api/ingest/login-events', [loginEvent()]);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.service_only' });
  });

  it('accepts both tokens of a rotation', async () => {
    for (const token of [oldToken, newToken]) {
      const event = loginEvent();
      const response = await push([event], token);
      expect(response.status).toBe(200);
      expect(countEvents(event.id)).toBe(1);
    }
  });

  it('stores the good records of a mixed batch and reports each bad one with its index and reason', async () => {
    const good = [loginEvent(), loginEvent({ result: 'twofa_failed', occurredAt: '2026-11-20T09:00:00Z' })];
    const batch = [
      good[0],
      loginEvent({ ip: 'not-an-ip' }),
      loginEvent({ account: 'zz99999999-ovh' }),
      good[1],
      loginEvent({ latitude: 48.8 }),
      loginEvent({ extra: 'field' }),
      'not an object',
    ];
    const response = await push(batch);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ received: 7, stored: 2, duplicates: 0 });
    const rejected = response.body.rejected as { index: number; code: string; errors?: Record<string, string> }[];
    expect(rejected.map((r) => [r.index, r.code])).toEqual([
      [1, 'ingest.invalid_record'],
      [2, 'ingest.unknown_account'],
      [4, 'ingest.invalid_record'],
      [5, 'ingest.invalid_record'],
      [6, 'ingest.invalid_record'],
    ]);
    expect(rejected[0]?.errors).toHaveProperty('ip');
    expect(rejected[2]?.errors).toHaveProperty('longitude');
    for (const event of good) expect(countEvents(event.id)).toBe(1);
    expect(lastAudit()).toMatchObject({ action: 'login_events.ingest', actor_id: null });
    expect(JSON.parse(lastAudit()?.details ?? '{}')).toMatchObject({ received: 7, stored: 2, rejected: 5 });
  });

  it('keeps no event of an erased account, and the events of a suspended one', async () => {
    const factories = createFactories(server.database);
    const erased = factories.customer({ state: 'erased' });
    const suspended = factories.customer({ state: 'suspended' });
    const [gone, kept] = [loginEvent({ account: erased.nicHandle }), loginEvent({ account: suspended.nicHandle })];
    const response = await push([gone, kept]);
    expect(response.body).toMatchObject({ received: 2, stored: 1, rejected: [{ index: 0, code: 'ingest.account_erased' }] });
    expect(countEvents(gone.id)).toBe(0);
    expect(countEvents(kept.id)).toBe(1);
  });

  it('stores nothing twice when a batch is sent again, or repeats an event within itself', async () => {
    const event = loginEvent();
    const first = await push([event, event]);
    expect(first.body).toMatchObject({ stored: 1, duplicates: 1 });
    const second = await push([event]);
    expect(second.body).toMatchObject({ stored: 0, duplicates: 1 });
    expect(countEvents(event.id)).toBe(1);
  });

  it('stores times in UTC and locates an event without coordinates offline', async () => {
    const byIp = loginEvent({ occurredAt: '2026-11-20T03:30:00+02:00' });
    const reported = loginEvent({ latitude: 43.6, longitude: 1.44 });
    const byCountry = loginEvent({ ip: '10.0.0.1', country: 'PT' });
    await push([byIp, reported, byCountry]);
    const row = (id: string) =>
      server.database.sqlite
        .prepare<[string], { occurred_at: string; latitude: number; location_source: string }>(
          'SELECT occurred_at, latitude, location_source FROM login_events WHERE external_id = ?',
        )
        .get(id);
    expect(row(byIp.id)).toMatchObject({ occurred_at: '2026-11-20T01:30:00.000Z', location_source: 'ip' });
    expect(row(reported.id)).toMatchObject({ latitude: 43.6, location_source: 'reported' });
    expect(row(byCountry.id)?.location_source).toBe('country');
  });

  it('refuses a batch larger than 1,000 events with 413, storing none of it', async () => {
    const batch = Array.from({ length: 1001 }, () => loginEvent());
    const response = await push(batch);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'ingest.batch_too_large' });
    expect(countEvents(batch[0]?.id as string)).toBe(0);
  });

  it('refuses a body that is not an array', async () => {
    const response = await push({ events: [] });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'ingest.not_a_batch' });
  });

  it('raises a flag from the batch, links its evidence, and joins later evidence to it', async () => {
    const failures = (start: number, count: number) =>
      Array.from({ length: count }, (_, i) =>
        loginEvent({
          occurredAt: new Date(Date.parse('2026-11-21T03:00:00Z') + (start + i) * 30_000).toISOString(),
          result: 'wrong_password',
          ip: '177.37.152.20',
          country: 'BR',
        }),
      );
    const first = await push(failures(0, 5));
    const raised = (first.body.flags as { raised: number[] }).raised;
    expect(raised).toHaveLength(1);
    const flagId = raised[0] as number;
    const again = await push(failures(5, 2));
    expect(again.body.flags).toMatchObject({ raised: [], joined: [flagId] });
    const lead = await signedInAs(server.baseUrl, 'lead');
    const flag = await lead.get<{ rule: string; evidence: unknown[]; customerId: number }>(`/api/flags/${flagId}`);
    expect(flag.body).toMatchObject({ rule: 'failed_login_burst', customerId: customer.id });
    expect(flag.body.evidence).toHaveLength(7);
  });

  it('raises a joined flag to the severity of its new evidence, and never lowers it', async () => {
    const factories = createFactories(server.database);
    const traveller = factories.customer();
    factories.loginEvent(traveller.id, { occurredAt: '2026-11-22T08:00:00.000Z', country: 'FR' });
    const fromAbroad = (clock: string, result: string) =>
      loginEvent({
        account: traveller.nicHandle,
        occurredAt: `2026-11-23T${clock}Z`,
        country: 'JP',
        ip: '133.242.0.1',
        deviceId: `jp-${clock}`,
        isNewDevice: true,
        result,
      });
    const severity = (flagId: number) => server.database.sqlite.prepare<[number], string>('SELECT severity FROM flags WHERE id = ?').pluck().get(flagId);
    // A new device abroad that failed to sign in: medium.
    const first = await push([fromAbroad('09:00:00', 'wrong_password')]);
    const [flagId] = (first.body.flags as { raised: number[] }).raised as [number];
    expect(severity(flagId)).toBe('medium');
    // It then got in: the same flag, now high.
    expect((await push([fromAbroad('09:05:00', 'success')])).body.flags).toEqual({ raised: [], joined: [flagId] });
    expect(severity(flagId)).toBe('high');
    // Another failure from a new country joins it and leaves it high.
    const fromBrazil = loginEvent({
      account: traveller.nicHandle,
      occurredAt: '2026-11-23T09:10:00Z',
      country: 'BR',
      ip: '177.37.152.20',
      deviceId: 'br-1',
      isNewDevice: true,
      result: 'wrong_password',
    });
    expect((await push([fromBrazil])).body.flags).toEqual({ raised: [], joined: [flagId] });
    expect(severity(flagId)).toBe('high');
  });

  it('keeps a small detection state per account, and still finds a burst completed by an event arriving out of order', async () => {
    const factories = createFactories(server.database);
    const other = factories.customer();
    const at = (clock: string) => `2026-11-22T${clock}Z`;
    const send = (clock: string, fields: Record<string, unknown> = {}) => loginEvent({ account: other.nicHandle, occurredAt: at(clock), ...fields });
    const failure = { result: 'wrong_password' };
    expect((await push([send('10:00:00')])).status).toBe(200);
    // Four failures within minutes, then a success: no burst yet.
    const early = await push([send('12:00:00', failure), send('12:01:00', failure), send('12:02:00', failure), send('12:04:00', failure), send('12:10:00')]);
    expect(early.body.flags).toEqual({ raised: [], joined: [] });
    const state = () =>
      server.database.sqlite
        .prepare<[number], { newestAt: number; referenceEvents: Buffer }>(
          'SELECT newest_at AS newestAt, reference_events AS referenceEvents FROM login_detection_state WHERE customer_id = ?',
        )
        .get(other.id);
    expect(state()?.newestAt).toBe(Date.parse(at('12:10:00')));
    // The four failures and the last success from home stand for the history: no more.
    expect(decodeReferences(state()?.referenceEvents ?? Buffer.alloc(0))).toHaveLength(5);
    // The fifth failure arrives late, older than the newest event: the rules read the history for it.
    const late = await push([send('12:03:00', failure)]);
    const raised = (late.body.flags as { raised: number[] }).raised;
    expect(raised).toHaveLength(1);
    const lead = await signedInAs(server.baseUrl, 'lead');
    const flag = await lead.get<{ rule: string; evidence: unknown[] }>(`/api/flags/${raised[0] as number}`);
    expect(flag.body).toMatchObject({ rule: 'failed_login_burst' });
    expect(flag.body.evidence).toHaveLength(5);
    expect(state()?.newestAt).toBe(Date.parse(at('12:10:00')));
  });

  it('limits how many batches a token may send a minute', async () => {
    const limited = await startTestServer({ customers: 5, env: { INGEST_TOKEN_SHA256: sha256Hex(newToken), INGEST_BATCHES_PER_MINUTE: '2' } });
    try {
      const send = () => new ApiClient(limited.baseUrl).request('POST', '/api/ingest/login-events', [], { authorization: `Bearer ${newToken}` });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.body).toMatchObject({ code: 'ingest.rate_limited' });
    } finally {
      await limited.close();
    }
  });
});
