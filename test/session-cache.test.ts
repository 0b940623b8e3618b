import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The server reuses a session row it read while nothing has been written since (docs/DECISIONS.md,
// "Session cache"). These tests change the row behind its back, in every way a write can come, and
// expect the very next request to see it.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signedInMember(role: 'agent' | 'lead') {
  const member = await server.factories.staffMember({ role });
  const client = new ApiClient(server.baseUrl);
  expect((await client.signIn(member.email)).status).toBe(200);
  // Twice: the second request is answered from the reused row.
  expect((await client.get('/api/customers')).status).toBe(200);
  expect((await client.get('/api/customers')).status).toBe(200);
  return { member, client };
}

describe('session reuse between writes', () => {
  it('refuses the very next request once another process disables the person', async () => {
    const { member, client } = await signedInMember('agent');
    const other = new Database(server.config.databasePath);
    try {
      other.prepare('UPDATE staff SET is_active = 0 WHERE id = ?').run(member.id);
    } finally {
      other.close();
    }
    expect((await client.get('/api/customers')).status).toBe(401);
  });

  it('applies a role changed by this server at the very next request', async () => {
    const { member, client } = await signedInMember('agent');
    server.database.sqlite.prepare("UPDATE staff SET role = 'admin' WHERE id = ?").run(member.id);
    const response = await client.get('/api/customers');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.forbidden' });
  });

  it('refuses the very next request once the session is revoked by any writer', async () => {
    const { client } = await signedInMember('lead');
    const other = new Database(server.config.databasePath);
    try {
      other.prepare('UPDATE sessions SET revoked_at = ? WHERE revoked_at IS NULL').run(new Date().toISOString());
    } finally {
      other.close();
    }
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('still ends a reused session at the idle timeout, with no write in between', async () => {
    const { client } = await signedInMember('agent');
    server.advanceClock(server.config.sessionIdleMs + 1);
    expect((await client.get('/api/customers')).status).toBe(401);
  });
});
