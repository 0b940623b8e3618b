import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { buildCustomer, daysAgo, lastAudit as lastAuditOf, requestIntake, type BuiltCustomer } from './support/gdpr.js';
import { pdfText } from './support/pdf.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// What the request screens, the customer page and the compliance dashboard rely on: the proof-of-identity
// request, the list's due filter, the strip's item, the tiles, rectification, and exports sealed at rest.

let server: TestServer;
let agent: ApiClient;
let compliance: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  [agent, compliance] = await Promise.all([signedInAs(server.baseUrl, 'agent'), signedInAs(server.baseUrl, 'compliance')]);
});
afterAll(async () => {
  await server.close();
});

interface RequestView {
  id: number;
  version: number;
  status: string;
  reference: string;
  daysLeft: number;
  urgency: string;
  isPaused: boolean;
  files: { id: number; kind: string }[];
}

const sqlite = () => server.database.sqlite;
const lastAudit = () => lastAuditOf(server);
const intake = (person: BuiltCustomer | null, overrides: Record<string, unknown> = {}) =>
  requestIntake(() => agent, { channel: 'email_other', ticketRef: 'TCK-GDPR-FU' })<RequestView>(person, overrides);

async function verified(request: RequestView, method = 'id_document'): Promise<RequestView> {
  const response = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/verify-identity`, { method, version: request.version });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('asking the requester for proof of identity', () => {
  it('pauses the clock and e-mails the requester in their language, naming the request and the pause', async () => {
    const person = buildCustomer(server, { language: 'en' });
    const request = await intake(person, { language: 'en' });
    const paused = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/await-identity`, { version: request.version });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ status: 'awaiting_identity', isPaused: true });
    await server.messages.kick();
    const mail = sqlite()
      .prepare(
        "SELECT to_address AS toAddress, locale, subject, text_body AS text, status FROM messages WHERE template = 'gdpr-notice' ORDER BY id DESC LIMIT 1",
      )
      .get() as { toAddress: string; locale: string; subject: string; text: string; status: string };
    expect(mail).toMatchObject({ toAddress: person.primaryEmail, locale: 'en', status: 'sent' });
    expect(mail.subject).toContain(request.reference);
    expect(mail.subject).toContain('proof of identity');
    expect(mail.text).toContain('suspended until we receive it');
    expect(JSON.parse(lastAudit().details)).toMatchObject({ noticeBy: 'email' });
  });

  it('writes a letter in French when the requester gave only a postal address', async () => {
    const person = buildCustomer(server);
    const request = await intake(person, { channel: 'post', requesterEmail: undefined, requesterAddress: '3 rue des Lettres, 69001 Lyon' });
    const paused = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/await-identity`, { version: request.version });
    expect(paused.status).toBe(200);
    const letter = paused.body.files.find((file) => file.kind === 'identity_letter');
    expect(letter).toBeDefined();
    const downloaded = await fetch(`${server.baseUrl}/api/gdpr-requests/${request.id}/files/${letter!.id}`, { headers: { cookie: compliance.cookie ?? '' } });
    const text = (await pdfText(Buffer.from(await downloaded.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('justificatif d’identité');
    expect(text).toContain('suspendu');
  });
});

describe('the request list, the strip and the dashboard', () => {
  it('filters open requests by where their clock stands and counts them on the compliance dashboard', async () => {
    const person = buildCustomer(server);
    const late = await intake(person, { receivedOn: daysAgo(40) });
    const soon = await intake(person, { receivedOn: daysAgo(27) });
    const fresh = await intake(person, { receivedOn: daysAgo(1) });
    const ids = async (due: string) =>
      (await compliance.get<RequestView[]>(`/api/gdpr-requests?filter=${encodeURIComponent(JSON.stringify({ due, customerId: person.id }))}`)).body.map(
        (r) => r.id,
      );
    expect(await ids('overdue')).toEqual([late.id]);
    expect(await ids('due_soon')).toEqual([soon.id]);
    expect(await ids('on_time')).toEqual([fresh.id]);
    expect((await ids('open')).sort()).toEqual([late.id, soon.id, fresh.id].sort());
    const bad = await compliance.get<{ code: string }>(`/api/gdpr-requests?filter=${encodeURIComponent(JSON.stringify({ due: 'someday' }))}`);
    expect(bad.status).toBe(400);

    const summary = await agent.get<{ items: { key: string; tone: string; code: string; values: { days: number }; tab: string }[] }>(
      `/api/customers/${person.id}/summary`,
    );
    const item = summary.body.items.find((i) => i.key === 'gdprRequest');
    expect(item).toMatchObject({ tone: 'danger', code: 'gdprRequestOverdue', tab: 'gdpr' });
    expect(item!.values.days).toBe(-late.daysLeft);

    const tiles = (await compliance.get<{ tiles: { id: string; kind: string; value?: number; items?: { key: string; value: number }[] }[] }>('/api/dashboard'))
      .body.tiles;
    const byId = new Map(tiles.map((tile) => [tile.id, tile]));
    expect(byId.get('gdpr.overdue')!.value).toBeGreaterThanOrEqual(1);
    expect(byId.get('gdpr.due_this_week')!.value).toBeGreaterThanOrEqual(1);
    expect(byId.get('gdpr.by_days_left')!.items!.map((i) => i.key)).toEqual(['overdue', 'due_soon', 'on_time']);
    const weekly = byId.get('gdpr.weekly_volumes') as unknown as { kind: string; points: { value: number }[] };
    expect(weekly.kind).toBe('series');
    expect(weekly.points).toHaveLength(8);
    expect(weekly.points.reduce((sum, point) => sum + point.value, 0)).toBeGreaterThanOrEqual(3);
    // Decisions are compliance's: an agent's dashboard has no GDPR tile.
    const agentTiles = (await agent.get<{ tiles: { id: string }[] }>('/api/dashboard')).body.tiles;
    expect(agentTiles.filter((tile) => tile.id.startsWith('gdpr.'))).toEqual([]);
  });

  it('shows a request due within seven days as a warning on the strip, and nothing once it is closed', async () => {
    const person = buildCustomer(server);
    const soon = await intake(person, { receivedOn: daysAgo(27) });
    const strip = async () => (await agent.get<{ items: { key: string; tone: string }[] }>(`/api/customers/${person.id}/summary`)).body.items;
    expect((await strip()).find((i) => i.key === 'gdprRequest')).toMatchObject({ tone: 'warning' });
    const refused = await compliance.post(`/api/gdpr-requests/${soon.id}/refuse`, { reason: 'Demande manifestement infondée', version: soon.version });
    expect(refused.status).toBe(200);
    expect((await strip()).find((i) => i.key === 'gdprRequest')).toBeUndefined();
  });
});

describe('rectification', () => {
  it('corrects the account’s fields and records before and after, sealed with the customer’s key', async () => {
    const person = buildCustomer(server);
    const request = await verified(await intake(person, { right: 'rectification' }));
    const account = (await agent.get<{ version: number }>(`/api/customers/${person.id}`)).body;
    const response = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/rectify`, {
      changes: { lastName: 'Dupont-Rectifié', city: 'Nantes', addressLine2: '' },
      version: request.version,
      customerVersion: account.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const after = (await agent.get<{ lastName: string; city: string; version: number }>(`/api/customers/${person.id}`)).body;
    expect(after).toMatchObject({ lastName: 'Dupont-Rectifié', city: 'Nantes', version: account.version + 1 });
    const entry = lastAudit();
    expect(entry.action).toBe('gdpr.rectify');
    // addressLine2 was already empty: only what changed is recorded.
    expect(JSON.parse(entry.details)).toEqual({ fields: ['lastName', 'city'] });
    expect(entry.personal).not.toContain('Dupont');
    expect(server.audit.openPersonal(entry.customerId, entry.personal)).toEqual({
      before: { lastName: person.lastName, city: 'Paris' },
      after: { lastName: 'Dupont-Rectifié', city: 'Nantes' },
    });
    // The search finds the account under its new name.
    const found = await agent.get<{ id: number }[]>(`/api/customers?filter=${encodeURIComponent(JSON.stringify({ q: 'dupont-rectifie' }))}`);
    expect(found.body.map((c) => c.id)).toContain(person.id);
  });

  it('refuses a stale account, a request of another right, an unverified requester and a change to nothing, writing nothing', async () => {
    const person = buildCustomer(server);
    const request = await verified(await intake(person, { right: 'rectification' }));
    const account = (await agent.get<{ version: number; city: string }>(`/api/customers/${person.id}`)).body;
    const count = () => Number(sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get());
    const before = count();
    const post = (id: number, body: object) => compliance.post<{ code: string }>(`/api/gdpr-requests/${id}/rectify`, body);
    const stale = await post(request.id, { changes: { city: 'Brest' }, version: request.version, customerVersion: account.version + 5 });
    expect(stale).toMatchObject({ status: 409, body: { code: 'request.stale_version' } });
    const same = await post(request.id, { changes: { city: account.city }, version: request.version, customerVersion: account.version });
    expect(same).toMatchObject({ status: 400, body: { code: 'gdpr.nothing_to_rectify' } });
    const empty = await post(request.id, { changes: { firstName: ' ' }, version: request.version, customerVersion: account.version });
    expect(empty.status).toBe(400);
    const unknownField = await post(request.id, { changes: { primaryEmail: 'x@example.org' }, version: request.version, customerVersion: account.version });
    expect(unknownField.status).toBe(400);
    const access = await verified(await intake(person));
    const wrong = await post(access.id, { changes: { city: 'Brest' }, version: access.version, customerVersion: account.version });
    expect(wrong.body.code).toBe('gdpr.wrong_right');
    const unverified = await intake(person, { right: 'rectification' });
    const early = await post(unverified.id, { changes: { city: 'Brest' }, version: unverified.version, customerVersion: account.version });
    expect(early.body.code).toBe('gdpr.identity_not_verified');
    expect((await agent.post(`/api/gdpr-requests/${request.id}/rectify`, { changes: { city: 'Brest' }, version: 1, customerVersion: 1 })).status).toBe(403);
    // The two intakes and the verification only.
    expect(count()).toBe(before + 3);
  });
});

