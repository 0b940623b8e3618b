import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { codeNow, enrolTwoFactor, nextStep, notACode } from './support/two-factor.js';

// SPEC §4.8: staff second factor (TOTP), with codes computed from the secret as an authenticator app does.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const auditOf = (action: string, staffId: number) =>
  server.database.sqlite
    .prepare<[string, string], { details: string }>('SELECT details FROM audit_log WHERE action = ? AND target_id = ? ORDER BY id')
    .all(action, String(staffId))
    .map((row) => JSON.parse(row.details) as Record<string, unknown>);

/** A fresh agent, signed in (password only) through the API. */
async function newAgent() {
  const person = await server.factories.staffMember({ role: 'agent' });
  const client = new ApiClient(server.baseUrl);
  expect((await client.signIn(person.email)).status).toBe(200);
  return { person, client };
}

describe('staff second factor (TOTP)', () => {
  it('enrols with a QR code and a key, confirms with a code, and keeps the secret encrypted and the recovery codes hashed', async () => {
    const { person, client } = await newAgent();
    const started = await client.post<{ secret: string; qrCode: string; uri: string }>('/api/auth/two-factor/enrolment');
    expect(started.status).toBe(200);
    expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(started.body.uri).toContain(`secret=${started.body.secret}`);
    expect(started.body.uri).toContain('issuer=Guichet');

    const wrong = await client.post('/api/auth/two-factor/enrolment/confirm', { code: notACode(server, started.body.secret) });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'two_factor.wrong_code', errors: { code: 'not right' } });

    const confirmed = await client.post<{ recoveryCodes: string[] }>('/api/auth/two-factor/enrolment/confirm', { code: codeNow(server, started.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    for (const code of confirmed.body.recoveryCodes) expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    const row = server.database.sqlite.prepare('SELECT totp_secret AS secret, totp_pending_secret AS pending FROM staff WHERE id = ?').get(person.id) as {
      secret: string;
      pending: string | null;
    };
    expect(row.secret.startsWith('v1.')).toBe(true);
    expect(row.secret).not.toContain(started.body.secret);
    expect(row.pending).toBeNull();
    const hashes = server.database.sqlite.prepare('SELECT code_hash AS hash FROM staff_recovery_codes WHERE staff_id = ?').all(person.id) as { hash: string }[];
    expect(hashes).toHaveLength(10);
    for (const { hash } of hashes) expect(hash.startsWith('$argon2id$')).toBe(true);

    expect((await client.get('/api/auth/me')).body).toMatchObject({ twoFactorEnabled: true, mustEnrolTwoFactor: false });
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    expect(auditOf('two_factor.enrolment_started', person.id)).toHaveLength(1);
    expect(auditOf('two_factor.enrolled', person.id)).toEqual([{ recoveryCodes: 10 }]);
    // Enrolled once: a second set-up is refused until an administrator resets it.
    expect((await client.post('/api/auth/two-factor/enrolment')).body).toMatchObject({ code: 'two_factor.already_enrolled' });
  });

  it('asks for the code at sign-in, accepts it once, and refuses a wrong code as an audited failure', async () => {
    const { person, client } = await newAgent();
    const { secret } = await enrolTwoFactor(server, client);
    nextStep(server);

    const passwordOnly = new ApiClient(server.baseUrl);
    const asked = await passwordOnly.signIn(person.email);
    expect(asked.status).toBe(401);
    expect(asked.body).toMatchObject({ code: 'auth.code_required' });
    expect(passwordOnly.cookie).toBeUndefined();

    const failuresBefore = auditOf('auth.login_failed', person.id).length;
    const wrong = await passwordOnly.request('POST', '/api/auth/login', {
      email: person.email,
      password: 'test-demo-password',
      code: notACode(server, secret),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'auth.invalid_code' });
    expect(passwordOnly.cookie).toBeUndefined();
    expect(auditOf('auth.login_failed', person.id).slice(failuresBefore)).toEqual([{ cause: 'wrong_code' }]);

    const code = codeNow(server, secret);
    const first = new ApiClient(server.baseUrl);
    const signedIn = await first.request('POST', '/api/auth/login', { email: person.email, password: 'test-demo-password', code });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ twoFactorEnabled: true });
    expect(auditOf('auth.login', person.id).at(-1)).toEqual({ secondFactor: 'totp' });

    // The same code, replayed by someone who saw it typed: refused, even within its 30 seconds.
    const replay = await new ApiClient(server.baseUrl).request('POST', '/api/auth/login', { email: person.email, password: 'test-demo-password', code });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'auth.invalid_code' });
    // An older code (the previous step) is refused too once a newer one was used.
    server.advanceClock(-30_000);
    const older = await new ApiClient(server.baseUrl).request('POST', '/api/auth/login', {
      email: person.email,
      password: 'test-demo-password',
      code: codeNow(server, secret),
    });
    server.advanceClock(30_000);
    expect(older.status).toBe(401);
  });

  it('lets a recovery code sign in exactly once', async () => {
    const { person, client } = await newAgent();
    const { recoveryCodes } = await enrolTwoFactor(server, client);
    const recovery = recoveryCodes[3]!;
    const first = await new ApiClient(server.baseUrl).request('POST', '/api/auth/login', {
      email: person.email,
      password: 'test-demo-password',
      code: recovery.toLowerCase(),
    });
    expect(first.status).toBe(200);
    expect(auditOf('auth.login', person.id).at(-1)).toEqual({ secondFactor: 'recovery-code' });
    const again = await new ApiClient(server.baseUrl).request('POST', '/api/auth/login', {
      email: person.email,
      password: 'test-demo-password',
      code: recovery,
    });
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ code: 'auth.invalid_code' });
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('asks an enrolled person for the code, not the password, to re-authenticate, and refuses a wrong or reused code', async () => {
    const { person, client } = await newAgent();
    const { secret } = await enrolTwoFactor(server, client);
    server.advanceClock(server.config.reauthWindowMs + 30_000);
    // A reauth route of their own: new recovery codes.
    expect((await client.post('/api/auth/two-factor/recovery-codes')).body).toMatchObject({ code: 'auth.reauth_required' });

    const withPassword = await client.post('/api/auth/reauthenticate', { password: 'test-demo-password' });
    expect(withPassword.status).toBe(400);
    expect(withPassword.body).toMatchObject({ code: 'auth.code_required' });

    const right = codeNow(server, secret);
    const wrong = await client.post('/api/auth/reauthenticate', { code: notACode(server, secret) });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'auth.reauth_failed', errors: { code: 'not right' } });
    expect(auditOf('auth.reauth_failed', person.id).at(-1)).toEqual({ cause: 'wrong_code' });
    expect((await client.post('/api/auth/two-factor/recovery-codes')).body).toMatchObject({ code: 'auth.reauth_required' });

    expect((await client.post('/api/auth/reauthenticate', { code: right })).status).toBe(200);
    expect(auditOf('auth.reauthenticated', person.id).at(-1)).toEqual({ with: 'totp' });
    const replaced = await client.post<{ recoveryCodes: string[] }>('/api/auth/two-factor/recovery-codes');
    expect(replaced.status).toBe(200);
    expect(replaced.body.recoveryCodes).toHaveLength(10);

    // The same code a second time in its 30 seconds: refused.
    const reused = await client.post('/api/auth/reauthenticate', { code: right });
    expect(reused.status).toBe(403);
  });

  it('makes an administrator reset of an agent’s second factor wait for a lead’s approval', async () => {
    const { person, client } = await newAgent();
    await enrolTwoFactor(server, client);
    const admin = await signedInAs(server.baseUrl, 'admin');
    const requested = await admin.post<{ approvalRequested?: string; twoFactorEnabled: boolean }>(`/api/staff/${person.id}/reset-two-factor`);
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ approvalRequested: 'two-factor-reset', twoFactorEnabled: true });
    // Nothing changed yet: the agent still needs the code and the session still works.
    expect((await new ApiClient(server.baseUrl).signIn(person.email)).body).toMatchObject({ code: 'auth.code_required' });
    expect((await client.get('/api/auth/me')).status).toBe(200);

    const lead = await signedInAs(server.baseUrl, 'lead');
    const pending = (await lead.get<{ id: number; staffId: number; kind: string }[]>('/api/staff-approvals?filter={"status":"pending"}')).body.find(
      (approval) => approval.staffId === person.id && approval.kind === 'two-factor-reset',
    );
    expect(pending).toBeDefined();
    expect((await lead.post(`/api/staff-approvals/${pending!.id}/approve`)).status).toBe(200);

    expect((await client.get('/api/auth/me')).status).toBe(401); // the agent's sessions ended
    const row = server.database.sqlite.prepare('SELECT totp_secret AS secret FROM staff WHERE id = ?').get(person.id) as { secret: string | null };
    expect(row.secret).toBeNull();
    expect(server.database.sqlite.prepare('SELECT count(*) AS n FROM staff_recovery_codes WHERE staff_id = ?').get(person.id)).toEqual({ n: 0 });
    const again = new ApiClient(server.baseUrl);
    expect((await again.signIn(person.email)).body).toMatchObject({ twoFactorEnabled: false });
  });

  it('keeps customers from an administrator', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    const customer = server.factories.customer();
    expect((await admin.get('/api/customers')).status).toBe(403);
    expect((await admin.get(`/api/customers/${customer.id}`)).body).toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('enforced second factor (ENFORCE_2FA)', () => {
  let enforced: TestServer;
  beforeAll(async () => {
    enforced = await startTestServer({ env: { ENFORCE_2FA: 'true' } });
  });
  afterAll(() => enforced.close());

  it('lets a person without an authenticator reach only enrolment until they have enrolled', async () => {
    const person = await enforced.factories.staffMember({ role: 'agent' });
    const client = new ApiClient(enforced.baseUrl);
    const signedIn = await client.signIn(person.email);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ twoFactorEnabled: false, mustEnrolTwoFactor: true });
    expect((await client.get('/api/customers')).body).toMatchObject({ code: 'auth.two_factor_enrolment_required' });
    expect((await client.get('/api/dashboard')).status).toBe(403);
    expect((await client.get('/api/auth/sessions')).status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ enrolled: false, enforced: true });

    await enrolTwoFactor(enforced, client);
    expect((await client.get('/api/auth/me')).body).toMatchObject({ mustEnrolTwoFactor: false });
    expect((await client.get('/api/customers')).status).toBe(200);
  });

  it('is off in demo mode unless configured', () => {
    expect(server.config.enforceTwoFactor).toBe(false);
    expect(enforced.config.enforceTwoFactor).toBe(true);
  });
});
