import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from './support/api-client.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 5, env: { REAUTH_MINUTES: '5' } });
});
afterAll(() => server.close());

const auditCount = () => server.database.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()?.n ?? 0;
const newStaff = { email: 'reauth-new@guichet.test', displayName: 'Rita Reauth', role: 'admin' };

describe('re-authentication before dangerous actions', () => {
  it('lets a just-signed-in person act, and asks again once the window has passed', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    expect((await admin.post('/api/staff', { ...newStaff, email: 'reauth-first@guichet.test' })).status).toBe(201);
    server.advanceClock(6 * 60_000);
    const before = auditCount();
    const refused = await admin.post('/api/staff', newStaff);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'auth.reauth_required' });
    expect(auditCount()).toBe(before);
    expect(server.database.sqlite.prepare('SELECT id FROM staff WHERE email = ?').get(newStaff.email)).toBeUndefined();
  });

  it('refuses a wrong password and keeps the session stale', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    server.advanceClock(6 * 60_000);
    const wrong = await admin.post('/api/auth/reauthenticate', { password: 'not-my-password' });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'auth.reauth_failed' });
    expect((await admin.post('/api/staff', newStaff)).body).toMatchObject({ code: 'auth.reauth_required' });
  });

  it('opens the dangerous action for the window after the right password, then closes it again', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    server.advanceClock(6 * 60_000);
    const confirmed = await admin.post<{ freshUntil: string }>('/api/auth/reauthenticate', { password: demoPassword });
    expect(confirmed.status).toBe(200);
    expect(Date.parse(confirmed.body.freshUntil)).toBeGreaterThan(Date.now());
    expect((await admin.post('/api/staff', newStaff)).status).toBe(201);
    server.advanceClock(6 * 60_000);
    expect((await admin.post('/api/staff', { ...newStaff, email: 'reauth-third@guichet.test' })).body).toMatchObject({ code: 'auth.reauth_required' });
  });

  it('asks for it on a promotion only when the lead overrides a lock', async () => {
    const lead = await signedInAs(server.baseUrl, 'lead');
    server.advanceClock(6 * 60_000);
    const override = await lead.post('/api/customers/1/promote-backup-email', { overrideReason: 'caller verified twice' });
    expect(override.body).toMatchObject({ code: 'auth.reauth_required' });
    const plain = await lead.post('/api/customers/1/promote-backup-email', {});
    expect(plain.status).toBe(400);
  });

  it('checks the role before freshness: a forbidden role learns nothing about re-authentication', async () => {
    const agent = await signedInAs(server.baseUrl, 'agent');
    server.advanceClock(6 * 60_000);
    expect((await agent.post('/api/staff', newStaff)).body).toMatchObject({ code: 'auth.forbidden' });
  });
});
