import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';

// TRUST_PROXY=1: the test plays the proxy, appending the address it "saw" as the last X-Forwarded-For
// hop; what comes before it is whatever the client sent, forged or not.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 5, env: { TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(() => server.close());

const from = (clientAddress: string, forged?: string) => ({ 'x-forwarded-for': forged ? `${forged}, ${clientAddress}` : clientAddress });
const signIn = (email: string, password: string, headers: Record<string, string>) =>
  new ApiClient(server.baseUrl).request('POST', '/api/auth/login', { email, password }, headers);
const failures = (email: string) =>
  server.database.sqlite.prepare<[string], { failedLogins: number }>('SELECT failed_logins AS failedLogins FROM staff WHERE email = ?').get(email)
    ?.failedLogins;

describe('sign-in failures and waiting', () => {
  it('counts every one of 12 parallel wrong passwords, and then refuses the right one from that address', async () => {
    const address = from('203.0.113.10');
    const answers = await Promise.all(Array.from({ length: 12 }, () => signIn('agent@guichet.test', 'wrong-password', address)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(401));
    expect(failures('agent@guichet.test')).toBe(12);
    const pair = server.database.sqlite
      .prepare<[], { failures: number; blockedUntil: string }>(
        "SELECT failures, blocked_until AS blockedUntil FROM login_throttles WHERE address = '203.0.113.10'",
      )
      .get();
    expect(pair?.failures).toBe(12);
    expect(Date.parse(pair?.blockedUntil ?? '')).toBeGreaterThan(Date.now());
    const right = await signIn('agent@guichet.test', demoPassword, address);
    expect(right.status).toBe(401);
    expect(right.body).toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('does not let one attacker lock the owner out: the owner signs in from their own address', async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) await signIn('lead@guichet.test', 'wrong-password', from('203.0.113.20'));
    expect((await signIn('lead@guichet.test', 'wrong-password', from('203.0.113.20'))).status).toBe(401);
    const owner = await signIn('lead@guichet.test', demoPassword, from('198.51.100.5'));
    expect(owner.status).toBe(200);
  });

  it('lets the address try again once its wait is over', async () => {
    const address = from('203.0.113.30');
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn('compliance@guichet.test', 'wrong-password', address);
    expect((await signIn('compliance@guichet.test', demoPassword, address)).status).toBe(401);
    server.advanceClock(16 * 60_000);
    expect((await signIn('compliance@guichet.test', demoPassword, address)).status).toBe(200);
    expect(failures('compliance@guichet.test')).toBe(0);
  });

  it('answers a waiting account, a wrong password, an inactive account and an unknown e-mail identically', async () => {
    server.database.sqlite
      .prepare(
        "INSERT INTO staff (email, display_name, role, password_hash, is_active) SELECT 'gone@guichet.test', 'Gone', 'agent', password_hash, 0 FROM staff WHERE email = 'agent@guichet.test'",
      )
      .run();
    const address = from('203.0.113.40');
    for (let attempt = 0; attempt < 6; attempt += 1) await signIn('admin@guichet.test', 'wrong-password', address);
    const answers = await Promise.all([
      signIn('admin@guichet.test', demoPassword, address), // waiting, right password
      signIn('admin@guichet.test', 'wrong-password', address), // waiting, wrong password
      signIn('lead@guichet.test', 'wrong-password', from('203.0.113.41')), // plain wrong password
      signIn('gone@guichet.test', demoPassword, from('203.0.113.42')), // deactivated, right password
      signIn('nobody@guichet.test', 'wrong-password', address), // unknown e-mail, same address
    ]);
    const [first, ...others] = answers;
    for (const other of others) {
      expect(other.status).toBe(first?.status);
      expect(other.body).toEqual(first?.body);
      expect(other.headers.get('content-length')).toBe(first?.headers.get('content-length'));
    }
    expect(first?.status).toBe(401);
  });
});

describe('client addresses behind a proxy (TRUST_PROXY as a hop count)', () => {
  it('keeps limiting an address that rotates forged X-Forwarded-For values', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const answer = await signIn(`nobody-${attempt}@guichet.test`, 'wrong-password', from('203.0.113.50', `10.9.${attempt}.1`));
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    // Another real client behind the same proxy is not affected.
    expect((await signIn('nobody@guichet.test', 'wrong-password', from('203.0.113.51'))).status).toBe(401);
  });
});
