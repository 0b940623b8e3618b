import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database_ } from '../db/client.js';
import { customerIdBucketSize } from '../db/schema/customer-counts.js';
import { seedDemoData } from '../db/seed/generate.js';
import type { ListQueryOf, SortFieldOf } from '../server/http/list-query.js';
import { createCustomersRepository } from '../server/modules/customers/customers.repository.js';
import type { CustomerListFilter, customerListContract } from '../server/modules/customers/customers.schemas.js';

// Every statement the customer list and search run, for every allowed filter and sort, read
// through EXPLAIN QUERY PLAN on a seeded database: the customers table is only ever reached
// through an index, walked in the order the page asks for, or sorted after a bounded index read.

interface Recorded {
  sql: string;
  params: unknown[];
}

let directory: string;
let database: Database_;
let recorded: Recorded[] = [];
let repository: ReturnType<typeof createCustomersRepository>;

/** Records each statement the repository runs, with its parameters, to explain it afterwards. */
function recordStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['get', 'all', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        recorded.push({ sql, params });
        return run(...params);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
}

interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

function explain({ sql, params }: Recorded): PlanLine[] {
  return database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanLine[];
}

const customersAccess = /^(SCAN|SEARCH) (c|customers)\b/;
// A partial index holds only its few rows (accounts awaiting a new backup): walking it whole is bounded.
const partialIndexes = /USING (COVERING )?INDEX customers_new_backup_required_idx/;
const isFullScan = (line: PlanLine) => /^SCAN (c|customers)( USING|$)/.test(line.detail) && !partialIndexes.test(line.detail);
const isSort = (line: PlanLine) => /USE TEMP B-TREE FOR (ORDER BY|LAST TERM)/.test(line.detail);

/** What must hold for each statement; returns the broken rule, or null. */
function brokenRule(statement: Recorded, plan: PlanLine[]): string | null {
  // A bare table scan is only the primary key walked in the page's own order (id) until LIMIT,
  // or a capped count stopping at its LIMIT: never a read of the whole table.
  const walksIds = /ORDER BY c\.id (ASC|DESC) LIMIT \d+/.test(statement.sql);
  const cappedCount = /^SELECT count\(\*\) AS n FROM \(SELECT 1 FROM customers c.* LIMIT \d+\)$/.test(statement.sql);
  if (plan.some((line) => /^SCAN (c|customers)$/.test(line.detail)) && !walksIds && !cappedCount) return 'scans the customers table';
  // Sorting is for rows an index SEARCH bounded (or a LIMITed subquery yielded): never in the
  // same query block as a walk over a whole table or index.
  for (const sort of plan.filter(isSort)) {
    if (plan.some((line) => line.parent === sort.parent && isFullScan(line))) return 'sorts what a full scan read';
  }
  return null;
}

type SortField = SortFieldOf<typeof customerListContract>;

function runList(filter: CustomerListFilter & { id?: number[] }, sort: [SortField, 'asc' | 'desc'], offset = 0): Array<{ sql: string; plan: string[] }> {
  recorded = [];
  const query: ListQueryOf<typeof customerListContract> = { filter, sort: { field: sort[0], order: sort[1] }, offset, limit: 25 };
  repository.list(query);
  return recorded.map((statement) => {
    const lines = explain(statement);
    const plan = lines.map((line) => line.detail);
    expect(
      brokenRule(statement, lines),
      `${JSON.stringify(filter)} sorted by ${sort.join(' ')} at ${offset}:\n${statement.sql}\n  ${plan.join('\n  ')}`,
    ).toBeNull();
    return { sql: statement.sql, plan };
  });
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'guichet-plans-'));
  database = openDatabase(join(directory, 'plans.db'));
  migrateDatabase(database);
  seedDemoData(database.sqlite, { customers: 20_000 });
  recordStatements(database.sqlite);
  repository = createCustomersRepository(database);
});
afterAll(() => {
  database.sqlite.close();
  rmSync(directory, { recursive: true, force: true });
});

const filters: Array<CustomerListFilter & { id?: number[] }> = [
  {},
  { state: 'active' },
  { state: 'erased' },
  { country: 'FR' },
  { country: 'IE' },
  { legalForm: 'company' },
  { legalForm: 'public_body' },
  { hasBackupEmail: true },
  { hasBackupEmail: false },
  { hasUnpaidInvoice: true },
  { hasUnpaidInvoice: false },
  { newBackupRequired: true },
  { newBackupRequired: false },
  { newBackupRequired: true, state: 'active', hasUnpaidInvoice: true },
  { createdAt_gte: '2020-01-01' },
  { createdAt_lte: '2012-06-30' },
  { createdAt_gte: '2021-03-01', createdAt_lte: '2021-03-01' },
  { state: 'suspended', country: 'FR', legalForm: 'individual', hasBackupEmail: false },
  { state: 'erased', country: 'IE', hasUnpaidInvoice: false, createdAt_gte: '2015-01-01' },
  { id: [1, 2, 3, 500] },
];
const sorts = ['id', 'nicHandle', 'lastName', 'name', 'createdAt', 'country', 'state'] as const;

