import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { buildCustomer, daysAgo, type BuiltCustomer } from './support/gdpr.js';
import { pdfText } from './support/pdf.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let agent: ApiClient;
let compliance: ApiClient;
let person: BuiltCustomer;

interface RequestView {
  id: number;
  version: number;
  status: string;
  files: { id: number; kind: string; mediaType: string }[];
}

beforeAll(async () => {
  server = await startTestServer();
  [agent, compliance] = await Promise.all([signedInAs(server.baseUrl, 'agent'), signedInAs(server.baseUrl, 'compliance')]);
  person = buildCustomer(server);
  const f = server.factories;
  f.loginEvent(person.id, { ip: '198.51.100.77', device: 'Safari on iPhone' });
  f.invoice(person.id, { number: 'FR-GDPR-0001' });
  f.order(person.id, { number: 'ORD-GDPR-0001', status: 'cancelled' });
  f.subUser(person.id, { login: 'quentinelle-compta', email: 'compta.gdpr@example-gdpr.test' });
  f.emailChange(person.id, { newValue: person.primaryEmail });
  f.service(person.id, { name: 'quentinelle-gdpr.fr', status: 'terminated' });
});
afterAll(async () => {
  await server.close();
});

async function verifiedRequest(right: 'access' | 'portability'): Promise<RequestView> {
  const created = await agent.post<RequestView>('/api/gdpr-requests', {
    right,
    channel: 'email_primary',
    receivedOn: daysAgo(3),
    requesterName: `${person.firstName} ${person.lastName}`,
    requesterEmail: person.primaryEmail,
    customerId: person.id,
    ticketRef: 'TCK-GDPR-EXP',
  });
  expect(created.status).toBe(201);
  const verified = await compliance.post<RequestView>(`/api/gdpr-requests/${created.body.id}/verify-identity`, {
    method: 'reply_from_primary_email',
    version: created.body.version,
  });
  expect(verified.status).toBe(200);
  return verified.body;
}

const download = async (client: ApiClient, requestId: number, fileId: number) => {
  const response = await fetch(`${server.baseUrl}/api/gdpr-requests/${requestId}/files/${fileId}`, { headers: { cookie: client.cookie ?? '' } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
};

describe('GDPR fulfilment: the Art. 15 report and the Art. 20 export', () => {
  it('renders the access report with everything held and the Art. 15(1) information, downloadable by compliance only and audited', async () => {
    const request = await verifiedRequest('access');
    const generated = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/access-report`, {});
    expect(generated.status).toBe(200);
    const file = generated.body.files.find((f) => f.kind === 'access_report');
    expect(file?.mediaType).toBe('application/pdf');
    expect((await download(agent, request.id, file!.id)).status).toBe(403);
    const pdf = await download(compliance, request.id, file!.id);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    for (const expected of [
      person.lastName,
      person.primaryEmail,
      '198.51.100.77',
      'FR-GDPR-0001',
      'ORD-GDPR-0001',
      'compta.gdpr@example-gdpr.test',
      'quentinelle-gdpr.fr',
    ])
      expect(text).toContain(expected);
    // Codes, raw booleans and ISO instants are written as the customer would read them.
    expect(text).not.toMatch(/\b(individual|company|false|true|success|wrong_password|unpaid)\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).toContain('Traitement limité Non');
    for (const expected of ['(a) Finalités', '(c) Destinataires', '(d) Durées de conservation', '(g) Source', '(h) Décision automatisée', 'CNIL'])
      expect(text).toContain(expected);
    const entry = server.database.sqlite
      .prepare("SELECT actor_role AS role, details FROM audit_log WHERE action = 'gdpr.file_downloaded' ORDER BY id DESC")
      .get() as { role: string; details: string };
    expect(entry.role).toBe('compliance');
    expect(JSON.parse(entry.details)).toMatchObject({ fileId: file!.id, kind: 'access_report' });
    const completed = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/complete`, { version: generated.body.version });
    expect(completed.body.status).toBe('completed');
  });

  it('exports the data the customer provided as JSON that validates against the versioned schema', async () => {
    const request = await verifiedRequest('portability');
    const generated = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/portability-export`, {});
    expect(generated.status).toBe(200);
    const file = generated.body.files.find((f) => f.kind === 'portability_export')!;
    const json = await download(compliance, request.id, file.id);
    expect(json.type).toContain('application/json');
    const document = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown> & {
      account: Record<string, unknown>;
      subUsers: { email: string }[];
      loginEvents: { ip: string }[];
    };
    const schema = JSON.parse(readFileSync('docs/schemas/gdpr-portability.v1.schema.json', 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document).toMatchObject({ format: 'guichet-gdpr-portability', schemaVersion: '1.0.0' });
    expect(document.account).toMatchObject({ firstName: person.firstName, primaryEmail: person.primaryEmail, phone: person.phone });
    expect(document.subUsers.map((u) => u.email)).toContain('compta.gdpr@example-gdpr.test');
    expect(document.loginEvents.map((e) => e.ip)).toContain('198.51.100.77');
  });

  it('refuses a report before identity is verified, for another right, and records nothing', async () => {
    const created = await agent.post<RequestView>('/api/gdpr-requests', {
      right: 'access',
      channel: 'post',
      receivedOn: daysAgo(1),
      requesterName: 'Q. G.',
      requesterAddress: '1 rue X, Rennes',
      customerId: person.id,
      ticketRef: 'TCK-GDPR-EXP2',
    });
    const before = server.factories.count((await import('../db/schema/audit.js')).auditLog);
    const early = await compliance.post<{ code: string }>(`/api/gdpr-requests/${created.body.id}/access-report`, {});
    expect(early.body.code).toBe('gdpr.identity_not_verified');
    const wrong = await compliance.post<{ code: string }>(`/api/gdpr-requests/${created.body.id}/portability-export`, {});
    expect(wrong.body.code).toBe('gdpr.wrong_right');
    expect(server.factories.count((await import('../db/schema/audit.js')).auditLog)).toBe(before);
  });
});