describe('generated exports at rest', () => {
  it('stores the access report sealed with the customer’s key and hands it back readable', async () => {
    const person = buildCustomer(server);
    const request = await verified(await intake(person), 'reply_from_primary_email');
    const generated = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/access-report`, {});
    expect(generated.status).toBe(200);
    const file = generated.body.files.find((f) => f.kind === 'access_report')!;
    const path = sqlite().prepare('SELECT storage_path FROM gdpr_request_files WHERE id = ?').pluck().get(file.id) as string;
    expect(path.endsWith('.enc')).toBe(true);
    const stored = readFileSync(join(server.config.uploadDir, path));
    expect(stored.subarray(0, 4).toString('latin1')).not.toBe('%PDF');
    expect(stored.toString('latin1')).not.toContain(person.lastName);
    const response = await fetch(`${server.baseUrl}/api/gdpr-requests/${request.id}/files/${file.id}`, { headers: { cookie: compliance.cookie ?? '' } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(await pdfText(bytes)).toContain(person.lastName);
  });

  it('seals the letters of a request matched to no account with that request’s own key, readable after it is matched', async () => {
    const requesterName = `Ysolde Inconnue-${Date.now()}`;
    const request = await intake(null, { channel: 'post', requesterName, requesterEmail: undefined, requesterAddress: '9 impasse Anonyme, 29200 Brest' });
    const refused = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/refuse`, {
      reason: 'No account matches this letter',
      version: request.version,
    });
    expect(refused.status).toBe(200);
    const letter = refused.body.files.find((f) => f.kind === 'response_letter')!;
    const path = sqlite().prepare('SELECT storage_path FROM gdpr_request_files WHERE id = ?').pluck().get(letter.id) as string;
    expect(path.endsWith('.enc')).toBe(true);
    const stored = readFileSync(join(server.config.uploadDir, path));
    expect(stored.subarray(0, 4).toString('latin1')).not.toBe('%PDF');
    const response = await fetch(`${server.baseUrl}/api/gdpr-requests/${request.id}/files/${letter.id}`, { headers: { cookie: compliance.cookie ?? '' } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(await pdfText(bytes)).toContain(requesterName);
    // Another request's key does not open it.
    expect(() => server.customerKeys.decryptForSubject(`gdpr-request:${request.id + 1}`, stored)).toThrow();
  });
});
