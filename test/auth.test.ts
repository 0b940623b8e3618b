import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInAs } from './support/api-client.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';
import { including } from './support/matchers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 20, env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(() => server.close());

const auditActions = () =>
  server.database.sqlite
    .prepare<[], { action: string }>('SELECT action FROM audit_log ORDER BY id')
    .all()
    .map((row) => row.action);

describe('staff sign-in', () => {
  it('signs in with e-mail and password, sets a strict httpOnly cookie, and answers /me', async () => {
    const client = new ApiClient(server.baseUrl);
    const response = await client.request('POST', '/api/auth/login', { email: 'Agent@Guichet.test', password: demoPassword });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^guichet_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(response.body).toMatchObject({ email: 'agent@guichet.test', role: 'agent', permissions: including(['customers.read']) });
    expect(response.body).not.toHaveProperty('passwordHash');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'agent' });
    expect(auditActions()).toContain('auth.login');
  });

  it('stores passwords as Argon2id hashes', () => {
    const row = server.database.sqlite.prepare<[], { hash: string }>("SELECT password_hash AS hash FROM staff WHERE email = 'lead@guichet.test'").get();
    expect(row?.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a wrong password with 401 and audits the failure', async () => {
    const client = new ApiClient(server.baseUrl);
    const response = await client.signIn('lead@guichet.test', 'not-the-password');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(auditActions()).toContain('auth.login_failed');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const response = await new ApiClient(server.baseUrl).signIn('nobody@guichet.test', 'whatever-password');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('makes an address wait after repeated failures, answering even the right password like a wrong one', async () => {
    const client = new ApiClient(server.baseUrl);
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await client.signIn('compliance@guichet.test', 'wrong-password')).status).toBe(401);
    const waiting = await client.signIn('compliance@guichet.test');
    expect(waiting.status).toBe(401);
    expect(waiting.body).toMatchObject({ code: 'auth.invalid_credentials' });
    server.advanceClock(16 * 60_000);
    expect((await client.signIn('compliance@guichet.test')).status).toBe(200);
  });

  it('rejects a sign-in that is not JSON', async () => {
    const response = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=agent%40guichet.test&password=${demoPassword}`,
    });
    expect(response.status).toBe(415);
  });

  it('gives 400 with field errors for a malformed sign-in', async () => {
    const response = await new ApiClient(server.baseUrl).request<{ errors: Record<string, string> }>('POST', '/api/auth/login', { email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('issues a new session at every sign-in and revokes the one the browser came with', async () => {
    const client = await signedInAs(server.baseUrl, 'agent');
    const firstCookie = client.cookie;
    await client.signIn('agent@guichet.test');
    expect(client.cookie).not.toBe(firstCookie);
    const stale = new ApiClient(server.baseUrl);
    stale.cookie = firstCookie;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('revokes the session at sign-out', async () => {
    const client = await signedInAs(server.baseUrl, 'agent');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new ApiClient(server.baseUrl);
    replay.cookie = cookie;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
    expect(auditActions()).toContain('auth.logout');
  });

  it('ends a session after the idle timeout', async () => {
    const client = await signedInAs(server.baseUrl, 'lead');
    server.advanceClock(server.config.sessionIdleMs - 120_000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    server.advanceClock(server.config.sessionIdleMs + 1);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session at the absolute timeout even when it is in constant use', async () => {
    const client = await signedInAs(server.baseUrl, 'lead');
    const step = server.config.sessionIdleMs / 2;
    for (let elapsed = 0; elapsed + step < server.config.sessionAbsoluteMs; elapsed += step) {
      server.advanceClock(step);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    }
    server.advanceClock(step);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await signedInAs(server.baseUrl, 'admin');
    const response = await client.request('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.csrf' });
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a request from a foreign origin', async () => {
    const client = await signedInAs(server.baseUrl, 'admin');
    const response = await client.request('POST', '/api/auth/logout', {}, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.bad_origin' });
  });
});
