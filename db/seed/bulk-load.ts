import type Database from 'better-sqlite3';

/** The tables the seeder fills; staff, sessions, audit_log and messages belong to other code. */
export const seededTables = ['customers', 'services', 'customer_users', 'invoices', 'orders', 'login_events', 'email_history'] as const;

interface SavedIndex {
  name: string;
  sql: string;
}

/**
 * Runs `load` with the settings of a bulk load and puts everything back afterwards.
 *
 * Secondary indexes are dropped and rebuilt from their own stored SQL: inserting a million
 * customers into eleven random-order indexes took ~25 s, building them afterwards ~7 s.
 * Foreign keys are guaranteed by construction (parents are written first, with ids the seeder
 * chose) and checked by the seed test's PRAGMA foreign_key_check, not row by row.
 * A crash in the middle leaves a half-seeded database without those indexes: seed it again
 * from scratch (`npm run seed -- --fresh`).
 */
export function withBulkLoadSettings<T>(sqlite: Database.Database, load: () => T): T {
  const synchronous = sqlite.pragma('synchronous', { simple: true }) as number;
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  const threads = sqlite.pragma('threads', { simple: true }) as number;
  const placeholders = seededTables.map(() => '?').join(',');
  const indexes = sqlite
    .prepare<string[], SavedIndex>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders})`)
    .all(...seededTables);

  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144'); // 256 MiB, for the index builds
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('threads = 2'); // a helper thread sorts for the index builds (~20% faster on 2 cores)
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  const restore = (): void => {
    try {
      // Rebuilding a UNIQUE index is also the final proof that no generated value collided.
      for (const index of indexes) sqlite.exec(index.sql);
    } finally {
      sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
      sqlite.pragma(`threads = ${threads}`);
      sqlite.pragma(`cache_size = ${cacheSize}`);
      sqlite.pragma(`synchronous = ${synchronous}`);
    }
  };
  let result: T;
  try {
    result = load();
  } catch (error) {
    try {
      restore();
    } catch {
      // The load's own error is the useful one; a failed rebuild would only hide it.
    }
    throw error;
  }
  restore();
  return result;
}
