import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../db/client.js';

describe('database migrations', () => {
  it('agree with the drizzle schema (generating from the schema adds nothing)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'guichet-drift-'));
    try {
      cpSync(resolve('db/migrations'), join(directory, 'migrations'), { recursive: true });
      const config = join(directory, 'drizzle.config.json');
      // drizzle-kit reads `out` relative to the working directory.
      writeFileSync(config, JSON.stringify({ dialect: 'sqlite', schema: 'db/schema/index.ts', out: relative(process.cwd(), join(directory, 'migrations')) }));
      const before = readdirSync(join(directory, 'migrations')).sort();
      const output = execFileSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8', stdio: 'pipe' });
      expect(readdirSync(join(directory, 'migrations')).sort(), `drizzle-kit generated a migration:\n${output}`).toEqual(before);
      expect(output).toMatch(/No schema changes/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('build a database with WAL, foreign keys and the append-only audit triggers', () => {
    const directory = mkdtempSync(join(tmpdir(), 'guichet-migrate-'));
    const database = openDatabase(join(directory, 'guichet.db'));
    try {
      migrateDatabase(database);
      migrateDatabase(database); // applying twice is a no-op
      expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      const triggers = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
      expect(triggers).toEqual([
        { name: 'audit_checkpoints_no_delete' },
        { name: 'audit_checkpoints_no_update' },
        { name: 'audit_log_no_delete' },
        { name: 'audit_log_no_update' },
        { name: 'customer_counts_delete' },
        { name: 'customer_counts_insert' },
        { name: 'customer_counts_update' },
      ]);
      expect(() =>
        database.sqlite
          .prepare(
            "INSERT INTO services (customer_id, kind, name, status, created_at, admin_contact, tech_contact, billing_contact) VALUES (999, 'vps', 'x', 'active', '2026', 'a', 'b', 'c')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      database.sqlite.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
