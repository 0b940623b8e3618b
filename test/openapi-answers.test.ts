import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiVersion, openApiDocument, openApiPath } from '../server/http/openapi.js';
import { sha256Hex } from '../server/http/service-token.js';
import { signedInAs, type ApiClient, type ApiResponse } from './support/api-client.js';
import { claimBody, samplePdf, uploadDocuments } from './support/claims.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The document cannot lie: real answers of the real server, over rows built by the factories, are
// validated against the schema the document gives their route and status (ajv, JSON Schema 2020-12;
// objects are closed, so a field the document does not describe fails as surely as a missing one).

const ingestToken = 'openapi-answers-ingest-token';
let server: TestServer;
let document: ReturnType<typeof openApiDocument>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();
/** `GET /api/customers/:id`, for every answer validated: the coverage check reads it. */
const validated = new Set<string>();

beforeAll(async () => {
  server = await startTestServer({ env: { INGEST_TOKEN_SHA256: sha256Hex(ingestToken) } });
  document = openApiDocument(server.routes, apiVersion);
});
afterAll(() => server.close());

type Responses = Record<string, { content?: Record<string, { schema: object }> }>;

/** The schema with the document's named answers (`#/components/schemas/…`) put in place of their references. */
function resolved(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolved);
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = (schema as { $ref?: string }).$ref;
  const components = document.components.schemas as Record<string, unknown>;
  if (ref?.startsWith('#/components/schemas/')) return resolved(components[ref.slice('#/components/schemas/'.length)]);
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolved(value)]));
}

