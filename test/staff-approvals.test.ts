import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// SPEC §4.8 separation of duties: an admin alone never makes an account that reads customer data,
// nor learns anyone's password.
let server: TestServer;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

interface Approval {
  id: number;
  staffId: number;
  kind: string;
  role: string | null;
  status: string;
  issuedLink: { link: string } | null;
  linkMailed: boolean;
}
interface StaffView {
  id: number;
  role: string;
  version: number;
  hasPassword: boolean;
  pendingApprovals: string | null;
  approvalRequested?: string;
  issuedLink?: { link: string; isMailed: boolean };
}

const tokenIn = (text: string) => /set-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
/** The links mailed so far to `address`, waiting (up to 5 s) until there are at least `atLeast`. */
async function mailedTokensTo(address: string, atLeast = 1): Promise<string[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const tokens = smtp.received.filter((m) => m.envelopeTo.includes(address)).map((m) => tokenIn(m.parsed.text ?? ''));
    if (tokens.length >= atLeast) return tokens.filter((t): t is string => t !== undefined);
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`fewer than ${atLeast} links mailed to ${address}`);
}
const mailedTokenTo = async (address: string) => (await mailedTokensTo(address)).at(-1) ?? '';
const pendingFor = async (lead: ApiClient, staffId: number) =>
  (await lead.get<Approval[]>('/api/staff-approvals?filter={"status":"pending"}')).body.find((a) => a.staffId === staffId);

