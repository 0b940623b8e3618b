import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database_ } from '../db/client.js';
import { flagSeverities, flagStatuses, flagRules } from '../db/schema/flags.js';
import { seedDemoData } from '../db/seed/generate.js';
import { createFlagList } from '../server/modules/flags/flags.list.js';
import { flagListContract, type FlagListFilter } from '../server/modules/flags/flags.schemas.js';

// The flag queue's statements, for every filter and sort, read through EXPLAIN QUERY PLAN: the
// flags table is reached through an index, never scanned (the queue must hold at 100,000 flags).

let directory: string;
let database: Database_;
let recorded: { sql: string; params: unknown[] }[] = [];
let explain: (sql: string, params: unknown[]) => { id: number; parent: number; detail: string }[];

function recordStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['get', 'all'] as const) {
      const run = statement[method].bind<(...params: unknown[]) => unknown>(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        recorded.push({ sql, params });
        return run(...params);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'guichet-flag-plans-'));
  database = openDatabase(join(directory, 'plans.db'));
  migrateDatabase(database);
  seedDemoData(database.sqlite, { customers: 50 });
  const insert = database.sqlite.prepare(
    `INSERT INTO flags (customer_id, rule, severity, severity_rank, status, is_active, summary, raised_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'x', ?, ?)`,
  );
  for (let i = 0; i < 2000; i++) {
    const severity = flagSeverities[i % 3] as string;
    const status = flagStatuses[i % 3] as string;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    insert.run(1 + (i % 50), flagRules[i % 5], severity, (i % 3) + 1, status, status === 'resolved' ? 0 : 1, at, at);
  }
  database.sqlite.exec('ANALYZE');
  const unrecorded = database.sqlite.prepare.bind(database.sqlite);
  explain = (sql, params) => unrecorded(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { id: number; parent: number; detail: string }[];
  recordStatements(database.sqlite);
});
afterAll(() => {
  database.sqlite.close();
  rmSync(directory, { recursive: true, force: true });
});

const filters: FlagListFilter[] = [
  {},
  { isActive: true },
  { isActive: false },
  { status: 'open' },
  { status: 'investigating' },
  { customerId: 7 },
  { customerId: 7, isActive: true },
  { assigneeId: 1 },
  // The dashboard tiles' links: an agent's own hand-raised flags, the lead's week-old open flags.
  { raisedBy: 1, isActive: true },
  { isActive: true, raisedBefore: '2026-01-01T00:00:00.000Z' },
];

describe('flag queue query plans', () => {
  for (const filter of filters) {
    for (const field of flagListContract.sortFields) {
      it(`reads flags through an index for filter ${JSON.stringify(filter)} sorted by ${field}`, () => {
        recorded = [];
        createFlagList(database)({ filter, sort: { field, order: field === 'severity' ? 'desc' : 'asc' }, offset: 0, limit: 25 });
        expect(recorded.length).toBeGreaterThan(0);
        for (const { sql, params } of recorded) {
          const lines = explain(sql, params);
          // A bare SCAN of flags is only allowed as a walk in rowid order that stops at the page's
          // LIMIT: never followed by a sort of what it read (the sort of the 25 joined rows is fine).
          const fullScans = lines.filter(
            (scan) =>
              /^SCAN f\b/.test(scan.detail) &&
              !scan.detail.includes('USING') &&
              lines.some((l) => l.parent === scan.parent && l.detail.includes('TEMP B-TREE')),
          );
          expect(fullScans, `${sql}\n${lines.map((l) => `${l.parent} ${l.detail}`).join('\n')}`).toEqual([]);
        }
      });
    }
  }

  it('walks the queue index in the queue order, with no sort step', () => {
    recorded = [];
    createFlagList(database)({ filter: { isActive: true }, sort: { field: 'severity', order: 'desc' }, offset: 0, limit: 25 });
    const first = recorded[0] as { sql: string; params: unknown[] };
    const lines = explain(first.sql, first.params);
    const walk = lines.find((line) => line.detail.includes('flags_queue_idx'));
    expect(walk?.detail).toMatch(/^SEARCH f USING COVERING INDEX flags_queue_idx/);
    expect(lines.filter((line) => line.parent === walk?.parent && line.detail.includes('TEMP B-TREE'))).toEqual([]);
  });
});
