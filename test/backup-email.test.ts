import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';
import type { CustomerOverrides } from './support/factories.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let smtp: TestSmtpServer;
let server: TestServer;
let agent: ApiClient;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  agent = await signedInAs(server.baseUrl, 'agent');
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

interface CustomerView {
  id: number;
  version: number;
  primaryEmail: string;
  backupEmail: string | null;
  newBackupRequired: boolean;
  blockedActions: { 'backup-email.promote': { code: string; message: string }[] };
}

const sqlite = () => server.database.sqlite;
const newCustomer = (overrides: CustomerOverrides = {}) => server.factories.customer(overrides).id;
const counts = (customerId: number) => ({
  audit: (sqlite().prepare('SELECT count(*) n FROM audit_log WHERE customer_id = ?').get(customerId) as { n: number }).n,
  history: (sqlite().prepare('SELECT count(*) n FROM email_history WHERE customer_id = ?').get(customerId) as { n: number }).n,
  messages: (sqlite().prepare('SELECT count(*) n FROM messages WHERE customer_id = ?').get(customerId) as { n: number }).n,
});
const validBody = (version: number) => ({
  ticketRef: 'TCK-2026-0042',
  identityCheck: 'security_questions',
  reason: 'Primary mailbox closed by the provider',
  version,
});

