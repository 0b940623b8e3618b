import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../db/seed/fixtures.js';
import { openDemoCases } from '../server/demo/demo-cases.js';
import { signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The demo's first start files work in progress so that each role's dashboard shows something.
// It runs over the demo fixtures (the only place a test reads them: the cases are about the demo).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 20 });
  openDemoCases({ database: server.database, gdpr: server.gdpr, claims: server.claims, now: server.now() });
});
afterAll(() => server.close());

interface Page<T> {
  status: number;
  body: T[];
}

describe('the demo work in progress', () => {
  it('puts GDPR requests at each point of the legal clock on the compliance desk', async () => {
    const compliance = await signedInAs(server.baseUrl, 'compliance');
    const requests = (await compliance.get('/api/gdpr-requests?range=[0,24]')) as Page<{ urgency: string; customerId: number | null; right: string }>;
    expect(requests.status).toBe(200);
    expect(requests.body.map((r) => r.urgency).sort()).toEqual(['due_soon', 'on_time', 'on_time', 'overdue']);
    expect(requests.body.find((r) => r.right === 'erasure')?.customerId).toBe(fixtures.erasable.id);
    expect(requests.body.filter((r) => r.customerId === null)).toHaveLength(1);
  });

  it('leaves mailed claims for agents, one of them unmatched', async () => {
    const agent = await signedInAs(server.baseUrl, 'agent');
    const claims = (await agent.get('/api/email-claims?range=[0,24]')) as Page<{ customerId: number | null }>;
    expect(claims.status).toBe(200);
    expect(claims.body.map((c) => c.customerId).sort()).toEqual([fixtures.guideExample.id, fixtures.withoutBackupEmail.id, null].sort());
  });

  it('files each case through its audited change', () => {
    const actions = server.database.sqlite.prepare<[], { action: string }>('SELECT action FROM audit_log ORDER BY id').all();
    expect(actions.filter((a) => a.action === 'gdpr.intake')).toHaveLength(4);
    expect(actions.filter((a) => a.action === 'email_claims.record')).toHaveLength(3);
  });
});
