import type Database from 'better-sqlite3';
import { seededTables, withBulkLoadSettings } from './bulk-load.js';
import type { SeedContext } from './context.js';
import { writeGeneratedCustomer } from './customer.js';
import { UniqueRegistry } from './unique-registry.js';
import { writeFixtures } from './fixture-writer.js';
import { FIXTURE_COUNT, fixtures } from './fixtures.js';
import { Random } from './random.js';
import { RowWriter } from './row-writer.js';
import type { SeedSummary } from './rows.js';

export type { SeedSummary } from './rows.js';
export { fixtures } from './fixtures.js';
export { REFERENCE_DATE } from './dates.js';

export const DEFAULT_SEED = 20_261_101;
/** Customers per transaction: large enough to amortise commits, small enough to show progress. */
export const CUSTOMERS_PER_TRANSACTION = 10_000;

export interface SeedOptions {
  /** Total customers, fixtures included (the fixtures are always written, even if this is smaller). */
  customers: number;
  /** 32-bit integer; the same seed and count always give the same rows. */
  seed?: number;
  /** Called after each transaction with the number of customers written so far. */
  onProgress?: (done: number) => void;
}

function assertEmpty(sqlite: Database.Database): void {
  for (const table of seededTables) {
    const row = sqlite.prepare<[], { present: number }>(`SELECT EXISTS (SELECT 1 FROM ${table}) AS present`).get();
    if (row?.present) throw new Error(`seedDemoData needs an empty database, but ${table} already has rows`);
  }
}

/**
 * Fills an empty, migrated database with the fixture accounts (ids 1..N, always identical)
 * and `customers − N` generated ones. The same seed and count always give the same rows.
 */
export function seedDemoData(sqlite: Database.Database, options: SeedOptions): SeedSummary {
  if (!Number.isInteger(options.customers) || options.customers < 0) {
    throw new Error(`customers must be a non-negative integer, got ${options.customers}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new Error(`seed must be a 32-bit unsigned integer, got ${seed}`);
  assertEmpty(sqlite);
  const generated = Math.max(0, options.customers - FIXTURE_COUNT);
  return withBulkLoadSettings(sqlite, () => {
    const context: SeedContext = {
      random: new Random(seed),
      writer: new RowWriter(sqlite),
      emails: new UniqueRegistry(),
      domains: new UniqueRegistry(),
      sequences: { invoice: 0, order: 0, vps: 0, server: 0, cloud: 0 },
      agencyHandles: [],
      fallbackAgencyHandle: fixtures.agency.nicHandle,
    };
    sqlite.transaction(() => {
      writeFixtures(context);
      context.writer.flush();
    })();
    options.onProgress?.(FIXTURE_COUNT);
    for (let start = 0; start < generated; start += CUSTOMERS_PER_TRANSACTION) {
      const end = Math.min(start + CUSTOMERS_PER_TRANSACTION, generated);
      sqlite.transaction(() => {
        for (let sequence = start; sequence < end; sequence++) {
          writeGeneratedCustomer(context, sequence);
        }
        context.writer.flush();
      })();
      options.onProgress?.(FIXTURE_COUNT + end);
    }
    return { ...context.writer.counts };
  });
}