describe('promote the backup e-mail', () => {
  it('swaps the addresses in one change: history, audit, flag, and both e-mails sent over SMTP', async () => {
    const customer = server.factories.customer({ language: 'fr' });
    const id = customer.id;
    const before = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    expect(before.blockedActions['backup-email.promote']).toEqual([]);
    const response = await agent.post<CustomerView>(`/api/customers/${id}/promote-backup-email`, validBody(before.version));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ primaryEmail: before.backupEmail, backupEmail: null, newBackupRequired: true, version: before.version + 1 });
    expect(response.body.blockedActions['backup-email.promote']).toMatchObject([{ code: 'backup_email.no_backup' }]);

    const history = sqlite()
      .prepare("SELECT slot, old_value AS oldValue, new_value AS newValue FROM email_history WHERE customer_id = ? AND cause = 'promotion' ORDER BY id")
      .all(id);
    expect(history).toEqual([
      { slot: 'primary', oldValue: before.primaryEmail, newValue: before.backupEmail },
      { slot: 'backup', oldValue: before.backupEmail, newValue: null },
    ]);

    const entry = sqlite()
      .prepare(
        "SELECT actor_role AS role, ticket_ref AS ticketRef, reason, details, personal FROM audit_log WHERE action = 'customers.promote_backup_email' AND customer_id = ?",
      )
      .get(id) as Record<string, string>;
    expect(entry).toMatchObject({ role: 'agent', ticketRef: 'TCK-2026-0042', reason: 'Primary mailbox closed by the provider' });
    // Stored sealed with the customer's key (crypto-shredded at erasure); the server reads it back.
    expect(entry.personal).not.toContain('@');
    expect(server.audit.openPersonal(id, entry.personal!)).toEqual({
      before: { primaryEmail: before.primaryEmail, backupEmail: before.backupEmail },
      after: { primaryEmail: before.backupEmail, backupEmail: null },
    });
    expect(entry.details).not.toContain('@');

    await server.messages.kick();
    const mails = await smtp.waitFor(2);
    const toNewPrimary = mails.find((m) => m.envelopeTo.includes(before.backupEmail!));
    const toOldPrimary = mails.find((m) => m.envelopeTo.includes(before.primaryEmail));
    // The customer speaks French: the French templates are used.
    expect(toNewPrimary?.parsed.subject).toBe(`Votre adresse de secours est devenue votre adresse principale (${customer.nicHandle})`);
    expect(toNewPrimary?.parsed.text).toContain('nouvelle');
    expect(toNewPrimary?.parsed.html).toContain('<li>');
    expect(toOldPrimary?.parsed.subject).toContain('Alerte de sécurité');
    expect(toOldPrimary?.parsed.text).not.toContain(before.backupEmail!); // masked for the old address
    const stored = sqlite().prepare('SELECT status, transport, audit_id AS auditId FROM messages WHERE customer_id = ?').all(id) as Array<{
      status: string;
      transport: string;
      auditId: number;
    }>;
    expect(stored).toHaveLength(2);
    expect(stored.every((m) => m.status === 'sent' && m.transport === 'smtp' && m.auditId > 0)).toBe(true);
  });

  it('writes English e-mails for an English-speaking customer', async () => {
    const id = newCustomer({ language: 'en', country: 'GB', subsidiary: 'GB' });
    const before = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    const already = smtp.received.length;
    expect((await agent.post(`/api/customers/${id}/promote-backup-email`, validBody(before.version))).status).toBe(200);
    await server.messages.kick();
    const mails = (await smtp.waitFor(already + 2)).slice(already);
    expect(mails.map((m) => m.parsed.subject).sort()).toEqual([
      expect.stringMatching(/^Security notice/),
      expect.stringMatching(/^Your backup address is now/),
    ]);
  });

  async function expectRefusedUnchanged(customerId: number, body: unknown, status: number, code: string) {
    const before = counts(customerId);
    const versionBefore = (sqlite().prepare('SELECT version FROM customers WHERE id = ?').get(customerId) as { version: number }).version;
    const response = await agent.post<{ code: string; message: string; errors?: Record<string, string> }>(
      `/api/customers/${customerId}/promote-backup-email`,
      body,
    );
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.message.length).toBeGreaterThan(5);
    expect(counts(customerId)).toEqual(before);
    expect((sqlite().prepare('SELECT version FROM customers WHERE id = ?').get(customerId) as { version: number }).version).toBe(versionBefore);
    return response.body;
  }

  it('refuses when there is no backup e-mail, and says so on the customer page', async () => {
    const id = newCustomer({ backupEmail: null });
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    expect(view.blockedActions['backup-email.promote']).toEqual([{ code: 'backup_email.no_backup', message: 'No backup e-mail on file.' }]);
    await expectRefusedUnchanged(id, validBody(view.version), 409, 'backup_email.no_backup');
  });

  it('refuses on an erased account', async () => {
    const id = newCustomer({ state: 'erased' });
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    await expectRefusedUnchanged(id, validBody(view.version), 409, 'backup_email.account_erased');
  });

  it('refuses a stale version with 409', async () => {
    const id = newCustomer();
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    await expectRefusedUnchanged(id, validBody(view.version + 7), 409, 'request.stale_version');
  });

  it('refuses a missing ticket, reason and identity check on their fields', async () => {
    const id = newCustomer();
    const body = await expectRefusedUnchanged(id, { version: 1, ticketRef: '', reason: '' }, 400, 'request.invalid');
    expect(Object.keys(body.errors ?? {})).toEqual(expect.arrayContaining(['ticketRef', 'reason', 'identityCheck']));
    const other = await expectRefusedUnchanged(id, { ...validBody(1), identityCheck: 'other' }, 400, 'request.invalid');
    expect(other.errors).toHaveProperty('identityCheckNote');
    const unknownField = await expectRefusedUnchanged(id, { ...validBody(1), primaryEmail: 'attacker@evil.example' }, 400, 'request.invalid');
    expect(unknownField.message).toMatch(/primaryEmail/);
  });

  it('promotes once on a double submission: the second gets 409', async () => {
    const id = newCustomer();
    const view = (await agent.get<CustomerView>(`/api/customers/${id}`)).body;
    const [first, second] = await Promise.all([
      agent.post(`/api/customers/${id}/promote-backup-email`, validBody(view.version)),
      agent.post(`/api/customers/${id}/promote-backup-email`, validBody(view.version)),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(counts(id).history - 0).toBeGreaterThan(0);
    expect(
      (sqlite().prepare("SELECT count(*) n FROM audit_log WHERE action = 'customers.promote_backup_email' AND customer_id = ?").get(id) as { n: number }).n,
    ).toBe(1);
    expect((sqlite().prepare('SELECT count(*) n FROM messages WHERE customer_id = ?').get(id) as { n: number }).n).toBe(2);
  });

  it('is not offered to compliance officers', async () => {
    const compliance = await signedInAs(server.baseUrl, 'compliance');
    const id = newCustomer();
    expect((await compliance.post(`/api/customers/${id}/promote-backup-email`, validBody(1))).status).toBe(403);
  });

  it('keeps the audit chain intact', async () => {
    const lead = await signedInAs(server.baseUrl, 'lead');
    expect((await lead.get('/api/audit-log/verify')).body).toMatchObject({ ok: true });
  });
});
