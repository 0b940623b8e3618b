import Database from 'better-sqlite3';
import { count, type SQL } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.js';

export type Db = BetterSQLite3Database<typeof schema>;
export interface Database_ {
  sqlite: Database.Database;
  db: Db;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens (creating if needed) the SQLite file with the settings every connection must have. */
export function openDatabase(path: string): Database_ {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a change is on disk before it is acknowledged, even if the machine loses power.
  // NORMAL (with WAL) could lose the last commits then, and audit entries and decisions are
  // legal records; the cost, measured by `npm run bench`, is in docs/DECISIONS.md.
  sqlite.pragma('synchronous = FULL');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export function migrateDatabase({ db }: Database_): void {
  migrate(db, { migrationsFolder });
}

/** COUNT(*) of `table` under `where`, synchronously (drizzle's $count is a thenable). */
export function countRows(db: Db, table: SQLiteTable, where: SQL | undefined): number {
  return db.select({ total: count() }).from(table).where(where).get()?.total ?? 0;
}