describe('customer list query plans', () => {
  for (const filter of filters) {
    for (const field of sorts) {
      it(`${JSON.stringify(filter)} sorted by ${field}: indexes only, pages 1 and 400`, () => {
        for (const order of ['asc', 'desc'] as const) {
          expect(runList(filter, [field, order]).length).toBeGreaterThan(0);
          runList(filter, [field, order], 10_000);
        }
      });
    }
  }

  it('jumps to deep pages of the id order through the id buckets (keyset, no long OFFSET)', () => {
    for (const filter of [{}, { state: 'active' as const }]) {
      const page = runList(filter, ['id', 'desc'], 3 * customerIdBucketSize + 17).find((s) => s.sql.includes('@idBound'));
      expect(page?.plan.join(' ')).toMatch(/(rowid|id)<\?/);
    }
  });

  it('skips deep offsets of other sorts on their covering index', () => {
    const page = runList({}, ['createdAt', 'desc'], 15_000).find((s) => s.sql.includes('FROM (SELECT c.id FROM customers c'));
    expect(page?.plan.join(' ')).toContain('COVERING INDEX customers_created_at_idx');
  });

  it('sorts by name on the name-key index (organisation, else last and first name), in either direction, without sorting', () => {
    for (const order of ['asc', 'desc'] as const) {
      const page = runList({}, ['name', order]).find((s) => s.sql.includes('ORDER BY coalesce('));
      expect(page?.plan.join(' ')).toContain('customers_name_sort_key_idx');
      expect(page?.plan.join(' ')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('reads accounts awaiting a new backup from their partial index only', () => {
    for (const field of ['id', 'createdAt'] as const) {
      const statements = runList({ newBackupRequired: true }, [field, 'desc']);
      for (const statement of statements.filter((s) => s.sql.includes('new_backup_required')))
        expect(statement.plan.join(' ')).toContain('customers_new_backup_required_idx');
    }
  });

  it('counts totals of the equality filters from customer_counts, not from customers', () => {
    const statements = runList({ state: 'active', country: 'FR' }, ['id', 'desc']);
    expect(statements.filter((s) => /count\(/.test(s.sql))).toEqual([]);
  });
});

describe('search query plans', () => {
  const inputs = [
    'XX11111',
    'xx11111-ovh',
    '0123-45-67',
    '01234567',
    'jean.dupont@',
    'Jean.Dupont@example.fr',
    'Dupont',
    'du',
    'd',
    'Hélène',
    '12',
    'jean dupont',
    'Lefèvre Hélène',
    'helene lef',
    'Jean-Pierre Dupont',
  ];
  it.each(inputs)('%s: index lookups only, each bounded', (q) => {
    for (const statement of [...runList({ q }, ['id', 'desc']), ...runList({ q }, ['id', 'desc'], 100)]) {
      const accesses = statement.plan.filter((line) => customersAccess.test(line));
      expect(accesses.length).toBeGreaterThan(0);
      for (const line of accesses) expect(line, statement.sql).toMatch(/^SEARCH (c|customers) USING (COVERING INDEX|INTEGER PRIMARY KEY)/);
      // Every lookup is limited: no lookup reads an unbounded index range.
      expect(statement.sql.match(/ORDER BY (\w+|replace\([^)]*\)), id LIMIT \d+/g)?.length ?? 0).toBe((statement.sql.match(/char\(1114111\)/g) ?? []).length);
    }
  });

  it('reads a full name from the two full-name indexes', () => {
    const plan = runList({ q: 'helene lefevre' }, ['id', 'desc']).flatMap((statement) => statement.plan);
    expect(plan.join('\n')).toContain('COVERING INDEX customers_first_last_key_idx');
    expect(plan.join('\n')).toContain('COVERING INDEX customers_last_first_key_idx');
  });

  it('applies column filters and sorts to the bounded ranked set', () => {
    runList({ q: 'du', state: 'suspended', hasUnpaidInvoice: false }, ['createdAt', 'desc']);
    runList({ q: 'Dupont', country: 'FR' }, ['id', 'desc'], 50);
  });
});
