import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../server/modules/audit/audit.service.js';
import { signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { matching } from './support/matchers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 10 });
  for (const role of ['agent', 'lead', 'admin'] as const) await (await signedInAs(server.baseUrl, role)).post('/api/auth/logout');
});
afterAll(() => server.close());

describe('audit log', () => {
  it('refuses to record an entry outside a transaction', () => {
    const audit = createAuditLog(server.database);
    expect(() => audit.append({ actor: null, action: 'test.outside', targetType: 'test' }, new Date().toISOString())).toThrow(/inside the transaction/);
  });

  it('chains every entry to the previous one and verifies from the API', async () => {
    const lead = await signedInAs(server.baseUrl, 'lead');
    const response = await lead.get<{ ok: boolean; entries: number }>('/api/audit-log/verify');
    expect(response.status).toBe(200);
    const total = (server.database.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n;
    expect(response.body).toMatchObject({ ok: true, entries: total, walked: total, mode: 'checkpoint', checkpoint: null });
    expect(total).toBeGreaterThanOrEqual(7);
  });

  it('lists entries newest first with filters for leads', async () => {
    const lead = await signedInAs(server.baseUrl, 'lead');
    const response = await lead.get<Array<{ id: number; action: string }>>('/api/audit-log?filter={"action":"auth.logout"}&range=[0,9]');
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(3);
    expect(response.body.every((entry) => entry.action === 'auth.logout')).toBe(true);
    expect(response.body[0]!.id).toBeGreaterThan(response.body[2]!.id);
  });

  it('is append-only: the database refuses updates and deletes', () => {
    const { sqlite } = server.database;
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('names the first tampered entry, from the API and the command line', async () => {
    server.changes.apply(() => ({ result: null, audit: { actor: null, action: 'test.marker', targetType: 'test', details: { n: 1 } } }));
    const { sqlite } = server.database;
    const victim = (sqlite.prepare('SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2').get() as { id: number }).id;
    // An attacker with file access can drop the triggers; the chain still gives them away.
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare("UPDATE audit_log SET reason = 'rewritten' WHERE id = ?").run(victim);
    const lead = await signedInAs(server.baseUrl, 'lead');
    const response = await lead.get<{ ok: boolean; firstBad: { id: number; problem: string } }>('/api/audit-log/verify');
    expect(response.body.ok).toBe(false);
    expect(response.body.firstBad).toEqual({ id: victim, problem: matching(/content/) });

    let exitCode = 0;
    let output = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'server/modules/audit/verify-cli.ts', server.config.databasePath], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      exitCode = failure.status;
      output = failure.stderr;
    }
    expect(exitCode).toBe(1);
    expect(output).toContain(`BROKEN at entry ${victim}`);
  });
});
