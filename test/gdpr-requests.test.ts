import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { buildCustomer, daysAgo, lastAudit as lastAuditOf, requestIntake, type BuiltCustomer } from './support/gdpr.js';
import { createGdprService } from '../server/modules/gdpr/gdpr.service.js';
import { pdfText } from './support/pdf.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let agent: ApiClient;
let compliance: ApiClient;
let lead: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ customers: 20 });
  [agent, compliance, lead] = await Promise.all([
    signedInAs(server.baseUrl, 'agent'),
    signedInAs(server.baseUrl, 'compliance'),
    signedInAs(server.baseUrl, 'lead'),
  ]);
});
afterAll(async () => {
  await server.close();
});

interface RequestView {
  id: number;
  version: number;
  status: string;
  reference: string;
  dueOn: string;
  extendedDueOn: string;
  effectiveDueOn: string;
  daysLeft: number;
  pausedDays: number;
  isPaused: boolean;
  urgency: string;
  customerId: number | null;
  extensionMonths: number;
  files: { id: number; kind: string }[];
}

const sqlite = () => server.database.sqlite;
const auditCount = () => (sqlite().prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n;
const lastAudit = () => lastAuditOf(server);
const intake = (person: BuiltCustomer | null, overrides: Record<string, unknown> = {}) =>
  requestIntake(() => agent, { channel: 'email_primary', ticketRef: 'TCK-GDPR-1' })<RequestView>(person, overrides);

const current = async (id: number) => (await compliance.get<RequestView>(`/api/gdpr-requests/${id}`)).body;

describe('GDPR requests: intake and the clock', () => {
  it('records a request from an agent with both due dates and the days left', async () => {
    const customer = buildCustomer(server);
    const request = await intake(customer);
    expect(request).toMatchObject({ status: 'received', customerId: customer.id, pausedDays: 0, isPaused: false, extensionMonths: 0 });
    expect(request.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request.extendedDueOn > request.dueOn).toBe(true);
    expect(request.daysLeft).toBeGreaterThanOrEqual(26);
    expect(request.urgency).toBe('on_time');
    expect(lastAudit()).toMatchObject({ action: 'gdpr.intake', role: 'agent', personal: null });
    expect(lastAudit().details).not.toContain(customer.lastName);
  });

  it('refuses an intake with an unknown field, a future date or no way to answer, and records nothing', async () => {
    const before = auditCount();
    const base = { right: 'access', channel: 'post', receivedOn: daysAgo(1), requesterName: 'Jo Test', requesterAddress: '1 rue X, Paris', ticketRef: 'TCK-1' };
    expect((await agent.post('/api/gdpr-requests', { ...base, surprise: 1 })).status).toBe(400);
    const future = await agent.post<{ code: string }>('/api/gdpr-requests', { ...base, receivedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('gdpr.received_in_future');
    const noContact = await agent.post<{ errors: Record<string, string> }>('/api/gdpr-requests', { ...base, requesterAddress: undefined });
    expect(noContact.status).toBe(400);
    expect(noContact.body.errors).toHaveProperty('requesterEmail');
    expect(auditCount()).toBe(before);
  });

  it('shows an overdue request as overdue, and counts it in the summary', async () => {
    const request = await intake(null, { receivedOn: daysAgo(45) });
    expect(request.daysLeft).toBeLessThan(0);
    expect(request.urgency).toBe('overdue');
    const summary = (await agent.get<{ overdue: number; open: number }>('/api/gdpr-requests/summary')).body;
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
  });

  it('lets agents take requests in but only compliance decide', async () => {
    const request = await intake(null);
    const before = auditCount();
    for (const client of [agent, lead]) {
      expect((await client.post(`/api/gdpr-requests/${request.id}/verify-identity`, { method: 'id_document', version: request.version })).status).toBe(403);
      expect((await client.post(`/api/gdpr-requests/${request.id}/refuse`, { reason: 'No account found', version: request.version })).status).toBe(403);
    }
    expect(auditCount()).toBe(before);
  });

  it('pauses the clock while waiting for proof of identity and moves the due dates by the days paused', async () => {
    const customer = buildCustomer(server);
    const request = await intake(null, { channel: 'post', requesterEmail: undefined, requesterAddress: '3 rue Haute, 35000 Rennes', receivedOn: daysAgo(0) });
    const linked = await agent.post<RequestView>(`/api/gdpr-requests/${request.id}/link`, { customerId: customer.id, version: request.version });
    expect(linked.status).toBe(200);
    expect(linked.body.customerId).toBe(customer.id);
    const paused = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/await-identity`, { version: linked.body.version });
    expect(paused.body).toMatchObject({ status: 'awaiting_identity', isPaused: true, pausedDays: 0 });
    server.advanceClock(6 * 86_400_000);
    try {
      // Six days later the morning's session has expired: sign in again.
      const compliance = await signedInAs(server.baseUrl, 'compliance');
      const stillPaused = (await compliance.get<RequestView>(`/api/gdpr-requests/${request.id}`)).body;
      expect(stillPaused.pausedDays).toBe(6);
      // An unsigned letter needs an identity document: a reply from the primary address is not enough.
      const weak = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/verify-identity`, {
        method: 'reply_from_primary_email',
        version: stillPaused.version,
      });
      expect(weak.status).toBe(409);
      expect(weak.body.code).toBe('gdpr.identity_method_insufficient');
      const verified = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/verify-identity`, {
        method: 'id_document',
        version: stillPaused.version,
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ status: 'in_progress', isPaused: false, pausedDays: 6 });
      expect(verified.body.dueOn > request.dueOn).toBe(true);
      expect(JSON.parse(lastAudit().details)).toMatchObject({ method: 'id_document', daysPaused: 6 });
    } finally {
      server.advanceClock(-6 * 86_400_000);
    }
  });
});

describe('GDPR requests: extension, refusal and completion', () => {
  it('extends once before the first due date and e-mails the notice in the requester’s language', async () => {
    const customer = buildCustomer(server);
    const request = await intake(customer, { language: 'en' });
    const extended = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/extend`, {
      months: 2,
      reason: 'Many accounts and years of records',
      version: request.version,
    });
    expect(extended.status).toBe(200);
    expect(extended.body.effectiveDueOn).toBe(extended.body.extendedDueOn);
    expect(lastAudit()).toMatchObject({ action: 'gdpr.extend', reason: 'Many accounts and years of records' });
    await server.messages.kick();
    const mail = sqlite()
      .prepare("SELECT to_address AS toAddress, subject, text_body AS text FROM messages WHERE template = 'gdpr-notice' ORDER BY id DESC LIMIT 1")
      .get() as Record<string, string>;
    expect(mail.toAddress).toBe(customer.primaryEmail);
    expect(mail.subject).toContain('time limit extended');
    expect(mail.text).toContain(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${extended.body.extendedDueOn}T12:00:00Z`)),
    );
    const again = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/extend`, {
      months: 1,
      reason: 'Once more please',
      version: extended.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('gdpr.already_extended');
  });

  it('refuses an extension after the first due date', async () => {
    const request = await intake(null, { receivedOn: daysAgo(40) });
    const before = auditCount();
    const late = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/extend`, {
      months: 1,
      reason: 'Too late for this',
      version: request.version,
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('gdpr.extension_too_late');
    expect(auditCount()).toBe(before);
  });

  it('refuses a request by letter when the requester wrote by post, naming the CNIL and the judicial remedy', async () => {
    const request = await intake(null, { channel: 'post', requesterEmail: undefined, requesterAddress: '8 place du Général-de-Gaulle, 59000 Lille' });
    const refused = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/refuse`, {
      reason: 'Aucun compte ne correspond à ce demandeur.',
      version: request.version,
    });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('refused');
    const letter = refused.body.files.find((file) => file.kind === 'response_letter');
    expect(letter).toBeDefined();
    // Sealed at rest (the request matches no account: its own key); read as compliance downloads it.
    const download = await fetch(`${server.baseUrl}/api/gdpr-requests/${request.id}/files/${letter!.id}`, { headers: { cookie: compliance.cookie ?? '' } });
    expect(download.status).toBe(200);
    const text = (await pdfText(Buffer.from(await download.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('CNIL');
    expect(text).toContain('recours juridictionnel');
    expect(text).toContain('Aucun compte ne correspond');
    // A closed request takes no further step.
    const after = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/refuse`, {
      reason: 'Second refusal',
      version: refused.body.version,
    });
    expect(after.body.code).toBe('gdpr.closed');
  });

  it('does not complete an access request before identity is verified or without its report', async () => {
    const customer = buildCustomer(server);
    const request = await intake(customer);
    const early = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/complete`, { version: request.version });
    expect(early.body.code).toBe('gdpr.identity_not_verified');
    const verified = (
      await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/verify-identity`, { method: 'reply_from_primary_email', version: request.version })
    ).body;
    const noReport = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/complete`, { version: verified.version });
    expect(noReport.status).toBe(409);
    expect(noReport.body.code).toBe('gdpr.file_missing');
  });

  it('marks processing restricted on the account, then completes the restriction request', async () => {
    const customer = buildCustomer(server);
    const request = await intake(customer, { right: 'restriction', channel: 'web_form' });
    const verified = (
      await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/verify-identity`, { method: 'signed_in_account', version: request.version })
    ).body;
    const incomplete = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/complete`, { version: verified.version });
    expect(incomplete.body.code).toBe('gdpr.not_restricted');
    const restricted = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/restrict`, { restricted: true, version: verified.version });
    expect(restricted.status).toBe(200);
    expect((await agent.get<{ processingRestricted: boolean }>(`/api/customers/${customer.id}`)).body.processingRestricted).toBe(true);
    const done = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/complete`, {
      note: 'Processing is restricted.',
      version: restricted.body.version,
    });
    expect(done.body.status).toBe('completed');
  });

  it('answers a stale version with a conflict and changes nothing', async () => {
    const request = await intake(null);
    const before = auditCount();
    const stale = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/refuse`, {
      reason: 'Some reason here',
      version: request.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('request.stale_version');
    expect(auditCount()).toBe(before);
    expect((await current(request.id)).status).toBe('received');
  });

  it('lists requests with their days left', async () => {
    const response = await agent.get<RequestView[]>('/api/gdpr-requests?sort=["receivedOn","ASC"]&range=[0,9]');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toMatch(/^gdpr-requests 0-\d+\/\d+$/);
    expect(response.body[0]).toHaveProperty('daysLeft');
    expect(response.body[0]).toHaveProperty('urgency');
  });

  it('sorts by the due date that applies, extensions and closed pauses counted, most urgent first by default', async () => {
    const ticketRef = `TCK-SORT-${Date.now()}`;
    const extended = await intake(buildCustomer(server), { receivedOn: daysAgo(20), ticketRef });
    const fresh = await intake(buildCustomer(server), { receivedOn: daysAgo(5), ticketRef });
    const older = await intake(buildCustomer(server), { receivedOn: daysAgo(10), ticketRef });
    expect((await compliance.post(`/api/gdpr-requests/${extended.id}/extend`, { months: 2, reason: 'Archives', version: extended.version })).status).toBe(200);
    const ours = [extended.id, fresh.id, older.id];
    const listed = async (query: string) =>
      (await compliance.get<RequestView[]>(`/api/gdpr-requests?${query}range=[0,499]&filter={"due":"open"}`)).body.filter((row) => ours.includes(row.id));

    // Received first, but extended by two months: it is due last.
    const byDue = await listed('');
    expect(byDue.map((row) => row.id)).toEqual([older.id, fresh.id, extended.id]);
    expect(byDue.map((row) => row.effectiveDueOn)).toEqual([...byDue.map((row) => row.effectiveDueOn)].sort());
    expect((await listed('sort=["daysLeft","DESC"]&')).map((row) => row.id)).toEqual([extended.id, fresh.id, older.id]);
    expect((await listed('sort=["receivedOn","ASC"]&')).map((row) => row.id)).toEqual([extended.id, older.id, fresh.id]);
    expect(byDue[0]).not.toHaveProperty('clockDueOn');
  });

  it('fills the stored due date of requests written before it existed when the service starts', async () => {
    const request = await intake(buildCustomer(server), { receivedOn: daysAgo(3) });
    const stored = () => sqlite().prepare('SELECT clock_due_on FROM gdpr_requests WHERE id = ?').pluck().get(request.id);
    sqlite().prepare('UPDATE gdpr_requests SET clock_due_on = NULL WHERE id = ?').run(request.id);
    createGdprService({
      database: server.database,
      changes: server.changes,
      calendar: server.gdpr.calendar,
      files: server.gdpr.files,
      clock: () => server.now(),
    });
    expect(stored()).toBe(request.effectiveDueOn);
  });
});
