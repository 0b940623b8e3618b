import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database_ } from '../db/client.js';
import { claimStates } from '../db/schema/email-claims.js';

// The claims list's filters and sorts, read through EXPLAIN QUERY PLAN on a database with a few
// thousand claims: each filter reaches email_claims through its index.

let directory: string;
let database: Database_;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'guichet-claim-plans-'));
  database = openDatabase(join(directory, 'plans.db'));
  migrateDatabase(database);
  const sqlite = database.sqlite;
  sqlite.prepare("INSERT INTO staff (email, display_name, role, password_hash) VALUES ('plan@guichet.test', 'Plan', 'agent', 'x')").run();
  const insert = sqlite.prepare(
    `INSERT INTO email_claims (state, customer_id, received_on, claimed_handle, new_primary_email, sender_name, sender_address, ticket_ref, recorded_by, assignee_id, created_at, updated_at)
     VALUES (?, NULL, ?, 'xx1-ovh', 'a@example.org', 'A', 'B', 'TCK-1', 1, 1, '2026-01-01', '2026-01-01')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 5000; i += 1)
      insert.run(claimStates[i % claimStates.length], `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
  })();
  sqlite.exec('ANALYZE');
});
afterAll(() => {
  database.sqlite.close();
  rmSync(directory, { recursive: true, force: true });
});

const filters: Record<string, string> = {
  state: "t.state = 'received'",
  undecided: "t.state IN ('received','in_review','awaiting_documents')",
  assignee: 't.assignee_id = 1',
  account: 't.customer_id = 5',
  unmatched: 't.customer_id IS NULL',
};
const sorts = ['t.id DESC', 't.received_on DESC, t.id DESC', 't.received_on ASC, t.id ASC'];

const planOf = (where: string, order: string) =>
  (
    database.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT t.id FROM email_claims t WHERE ${where} ORDER BY ${order} LIMIT 25 OFFSET 0`).all() as {
      detail: string;
    }[]
  )
    .map((row) => row.detail)
    .join(' | ');

describe('claims list query plans', () => {
  for (const [name, where] of Object.entries(filters))
    for (const order of sorts)
      it(`filters by ${name}, sorted by ${order}, through an index`, () => {
        expect(planOf(where, order)).toMatch(/^SEARCH t USING (COVERING )?INDEX email_claims_/);
      });

  it('sorts by received date, without a filter, along its index', () => {
    const plan = (
      database.sqlite.prepare('EXPLAIN QUERY PLAN SELECT t.id FROM email_claims t ORDER BY t.received_on DESC, t.id DESC LIMIT 25').all() as {
        detail: string;
      }[]
    )[0]?.detail;
    expect(plan).toMatch(/USING (COVERING )?INDEX email_claims_received_idx/);
  });
});
