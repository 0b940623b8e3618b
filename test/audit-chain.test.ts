import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genesisHash } from '../server/modules/audit/audit-chain.js';
import { walkChain } from '../server/modules/audit/chain/chain-verifier.js';
import { rawAuditAppender } from '../server/modules/audit/audit.raw-append.js';
import type { ExportedCheckpoint } from '../server/modules/audit/checkpoints.service.js';
import type { VerifyReport } from '../server/modules/audit/verification.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';
import { containing, matching } from './support/matchers.js';

let server: TestServer;
let lead: ApiClient;

function appendEntries(count: number, action = 'test.entry') {
  for (let n = 0; n < count; n++) {
    server.changes.apply(() => ({ result: null, audit: { actor: { id: 1, role: 'agent' }, action, targetType: 'test', targetId: n, details: { n } } }));
  }
}

/** What an attacker with the file can do: drop the append-only triggers and rewrite rows. */
function tamper(sql: string, ...params: unknown[]) {
  const { sqlite } = server.database;
  sqlite.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete');
  sqlite.prepare(sql).run(...params);
}

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/modules/audit/verify-cli.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

beforeEach(async () => {
  server = await startTestServer();
  lead = await signedInAs(server.baseUrl, 'lead');
});
afterEach(() => server.close());

describe('audit chain proof', () => {
  it('says how many entries are intact, walking only what follows the last checkpoint', async () => {
    appendEntries(20);
    const checkpoint = await lead.post<{ id: number; entryCount: number }>('/api/audit-checkpoints');
    expect(checkpoint.status).toBe(201);
    appendEntries(5);
    const report = await lead.get<VerifyReport>('/api/audit-log/verify');
    const head = server.database.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    expect(report.body).toMatchObject({ ok: true, mode: 'checkpoint', entries: head, walked: head - checkpoint.body.entryCount });
    expect(report.body.checkpoint).toMatchObject({ id: checkpoint.body.id, entryCount: checkpoint.body.entryCount });
    const full = await lead.get<VerifyReport>('/api/audit-log/verify?mode=full');
    expect(full.body).toMatchObject({ ok: true, mode: 'full', entries: head, walked: head });
    const entry = server.database.sqlite.prepare("SELECT * FROM audit_log WHERE action = 'audit.checkpoint'").get() as { actor_role: string };
    expect(entry.actor_role).toBe('lead');
  });

  it('names a row modified at the SQLite level, from the API and the command line', async () => {
    appendEntries(30);
    tamper("UPDATE audit_log SET reason = 'rewritten' WHERE id = 12");
    const report = await lead.get<VerifyReport>('/api/audit-log/verify?mode=full');
    expect(report.body).toMatchObject({ ok: false, firstBad: { id: 12, problem: matching(/content/) }, walked: 11 });
    const cli = runCli('--full', server.config.databasePath);
    expect(cli.status).toBe(1);
    expect(cli.out).toContain('BROKEN at entry 12');
  });

  it('catches a tail rewritten after a checkpoint even when every hash was recomputed', async () => {
    appendEntries(10);
    await lead.post('/api/audit-checkpoints');
    const { sqlite } = server.database;
    // Rewrite entries 6.. with a consistent chain, as someone holding the file but not the signing key could.
    const rows = sqlite.prepare('SELECT * FROM audit_log WHERE id >= 6 ORDER BY id').all() as Record<string, unknown>[];
    let prev = sqlite.prepare('SELECT hash FROM audit_log WHERE id = 5').pluck().get() as string;
    tamper('DELETE FROM audit_log WHERE id >= 6');
    const append = rawAuditAppender(sqlite);
    for (const row of rows) {
      const entry = {
        id: row.id as number,
        at: row.at as string,
        actorId: row.actor_id as number | null,
        actorRole: row.actor_role as string | null,
        action: row.action as string,
        targetType: row.target_type as string,
        targetId: row.target_id as string | null,
        customerId: row.customer_id as number | null,
        ticketRef: row.ticket_ref as string | null,
        reason: row.id === 7 ? 'nothing happened here' : (row.reason as string | null),
        details: row.details as string,
        personal: row.personal as string | null,
      };
      prev = append(entry, prev);
    }
    const walk = await walkChain({ sqlite, fromId: 1, toId: rows.length + 5, expectedPrev: genesisHash });
    expect(walk.ok).toBe(true); // the chain alone cannot tell
    const report = await lead.get<VerifyReport>('/api/audit-log/verify');
    expect(report.body.ok).toBe(false);
    expect(report.body.firstBad?.problem).toMatch(/differs from the one signed in checkpoint #1/);
    const cli = runCli(server.config.databasePath);
    expect(cli.status).toBe(1);
    expect(cli.out).toMatch(/BROKEN at entry \d+: its hash differs from the one signed/);
  });

  it('refuses to sign a checkpoint over a broken log', async () => {
    appendEntries(3);
    tamper("UPDATE audit_log SET action = 'forged' WHERE id = 2");
    const response = await lead.post<{ code: string }>('/api/audit-checkpoints');
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('audit.chain_broken');
    expect(server.database.sqlite.prepare('SELECT count(*) FROM audit_checkpoints').pluck().get()).toBe(0);
  });

  it('exports a checkpoint that a copy held outside the console checks later, against the API and the CLI', async () => {
    appendEntries(8);
    const created = await lead.post<{ id: number }>('/api/audit-checkpoints');
    const exported = await lead.get<ExportedCheckpoint>(`/api/audit-checkpoints/${created.body.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain(`guichet-audit-checkpoint-${created.body.id}.json`);
    expect(exported.body).toMatchObject({ format: 'guichet-audit-checkpoint/v1', publicKey: containing('BEGIN PUBLIC KEY') });
    appendEntries(4);

    const good = await lead.post<{ ok: boolean; entriesSince: number; signedByConsoleKey: boolean }>('/api/audit-checkpoints/check', exported.body);
    expect(good.body).toMatchObject({ ok: true, signedByConsoleKey: true });
    expect(good.body.entriesSince).toBeGreaterThanOrEqual(4);
    const file = `${server.config.databasePath}.checkpoint.json`;
    await import('node:fs').then((fs) => fs.writeFileSync(file, JSON.stringify(exported.body)));
    expect(runCli('--checkpoint', file, server.config.databasePath)).toMatchObject({ status: 0, out: containing('matches') });

    const forged = await lead.post<{ ok: boolean; problem: string }>('/api/audit-checkpoints/check', {
      ...exported.body,
      entryCount: exported.body.entryCount - 1,
    });
    expect(forged.body).toMatchObject({ ok: false, problem: matching(/file itself was altered/) });

    tamper("UPDATE audit_log SET reason = 'changed later' WHERE id = 3");
    const rewritten = await lead.post<{ ok: boolean; problem: string }>('/api/audit-checkpoints/check', exported.body);
    expect(rewritten.body).toMatchObject({ ok: false });
    expect(runCli('--checkpoint', file, server.config.databasePath).status).toBe(1);
  });

  it('verifies from the command line read-only: a live database keeps its WAL and its main file untouched', () => {
    appendEntries(50);
    const { databasePath } = server.config;
    // The server's connection is open and has written since the last WAL checkpoint.
    const walBefore = statSync(`${databasePath}-wal`).size;
    expect(walBefore).toBeGreaterThan(0);
    const mainBefore = createHash('sha256').update(readFileSync(databasePath)).digest('hex');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/modules/audit/verify-cli.ts', databasePath], { encoding: 'utf8' });
    expect(out).toMatch(/^\d+ entries verified, chain intact at /);
    expect(statSync(`${databasePath}-wal`).size).toBe(walBefore);
    expect(createHash('sha256').update(readFileSync(databasePath)).digest('hex')).toBe(mainBefore);
  });

  it('walks ranges in parallel and joins them at their boundaries, naming the same entry as one walk', async () => {
    const { sqlite } = server.database;
    appendEntries(400);
    const head = sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    const parallel = await walkChain({ sqlite, fromId: 1, toId: head, expectedPrev: genesisHash, parallelism: 4, parallelFrom: 1 });
    expect(parallel).toEqual({ ok: true, checked: head });
    // A broken link exactly at a range boundary is found by the join.
    const boundary = 1 + Math.ceil(head / 4);
    tamper('UPDATE audit_log SET prev_hash = ? WHERE id = ?', 'f'.repeat(64), boundary);
    const broken = await walkChain({ sqlite, fromId: 1, toId: head, expectedPrev: genesisHash, parallelism: 4, parallelFrom: 1 });
    expect(broken).toEqual({ ok: false, checked: boundary - 1, firstBad: { id: boundary, problem: 'its link to the previous entry does not match' } });
    const single = await walkChain({ sqlite, fromId: 1, toId: head, expectedPrev: genesisHash, parallelism: 1 });
    expect(single).toEqual(broken);
  });

  it('names an entry broken inside a later range of a parallel walk, as one walk does', async () => {
    const { sqlite } = server.database;
    appendEntries(400);
    const head = sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    // Well inside the third of four ranges: that worker finds it, the ranges before it join cleanly.
    const size = Math.ceil(head / 4);
    const inside = 1 + 2 * size + Math.floor(size / 2);
    tamper('UPDATE audit_log SET details = \'{"n":-1}\' WHERE id = ?', inside);
    const parallel = await walkChain({ sqlite, fromId: 1, toId: head, expectedPrev: genesisHash, parallelism: 4, parallelFrom: 1 });
    expect(parallel).toEqual({ ok: false, checked: inside - 1, firstBad: { id: inside, problem: 'its content does not match its hash' } });
    expect(await walkChain({ sqlite, fromId: 1, toId: head, expectedPrev: genesisHash, parallelism: 1 })).toEqual(parallel);
  });

  it('lists signed checkpoints newest first, or oldest first when the caller sorts so', async () => {
    const signed: number[] = [];
    for (let n = 0; n < 3; n++) {
      appendEntries(1);
      signed.push((await lead.post<{ id: number }>('/api/audit-checkpoints')).body.id);
    }
    const page = async (sort?: string) =>
      (await lead.get<Array<{ id: number }>>(`/api/audit-checkpoints${sort ? `?sort=${encodeURIComponent(sort)}` : ''}`)).body.map((row) => row.id);
    expect(await page()).toEqual([...signed].reverse());
    expect(await page('["id","ASC"]')).toEqual(signed);
    expect(await page('["id","DESC"]')).toEqual([...signed].reverse());
    expect((await lead.get('/api/audit-checkpoints?sort=["createdAt","ASC"]')).status).toBe(400);
  });
});
