import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditedChanges } from '../server/modules/audit/audited-change.js';
import { createAuditLog } from '../server/modules/audit/audit.service.js';
import { createMailTransport } from '../server/modules/messages/mail-transport.js';
import { createMessagesService, maxDeliveryAttempts } from '../server/modules/messages/messages.service.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-app.js';

const promoteBody = (version: number) => ({
  ticketRef: 'TCK-77',
  identityCheck: 'callback_on_file_phone',
  reason: 'Lost access to the primary mailbox',
  version,
});
interface MessageView {
  id: number;
  status: string;
  transport: string | null;
  subject: string;
  toAddress: string;
  attempts: number;
  lastError: string | null;
}

describe('customer messages without SMTP: the outbox', () => {
  let server: TestServer;
  let agent: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    agent = await signedInAs(server.baseUrl, 'agent');
  });
  afterAll(() => server.close());

  it('stores every message in the outbox, browsable per customer and globally', async () => {
    const customer = server.factories.customer();
    expect((await agent.post(`/api/customers/${customer.id}/promote-backup-email`, promoteBody(customer.version))).status).toBe(200);
    await server.messages.kick();
    const list = await agent.get<MessageView[]>(`/api/messages?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(2);
    expect(list.body.every((m) => m.status === 'sent' && m.transport === 'outbox')).toBe(true);
    const one = await agent.get<MessageView & { textBody: string; htmlBody: string }>(`/api/messages/${list.body[0]!.id}`);
    expect(one.body.textBody.length).toBeGreaterThan(50);
    expect(one.body.htmlBody).toMatch(/^<!doctype html>/);
    const global = await agent.get<MessageView[]>('/api/messages');
    expect(global.headers.get('content-range')).toMatch(/^messages 0-1\/2$/);
  });
});

describe('customer messages over SMTP: retries and crashes lose nothing', () => {
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

  it('retries a message the server refused, later, and delivers it', async () => {
    const customer = server.factories.customer();
    smtp.refuseNext(2);
    await agent.post(`/api/customers/${customer.id}/promote-backup-email`, promoteBody(customer.version));
    await server.messages.kick();
    const waiting = server.database.sqlite
      .prepare('SELECT status, attempts, last_error AS lastError, next_attempt_at AS next FROM messages WHERE customer_id = ?')
      .all(customer.id) as Array<{ status: string; attempts: number; lastError: string; next: string }>;
    expect(waiting.map((m) => m.status)).toEqual(['queued', 'queued']);
    expect(waiting.every((m) => m.attempts === 1 && /451|temporarily/i.test(m.lastError) && m.next)).toBe(true);
    expect(smtp.received).toHaveLength(0);
    await server.messages.kick(); // not due yet: nothing is re-sent early
    expect(smtp.received).toHaveLength(0);
    server.advanceClock(31_000);
    await server.messages.kick();
    await smtp.waitFor(2);
    const sent = server.database.sqlite.prepare('SELECT status, attempts FROM messages WHERE customer_id = ?').all(customer.id);
    expect(sent).toEqual([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 2 },
    ]);
  });

  it('marks a message failed after the last attempt, and an agent can retry it', async () => {
    const customer = server.factories.customer();
    const already = smtp.received.length;
    smtp.refuseNext(2 * maxDeliveryAttempts);
    await agent.post(`/api/customers/${customer.id}/promote-backup-email`, promoteBody(customer.version));
    for (let attempt = 0; attempt < maxDeliveryAttempts; attempt += 1) {
      await server.messages.kick();
      server.advanceClock(60 * 60_000);
    }
    agent = await signedInAs(server.baseUrl, 'agent'); // the hours that passed ended the old session
    const failed = (await agent.get<MessageView[]>(`/api/messages?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`)).body;
    expect(failed.map((m) => [m.status, m.attempts])).toEqual([
      ['failed', maxDeliveryAttempts],
      ['failed', maxDeliveryAttempts],
    ]);
    const retried = await agent.post<MessageView>(`/api/messages/${failed[0]!.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('queued');
    await server.messages.kick();
    await smtp.waitFor(already + 1);
    expect((await agent.post(`/api/messages/${failed[0]!.id}/retry`)).status).toBe(409);
    expect(server.database.sqlite.prepare("SELECT count(*) n FROM audit_log WHERE action = 'messages.retry'").get()).toEqual({ n: 1 });
  });

  it('delivers at the next start what a crash left queued after the commit', async () => {
    const customer = server.factories.customer();
    const clock = () => new Date(Date.now() + 10 * 3_600_000);
    const audit = createAuditLog(server.database);
    // The process that committed this change "died" before sending: nothing subscribed to deliver it.
    const dying = createAuditedChanges({ database: server.database, audit, clock });
    dying.apply(({ notify }) => {
      notify({
        customerId: customer.id,
        to: 'survivor@example.org',
        template: 'backup-promoted',
        props: { customerName: 'Survivor', nicHandle: 'zz1-ovh', newPrimary: 'survivor@example.org' },
        locale: 'en',
      });
      return { result: null, audit: { actor: null, action: 'test.crash', targetType: 'customer', targetId: customer.id, customerId: customer.id } };
    });
    const already = smtp.received.length;
    const restarted = createMessagesService({
      database: server.database,
      changes: createAuditedChanges({ database: server.database, audit, clock }),
      transport: createMailTransport(smtp.url),
      mailFrom: 'Support <support@guichet.test>',
      clock,
      log: () => {},
    });
    restarted.start(60_000);
    const mails = await smtp.waitFor(already + 1);
    await restarted.stop();
    expect(mails.at(-1)?.envelopeTo).toEqual(['survivor@example.org']);
  });
});