/** Validates an answer against the document: its status must be documented, its JSON body must match. */
function expectDocumented<T>(method: 'get' | 'post' | 'put', route: string, response: ApiResponse<T>): T {
  const where = `${method.toUpperCase()} ${route}`;
  const operation = document.paths[openApiPath(route)]?.[method] as { responses: Responses } | undefined;
  expect(operation, `${where} is not in the document`).toBeDefined();
  const answer = operation?.responses[String(response.status)];
  expect(
    answer,
    `${where} answered ${response.status} ${String(JSON.stringify(response.body)).slice(0, 300)}, which the document does not describe`,
  ).toBeDefined();
  const schema = answer?.content?.['application/json']?.schema;
  if (response.status !== 204) {
    expect(schema, `${where}: no JSON schema for ${response.status}`).toBeDefined();
    const key = `${where} ${response.status}`;
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(resolved(schema) as object)));
    expect(validate(response.body), `${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  }
  validated.add(where);
  return response.body;
}

const query = (params: Record<string, unknown>) =>
  `?${Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&')}`;

describe('answers match the OpenAPI document', () => {
  let agent: ApiClient;
  let lead: ApiClient;
  let compliance: ApiClient;
  let admin: ApiClient;
  let customer: { id: number; nicHandle: string };

  beforeAll(async () => {
    agent = await signedInAs(server.baseUrl, 'agent');
    lead = await signedInAs(server.baseUrl, 'lead');
    compliance = await signedInAs(server.baseUrl, 'compliance');
    admin = await signedInAs(server.baseUrl, 'admin');
    customer = server.factories.customer({ organisation: null, backupEmail: 'secours@example.org' });
    server.factories.service(customer.id);
    server.factories.invoice(customer.id, { status: 'unpaid', paidAt: null });
    server.factories.order(customer.id);
    server.factories.subUser(customer.id);
    server.factories.loginEvent(customer.id);
    server.factories.emailChange(customer.id);
  });

  it('customers: the list, a search, the record, the exact match and the summary strip', async () => {
    expectDocumented('get', '/api/customers', await agent.get(`/api/customers${query({ filter: { id: [customer.id] } })}`));
    const found = expectDocumented('get', '/api/customers', await agent.get<unknown[]>(`/api/customers${query({ filter: { q: customer.nicHandle } })}`));
    expect(found.length).toBeGreaterThan(0);
    expectDocumented('get', '/api/customers/:id', await agent.get(`/api/customers/${customer.id}`));
    expectDocumented('get', '/api/customers/find-exact', await agent.get(`/api/customers/find-exact?q=${encodeURIComponent(customer.nicHandle)}`));
    expectDocumented('get', '/api/customers/:id/summary', await agent.get(`/api/customers/${customer.id}/summary`));
  });

  it("the customer page's tabs and messages", async () => {
    for (const resource of ['services', 'invoices', 'orders', 'customer-users', 'login-events', 'email-history', 'messages'])
      expectDocumented('get', `/api/${resource}`, await agent.get(`/api/${resource}${query({ filter: { customerId: customer.id } })}`));
  });

  it('flags: raised, noted, triaged, listed; detection and advice', async () => {
    const body = {
      customerId: customer.id,
      kind: 'unrecognised_login_notification',
      severity: 'medium',
      note: 'Caller got a login alert',
      ticketRef: 'TCK-OA-1',
    };
    const raised = expectDocumented('post', '/api/flags', await agent.post<{ id: number; version: number }>('/api/flags', body));
    const noted = expectDocumented(
      'post',
      '/api/flags/:id/notes',
      await agent.post<{ version: number }>(`/api/flags/${raised.id}/notes`, { text: 'Called back' }),
    );
    expectDocumented('get', '/api/flags/assignees', await lead.get('/api/flags/assignees'));
    expectDocumented('post', '/api/flags/:id/triage', await lead.post(`/api/flags/${raised.id}/triage`, { severity: 'low', version: noted.version }));
    expectDocumented('get', '/api/flags/:id', await agent.get(`/api/flags/${raised.id}`));
    expectDocumented('get', '/api/flags', await agent.get(`/api/flags${query({ filter: { customerId: customer.id } })}`));
    expectDocumented('post', '/api/customers/:id/run-detection', await agent.post(`/api/customers/${customer.id}/run-detection`));
    expectDocumented(
      'post',
      '/api/customers/:id/send-security-advice',
      await agent.post(`/api/customers/${customer.id}/send-security-advice`, { ticketRef: 'TCK-OA-2' }),
    );
  });

  it('claims: recorded, matched, a document uploaded and decided, listed', async () => {
    const recorded = expectDocumented(
      'post',
      '/api/email-claims',
      await agent.post<{ id: number; version: number }>('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle.toUpperCase() })),
    );
    const reviewing = expectDocumented(
      'post',
      '/api/email-claims/:id/start-review',
      await agent.post<{ version: number }>(`/api/email-claims/${recorded.id}/start-review`, { version: recorded.version }),
    );
    expect(reviewing.version).toBeGreaterThan(recorded.version);
    const uploaded = await uploadDocuments(agent, recorded.id, 'signed_form', [{ name: 'form.pdf', bytes: samplePdf(), type: 'application/pdf' }]);
    const withDocument = expectDocumented('post', '/api/email-claims/:id/documents', uploaded);
    const documentId = withDocument.documents[0]?.id;
    expectDocumented('post', '/api/claim-documents/:id/decision', await agent.post(`/api/claim-documents/${documentId}/decision`, { decision: 'accept' }));
    expectDocumented('get', '/api/email-claims/:id', await agent.get(`/api/email-claims/${recorded.id}`));
    expectDocumented('get', '/api/email-claims', await agent.get('/api/email-claims'));
  });

  it('GDPR requests: intake, summary, eligibility, list', async () => {
    const intake = {
      right: 'access',
      channel: 'web_form',
      receivedOn: new Date().toISOString().slice(0, 10),
      requesterName: 'Requester Name',
      requesterEmail: 'requester@example.org',
      customerId: customer.id,
      ticketRef: 'TCK-OA-3',
    };
    const created = expectDocumented('post', '/api/gdpr-requests', await agent.post<{ id: number }>('/api/gdpr-requests', intake));
    expectDocumented('get', '/api/gdpr-requests/:id', await agent.get(`/api/gdpr-requests/${created.id}`));
    expectDocumented('get', '/api/gdpr-requests/summary', await agent.get(`/api/gdpr-requests/summary?customerId=${customer.id}`));
    expectDocumented('get', '/api/gdpr-requests/:id/erasure-eligibility', await agent.get(`/api/gdpr-requests/${created.id}/erasure-eligibility`));
    expectDocumented('get', '/api/gdpr-requests', await compliance.get('/api/gdpr-requests'));
  });

  it('staff, approvals, the directory and one’s own account', async () => {
    const created = expectDocumented(
      'post',
      '/api/staff',
      await admin.post<{ id: number }>('/api/staff', { email: 'openapi.agent@guichet.test', displayName: 'Open Api', role: 'agent' }),
    );
    expectDocumented('get', '/api/staff/:id', await admin.get(`/api/staff/${created.id}`));
    expectDocumented('get', '/api/staff', await admin.get('/api/staff'));
    const approvals = expectDocumented('get', '/api/staff-approvals', await lead.get<Array<{ id: number; staffId: number }>>('/api/staff-approvals'));
    const request = approvals.find((approval) => approval.staffId === created.id);
    expectDocumented('get', '/api/staff-approvals/:id', await lead.get(`/api/staff-approvals/${request?.id}`));
    expectDocumented('post', '/api/staff-approvals/:id/reject', await lead.post(`/api/staff-approvals/${request?.id}/reject`));
    expectDocumented('get', '/api/staff-names', await agent.get('/api/staff-names'));
    expectDocumented('get', '/api/auth/me', await agent.get('/api/auth/me'));
    expectDocumented('get', '/api/auth/sessions', await agent.get('/api/auth/sessions'));
    expectDocumented('get', '/api/auth/two-factor', await agent.get('/api/auth/two-factor'));
    expectDocumented('get', '/api/dashboard', await lead.get('/api/dashboard'));
  });

  it('the audit log: list, entry, reveal, verification, checkpoints, review queue', async () => {
    const entries = expectDocumented(
      'get',
      '/api/audit-log',
      await lead.get<Array<{ id: number }>>(`/api/audit-log${query({ filter: { customerId: customer.id } })}`),
    );
    const entry = entries[0]?.id;
    expectDocumented('get', '/api/audit-log/:id', await lead.get(`/api/audit-log/${entry}`));
    expectDocumented('post', '/api/audit-log/:id/reveal', await lead.post(`/api/audit-log/${entry}/reveal`));
    expectDocumented('get', '/api/audit-log/verify', await lead.get('/api/audit-log/verify'));
    expectDocumented('post', '/api/audit-checkpoints', await lead.post('/api/audit-checkpoints'));
    expectDocumented('get', '/api/audit-checkpoints', await lead.get('/api/audit-checkpoints'));
    expectDocumented('get', '/api/audit-reviews', await lead.get(`/api/audit-reviews${query({ filter: { status: 'pending' } })}`));
  });

  it('the login system’s push and the document itself', async () => {
    const event = { id: 'evt-openapi-1', occurredAt: '2026-11-20T10:00:00+01:00', account: customer.nicHandle.toUpperCase(), ip: '78.193.40.10' };
    const batch = [{ ...event, country: 'FR', deviceId: 'dev-1', deviceLabel: 'Firefox', result: 'success', isNewDevice: false }];
    const pushed = await agent.request('POST', '/api/ingest/login-events', batch, { authorization: `Bearer ${ingestToken}`, cookie: '' });
    expectDocumented('post', '/api/ingest/login-events', pushed);
    expectDocumented('get', '/api/openapi.json', await agent.get('/api/openapi.json'));
  });

  it('covered one answer at least of every part of the API that answers JSON', () => {
    const prefixOf = (where: string) => where.split(' ')[1]?.split('/')[2];
    const jsonParts = new Set(
      server.routes
        .filter((route) => {
          const response = route.schemas?.response;
          return !(response && 'file' in response);
        })
        .map((route) => route.path.split('/')[2]),
    );
    // claim-letters answers JSON only to the retry of a failed render (a broken PDF renderer to stage).
    jsonParts.delete('claim-letters');
    expect([...jsonParts].filter((part) => ![...validated].some((where) => prefixOf(where) === part))).toEqual([]);
  });
});
