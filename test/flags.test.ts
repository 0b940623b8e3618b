import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../server/http/service-token.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { createFactories, type CustomerOverrides } from './support/factories.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';
import type { FlagDetail } from '../server/modules/flags/flags.service.js';

// Flags end to end over HTTP: the demo fixture's flags, the queue, the life of a flag, the lock on
// the promotion with the lead's override, detection after an e-mail change, the security advice.

const token = 'flags-test-ingest-token-000000000000';
let server: TestServer;
let agent: ApiClient;
let lead: ApiClient;
let compliance: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ customers: 60, demoFlags: true, env: { INGEST_TOKEN_SHA256: sha256Hex(token) } });
  [agent, lead, compliance] = await Promise.all([
    signedInAs(server.baseUrl, 'agent'),
    signedInAs(server.baseUrl, 'lead'),
    signedInAs(server.baseUrl, 'compliance'),
  ]);
});
afterAll(() => server.close());

type Flag = FlagDetail;
interface Blocker {
  code: string;
  message: string;
  overridable?: boolean;
  params?: Record<string, unknown>;
}
interface CustomerView {
  id: number;
  version: number;
  primaryEmail: string;
  backupEmail: string | null;
  blockedActions: Record<string, Blocker[]>;
}

const sqlite = () => server.database.sqlite;
const customerId = (handle: string) => sqlite().prepare<[string], number>('SELECT id FROM customers WHERE nic_handle = ?').pluck().get(handle) as number;
const auditCount = () => sqlite().prepare<[], number>('SELECT count(*) FROM audit_log').pluck().get() as number;
const flagsOf = async (id: number) => (await lead.get<Flag[]>(`/api/flags?filter=${encodeURIComponent(JSON.stringify({ customerId: id }))}`)).body;
const promoteBody = (version: number, extra: Record<string, unknown> = {}) => ({
  ticketRef: 'TCK-2026-0777',
  identityCheck: 'callback_on_file_phone',
  reason: 'Customer lost access to the primary mailbox',
  version,
  ...extra,
});

/** A new account with a backup e-mail and no history. */
const freshAccount = (overrides: CustomerOverrides = {}) => createFactories(server.database).customer(overrides).id;
/** The lead confirms their password: overriding a lock needs a fresh session. */
const reauthenticate = (client: ApiClient) => client.post('/api/auth/reauthenticate', { password: demoPassword });

