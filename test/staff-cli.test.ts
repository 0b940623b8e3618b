import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';

const directory = mkdtempSync(join(tmpdir(), 'guichet-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const env = {
  ...process.env,
  NODE_ENV: 'production',
  SESSION_SECRET: 's'.repeat(40),
  CUSTOMER_KEY_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
  DATABASE_PATH: join(directory, 'prod.db'),
};
const createStaff = (args: string[], password: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/modules/staff/create-staff-cli.ts', ...args], { input: `${password}\n`, env, encoding: 'utf8' });

describe('npm run staff:create', () => {
  it('creates the first administrator of a production console, with the password from stdin', () => {
    const result = createStaff(['--email', 'Ida@Example.com', '--name', 'Ida Admin', '--role', 'admin'], 'correct horse battery staple');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created admin ida@example.com');
    const database = openDatabase(env.DATABASE_PATH);
    const row = database.sqlite.prepare("SELECT role, password_hash AS hash FROM staff WHERE email = 'ida@example.com'").get() as {
      role: string;
      hash: string;
    };
    const entry = database.sqlite.prepare("SELECT actor_id AS actorId FROM audit_log WHERE action = 'staff.create'").get();
    const demo = database.sqlite.prepare("SELECT count(*) n FROM staff WHERE email LIKE '%@guichet.test'").get();
    database.sqlite.close();
    expect(row.role).toBe('admin');
    expect(row.hash).toMatch(/^\$argon2id\$/);
    expect(entry).toEqual({ actorId: null });
    expect(demo).toEqual({ n: 0 });
  });

  it('refuses a weak password or an unknown role with a clear message', () => {
    const weak = createStaff(['--email', 'x@example.com', '--name', 'X Y', '--role', 'agent'], 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/password: At least 12 characters/);
    const role = createStaff(['--email', 'x@example.com', '--name', 'X Y', '--role', 'root'], 'a-long-enough-password');
    expect(role.status).toBe(1);
    expect(role.stderr).toMatch(/--role must be one of/);
  });
});