describe('separation of duties for staff accounts', () => {
  it('keeps customer data from an admin and from an agent account the admin creates, until a lead approves and the person sets the password', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    expect((await admin.get('/api/customers')).status).toBe(403);
    const created = await admin.post<StaffView>('/api/staff', { email: 'ines.new@guichet.test', displayName: 'Inès New', role: 'agent' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ approvalRequested: 'role-grant', hasPassword: false, pendingApprovals: 'role-grant' });
    expect(created.body.issuedLink).toBeUndefined();
    expect(smtp.received.some((m) => m.envelopeTo.includes('ines.new@guichet.test'))).toBe(false);
    expect((await admin.get('/api/staff-approvals')).status).toBe(403);

    const lead = await signedInAs(server.baseUrl, 'lead');
    const approval = await pendingFor(lead, created.body.id);
    expect(approval).toMatchObject({ kind: 'role-grant', role: 'agent', status: 'pending' });
    const approved = await lead.post<Approval>(`/api/staff-approvals/${approval?.id}/approve`);
    expect(approved.status).toBe(200);
    // With a mail server, the link goes to the person only.
    expect(approved.body).toMatchObject({ status: 'approved', issuedLink: null, linkMailed: true });

    const token = await mailedTokenTo('ines.new@guichet.test');
    const person = new ApiClient(server.baseUrl);
    expect((await person.post('/api/auth/set-password', { token, password: 'ines-own-password-42' })).status).toBe(200);
    expect((await person.signIn('ines.new@guichet.test', 'ines-own-password-42')).status).toBe(200);
    expect((await person.get('/api/customers')).status).toBe(200);
    // The link works once.
    const again = await new ApiClient(server.baseUrl).post('/api/auth/set-password', { token, password: 'someone-elses-password' });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'staff_links.not_valid' });
  });

  it('does not let an admin grant a customer-data role to an account whose password they set up', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    const created = await admin.post<StaffView>('/api/staff', { email: 'sock.puppet@guichet.test', displayName: 'Sock Puppet', role: 'admin' });
    const token = tokenIn(created.body.issuedLink?.link ?? '');
    expect((await new ApiClient(server.baseUrl).post('/api/auth/set-password', { token, password: 'admin-knows-this-one' })).status).toBe(200);
    const { body: current } = await admin.get<StaffView>(`/api/staff/${created.body.id}`);
    const grant = await admin.put<StaffView>(`/api/staff/${created.body.id}`, { version: current.version, role: 'agent' });
    expect(grant.body).toMatchObject({ role: 'admin', approvalRequested: 'role-grant' });
    const puppet = new ApiClient(server.baseUrl);
    expect((await puppet.signIn('sock.puppet@guichet.test', 'admin-knows-this-one')).status).toBe(200);
    expect((await puppet.get('/api/customers')).status).toBe(403);

    const compliance = await signedInAs(server.baseUrl, 'compliance');
    const approval = await pendingFor(compliance, created.body.id);
    expect((await compliance.post(`/api/staff-approvals/${approval?.id}/approve`)).status).toBe(200);
    // The approved role comes with a new password chosen by the person: the admin's one is dead.
    expect((await puppet.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.baseUrl).signIn('sock.puppet@guichet.test', 'admin-knows-this-one')).status).toBe(401);
  });

  it('sends an agent password reset through approval; the approver cannot approve a request about themselves', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    const { body: leads } = await admin.get<(StaffView & { email: string })[]>('/api/staff?filter={"role":"lead"}');
    const leadAccount = leads.find((member) => member.email === 'lead@guichet.test')!;
    const reset = await admin.post<StaffView>(`/api/staff/${leadAccount.id}/reset-password`);
    expect(reset.body).toMatchObject({ approvalRequested: 'password-reset' });
    expect(reset.body.issuedLink).toBeUndefined();
    expect((await admin.post(`/api/staff/${leadAccount.id}/reset-password`)).body).toMatchObject({ code: 'staff_approvals.already_pending' });

    const lead = await signedInAs(server.baseUrl, 'lead');
    const approval = await pendingFor(lead, leadAccount.id);
    const own = await lead.post(`/api/staff-approvals/${approval?.id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({ code: 'staff_approvals.own_account' });
    const compliance = await signedInAs(server.baseUrl, 'compliance');
    expect((await compliance.post<Approval>(`/api/staff-approvals/${approval?.id}/reject`)).body).toMatchObject({ status: 'rejected' });
    expect((await compliance.post(`/api/staff-approvals/${approval?.id}/approve`)).body).toMatchObject({ code: 'staff_approvals.already_decided' });
  });

  it('gives the admin a one-time reset link for an administrator, which expires', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    const other = await admin.post<StaffView>('/api/staff', { email: 'ada.other@guichet.test', displayName: 'Ada Other', role: 'admin' });
    const reset = await admin.post<StaffView>(`/api/staff/${other.body.id}/reset-password`);
    expect(reset.body.issuedLink).toMatchObject({ isMailed: true });
    const shown = tokenIn(reset.body.issuedLink?.link ?? '');
    expect(await mailedTokensTo('ada.other@guichet.test', 2)).toContain(shown);
    // The earlier invitation link was replaced by the reset link.
    const invitation = tokenIn(other.body.issuedLink?.link ?? '');
    expect((await new ApiClient(server.baseUrl).post('/api/auth/set-password', { token: invitation, password: 'a-long-enough-password' })).status).toBe(410);
    server.advanceClock(25 * 3_600_000);
    expect((await new ApiClient(server.baseUrl).post('/api/auth/set-password', { token: shown, password: 'a-long-enough-password' })).status).toBe(410);
  });

  it('lets exactly one of two parallel uses of a link through', async () => {
    const admin = await signedInAs(server.baseUrl, 'admin');
    const created = await admin.post<StaffView>('/api/staff', { email: 'race@guichet.test', displayName: 'Race Condition', role: 'admin' });
    const token = tokenIn(created.body.issuedLink?.link ?? '');
    const answers = await Promise.all(
      ['first-password-long', 'second-password-long'].map((password) => new ApiClient(server.baseUrl).post('/api/auth/set-password', { token, password })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410]);
  });

  it('never lets the last active administrator lose the role', async () => {
    const adminA = await signedInAs(server.baseUrl, 'admin');
    const { body: admins } = await adminA.get<(StaffView & { email: string; isActive: boolean })[]>('/api/staff?filter={"role":"admin","isActive":true}');
    // Leave only admin@guichet.test active.
    for (const other of admins.filter((member) => member.email !== 'admin@guichet.test')) {
      expect((await adminA.put(`/api/staff/${other.id}`, { version: other.version, isActive: false })).status).toBe(200);
    }
    const self = admins.find((member) => member.email === 'admin@guichet.test')!;
    expect((await adminA.put(`/api/staff/${self.id}`, { version: self.version, isActive: false })).body).toMatchObject({ code: 'staff.self_lockout' });
    // A grant requested earlier cannot take the role away from the last administrator either.
    server.database.sqlite
      .prepare("INSERT INTO staff_approvals (staff_id, kind, role, requested_at) VALUES (?, 'role-grant', 'agent', '2026-01-01T00:00:00.000Z')")
      .run(self.id);
    const lead = await signedInAs(server.baseUrl, 'lead');
    const approval = await pendingFor(lead, self.id);
    expect((await lead.post(`/api/staff-approvals/${approval?.id}/approve`)).body).toMatchObject({ code: 'staff.last_admin' });
  });
});
