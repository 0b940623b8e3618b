import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInAs, type ApiClient as Client } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { anyString } from './support/matchers.js';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startTestServer({ customers: 5 });
  admin = await signedInAs(server.baseUrl, 'admin');
});
afterAll(() => server.close());

interface StaffView {
  id: number;
  email: string;
  role: string;
  version: number;
  isActive: boolean;
}

describe('staff management', () => {
  it('lets the admin create an administrator account that signs in after setting its own password, and audits it', async () => {
    const created = await admin.post<StaffView & { issuedLink: { link: string } }>('/api/staff', {
      email: 'Nora.New@guichet.test',
      displayName: 'Nora New',
      role: 'admin',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'nora.new@guichet.test', role: 'admin', isActive: true, hasPassword: false });
    expect(created.body).not.toHaveProperty('passwordHash');
    const token = created.body.issuedLink.link.split('/set-password/')[1];
    expect((await new ApiClient(server.baseUrl).post('/api/auth/set-password', { token, password: 'a-long-enough-password' })).status).toBe(200);
    expect((await new ApiClient(server.baseUrl).signIn('nora.new@guichet.test', 'a-long-enough-password')).status).toBe(200);
    const entry = server.database.sqlite.prepare("SELECT actor_role AS role, details, personal FROM audit_log WHERE action = 'staff.create'").get() as {
      role: string;
      details: string;
      personal: string;
    };
    expect(entry.role).toBe('admin');
    expect(entry.details).not.toContain('nora');
    expect(entry.personal).toContain('nora.new@guichet.test');
  });

  it('refuses a duplicate e-mail with 409 on the field', async () => {
    const response = await admin.post('/api/staff', { email: 'agent@guichet.test', displayName: 'Dup', role: 'agent' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'staff.email_taken', errors: { email: anyString } });
  });

  it('refuses an unknown role, and a password chosen by the admin, on their fields', async () => {
    const badRole = await admin.post('/api/staff', { email: 'x@guichet.test', displayName: 'X Y', role: 'root' });
    expect(badRole.status).toBe(400);
    expect(badRole.body).toMatchObject({ errors: { role: anyString } });
    const withPassword = await admin.post('/api/staff', { email: 'x@guichet.test', displayName: 'X Y', role: 'admin', password: 'a-long-enough-password' });
    expect(withPassword.status).toBe(400);
    expect(JSON.stringify(withPassword.body)).toContain('password');
    expect(server.database.sqlite.prepare("SELECT id FROM staff WHERE email = 'x@guichet.test'").get()).toBeUndefined();
  });

  it('detects a stale version: the second of two concurrent edits gets 409 and changes nothing', async () => {
    const { body: lead } = await admin.get<StaffView>('/api/staff?filter={"q":"lead@"}').then((r) => ({ body: (r.body as unknown as StaffView[])[0]! }));
    const first = await admin.put<StaffView>(`/api/staff/${lead.id}`, { ...lead, displayName: 'First Edit' });
    expect(first.status).toBe(200);
    const second = await admin.put(`/api/staff/${lead.id}`, { ...lead, displayName: 'Second Edit' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'request.stale_version' });
    expect((await admin.get<StaffView & { displayName: string }>(`/api/staff/${lead.id}`)).body.displayName).toBe('First Edit');
  });

  it('ends the sessions of a deactivated account at once', async () => {
    const agent = await signedInAs(server.baseUrl, 'agent');
    const { body: list } = await admin.get<StaffView[]>('/api/staff?filter={"role":"agent"}');
    const target = list.find((member) => member.email === 'agent@guichet.test')!;
    expect((await admin.put(`/api/staff/${target.id}`, { version: target.version, isActive: false })).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.baseUrl).signIn('agent@guichet.test')).status).toBe(401);
  });

  it('does not let the admin lock themselves out', async () => {
    const me = await admin.get<{ id: number }>('/api/auth/me');
    const { body: self } = await admin.get<StaffView>(`/api/staff/${me.body.id}`);
    const response = await admin.put(`/api/staff/${me.body.id}`, { version: self.version, role: 'agent' });
    expect(response.status).toBe(409);
  });
});