describe('flags', () => {
  it('raises the fixture mb77777-ovh flags at demo start, from event times', async () => {
    const flags = await flagsOf(customerId('mb77777-ovh'));
    const byRule = Object.fromEntries(flags.map((f) => [f.rule, f]));
    expect(byRule.new_country_device).toMatchObject({ severity: 'high', status: 'open' });
    expect(byRule.failed_login_burst).toMatchObject({ severity: 'medium', status: 'open' });
    const detail = (await agent.get<Flag>(`/api/flags/${byRule.new_country_device?.id}`)).body;
    expect(detail.evidence).toHaveLength(16);
    expect(new Set(detail.evidence.map((e) => e.country))).toEqual(new Set(['BR', 'VN', 'NG']));
    // The figures behind the summary, for the console to word in French or English.
    expect(detail.summaryParams).toEqual({ days: 90, countries: 'BR, VN, NG', smart_count: 16, succeeded: 1 });
  });

  it('never raises a second flag for the same evidence when detection runs again', async () => {
    const id = customerId('mb77777-ovh');
    const before = (await flagsOf(id)).length;
    const run = await agent.post<{ raised: number[]; joined: number[] }>(`/api/customers/${id}/run-detection`);
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ raised: [], joined: [] });
    expect(await flagsOf(id)).toHaveLength(before);
  });

  it('lists the queue most severe first, then oldest first', async () => {
    const queue = (await lead.get<Flag[]>(`/api/flags?filter=${encodeURIComponent(JSON.stringify({ isActive: true }))}&range=[0,999]`)).body;
    const ranks = queue.map((f) => ({ high: 3, medium: 2, low: 1 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(queue.length).toBeGreaterThan(1);
  });

  it('lets an agent raise a flag from a call, and refuses the admin', async () => {
    const id = freshAccount();
    const body = {
      customerId: id,
      kind: 'unrecognised_login_notification',
      severity: 'medium',
      note: 'Caller got a login notice from Spain',
      ticketRef: 'TCK-1001',
    };
    const raised = await agent.post<Flag>('/api/flags', body);
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ rule: 'manual', severity: 'medium', status: 'open' });
    const admin = await signedInAs(server.baseUrl, 'admin');
    expect((await admin.post('/api/flags', body)).status).toBe(403);
    const invalid = await agent.post<{ code: string; errors: Record<string, string> }>('/api/flags', { ...body, severity: 'urgent', ticketRef: '' });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors)).toEqual(expect.arrayContaining(['severity', 'ticketRef']));
  });

  it('locks the promotion while a high flag is open; a lead overrides with a reason, audited', async () => {
    const id = freshAccount();
    const raised = (
      await agent.post<Flag>('/api/flags', {
        customerId: id,
        kind: 'unrecognised_change',
        severity: 'high',
        note: 'Caller did not ask for any change',
        ticketRef: 'TCK-1002',
      })
    ).body;
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    const blockers = view.blockedActions['backup-email.promote'] ?? [];
    expect(blockers).toMatchObject([{ code: 'flags.open_high_severity', overridable: true, params: { flagId: raised.id } }]);
    expect(blockers[0]?.message).toContain(`#${raised.id}`);

    const auditBefore = auditCount();
    const refused = await agent.post<{ code: string; message: string }>(`/api/customers/${id}/promote-backup-email`, promoteBody(view.version));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('flags.open_high_severity');
    expect(refused.body.message).toContain(`#${raised.id}`);
    const leadWithoutReason = await lead.post(`/api/customers/${id}/promote-backup-email`, promoteBody(view.version));
    expect(leadWithoutReason.status).toBe(409);
    const agentWithReason = await agent.post(
      `/api/customers/${id}/promote-backup-email`,
      promoteBody(view.version, { overrideReason: 'I am sure it is fine' }),
    );
    expect(agentWithReason.status).toBe(409);
    expect(auditCount()).toBe(auditBefore);

    expect((await reauthenticate(lead)).status).toBe(200);
    const overridden = await lead.post<CustomerView>(
      `/api/customers/${id}/promote-backup-email`,
      promoteBody(view.version, { overrideReason: 'Identity confirmed by video call with ID document' }),
    );
    expect(overridden.status).toBe(200);
    const entry = sqlite()
      .prepare<[number], { details: string }>("SELECT details FROM audit_log WHERE customer_id = ? AND action = 'customers.promote_backup_email'")
      .get(id);
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({
      overridden: ['flags.open_high_severity'],
      overrideReason: 'Identity confirmed by video call with ID document',
    });
  });

  it('takes a flag through triage to resolution; only leads may, and the lock lifts', async () => {
    const id = freshAccount();
    const raised = (await agent.post<Flag>('/api/flags', { customerId: id, kind: 'other', severity: 'high', note: 'Suspicious call', ticketRef: 'TCK-1003' }))
      .body;
    expect((await agent.post(`/api/flags/${raised.id}/triage`, { version: raised.version })).status).toBe(403);
    const assignees = (await lead.get<{ id: number; displayName: string }[]>('/api/flags/assignees')).body;
    const triaged = await lead.post<Flag>(`/api/flags/${raised.id}/triage`, {
      assigneeId: assignees[0]?.id,
      note: 'Calling the customer back',
      version: raised.version,
    });
    expect(triaged.status).toBe(200);
    expect(triaged.body).toMatchObject({ status: 'investigating', assigneeId: assignees[0]?.id, notes: [{ text: 'Calling the customer back' }] });
    const stale = await lead.post(`/api/flags/${raised.id}/resolve`, { resolution: 'false_positive', note: 'Customer confirms', version: raised.version });
    expect(stale.status).toBe(409);
    const resolved = await lead.post<Flag>(`/api/flags/${raised.id}/resolve`, {
      resolution: 'customer_secured',
      note: 'Password changed, 2FA on',
      version: triaged.body.version,
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: 'customer_secured' });
    expect((await lead.post(`/api/flags/${raised.id}/triage`, { version: resolved.body.version })).status).toBe(409);
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    expect(view.blockedActions['backup-email.promote']).toEqual([]);
    expect((await compliance.post(`/api/flags/${raised.id}/resolve`, { resolution: 'false_positive', note: 'x', version: 1 })).status).toBe(403);
  });

  it('raises the e-mail-change rule when a promotion follows a successful login from an unknown device', async () => {
    const account = createFactories(server.database).customer();
    const [id, handle] = [account.id, account.nicHandle];
    const now = Date.now();
    const ingest = await new ApiClient(server.baseUrl).request(
      'POST',
      '/api/ingest/login-events',
      [
        {
          id: `home-${now}`,
          occurredAt: new Date(now - 3 * 86_400_000).toISOString(),
          account: handle,
          ip: '78.193.40.10',
          country: 'FR',
          deviceId: 'd-home',
          deviceLabel: 'Firefox',
          result: 'success',
          isNewDevice: false,
        },
        {
          id: `new-${now}`,
          occurredAt: new Date(now - 3_600_000).toISOString(),
          account: handle,
          ip: '78.193.40.11',
          country: 'FR',
          deviceId: 'd-new',
          deviceLabel: 'Chrome on Android',
          result: 'success',
          isNewDevice: true,
        },
      ],
      { authorization: `Bearer ${token}` },
    );
    expect(ingest.status).toBe(200);
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    expect((await agent.post(`/api/customers/${id}/promote-backup-email`, promoteBody(view.version))).status).toBe(200);
    const flags = await flagsOf(id);
    expect(flags.find((f) => f.rule === 'email_change_after_unknown_login')).toMatchObject({ severity: 'high', status: 'open' });
  });

  it('sends the guide’s security advice in the customer’s language, audited', async () => {
    const id = freshAccount({ language: 'en' });
    const refused = await agent.post(`/api/customers/${id}/send-security-advice`, {});
    expect(refused.status).toBe(400);
    const sent = await agent.post(`/api/customers/${id}/send-security-advice`, { ticketRef: 'TCK-1004' });
    expect(sent.status).toBe(204);
    const message = sqlite()
      .prepare<[number], { template: string; locale: string }>("SELECT template, locale FROM messages WHERE customer_id = ? AND template = 'security-advice'")
      .get(id);
    expect(message).toEqual({ template: 'security-advice', locale: 'en' });
    const french = freshAccount({ language: 'fr' });
    await agent.post(`/api/customers/${french}/send-security-advice`, { ticketRef: 'TCK-1005' });
    const rendered = sqlite()
      .prepare<[number], { locale: string }>("SELECT locale FROM messages WHERE customer_id = ? AND template = 'security-advice'")
      .get(french);
    expect(rendered?.locale).toBe('fr');
    expect(sqlite().prepare("SELECT count(*) FROM audit_log WHERE action = 'customers.send_security_advice'").pluck().get()).toBe(2);
  });
});
