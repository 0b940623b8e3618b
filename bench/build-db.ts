import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type Database_ } from '../db/client.js';
import { seedDemoData } from '../db/seed/generate.js';
import { genesisHash } from '../server/modules/audit/audit-chain.js';
import { walkChain } from '../server/modules/audit/chain/chain-verifier.js';
import { seedDemoStaff } from '../server/modules/staff/demo-staff.js';
import { generateAuditLog } from './audit-bulk.js';
import { ensureExtras, type ExtrasInfo } from './build-extras.js';
import { benchPassword, databaseKey, paths, scale } from './config.js';

export interface BuildInfo {
  customers: number;
  services: number;
  loginEvents: number;
  auditEntries: number;
  /** seedDemoData alone, for the "1,000,000 customers under 60 s" target. */
  seedMs: number;
  auditMs: number;
  verifyMs: number;
  chainVerified: boolean;
  builtAt: string;
  /** The hash of the generator, migrations and bench builders this database was built from (config.ts). */
  key: string;
}

const staffTeam = 96;

/** A support team behind the audit entries: the four demo accounts and agents and leads. */
function addSupportTeam({ sqlite }: Database_): void {
  const hash = sqlite.prepare<[], string>("SELECT password_hash FROM staff WHERE email = 'agent@guichet.test'").pluck().get();
  const insert = sqlite.prepare('INSERT OR IGNORE INTO staff (email, display_name, role, password_hash) VALUES (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let n = 1; n <= staffTeam; n++) insert.run(`agent${n}@guichet.test`, `Agent ${n}`, n % 8 === 0 ? 'lead' : 'agent', hash);
  })();
}

const countOf = ({ sqlite }: Database_, table: string) => sqlite.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

/** Databases of this scale built from other inputs: several GB each, never measured again. */
function removeStaleDatabases(log: (line: string) => void): void {
  for (const name of readdirSync(paths.cacheDir)) {
    if (!name.startsWith(paths.scalePrefix) || name.includes(databaseKey)) continue;
    log(`Removing ${name} (built from an older generator or older migrations)`);
    rmSync(join(paths.cacheDir, name), { force: true });
  }
}

async function build(log: (line: string) => void): Promise<BuildInfo> {
  removeStaleDatabases(log);
  const building = `${paths.database}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const database = openDatabase(building);
  migrateDatabase(database);

  log(`Seeding ${scale.customers.toLocaleString('en')} customers with the demo generator…`);
  let started = Date.now();
  seedDemoData(database.sqlite, {
    customers: scale.customers,
    onProgress: (done) => {
      if (done % 100_000 < 10_000 || done === scale.customers)
        log(`  ${done.toLocaleString('en')} customers (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  const seedMs = Date.now() - started;
  log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);

  await seedDemoStaff(database, benchPassword);
  addSupportTeam(database);

  log(`Writing ${scale.auditEntries.toLocaleString('en')} hash-chained audit entries…`);
  started = Date.now();
  generateAuditLog(database, {
    entries: scale.auditEntries,
    onProgress: (done) => {
      if (done % 1_000_000 === 0) log(`  ${done.toLocaleString('en')} entries (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  const auditMs = Date.now() - started;

  log('Verifying the whole audit chain…');
  started = Date.now();
  const verified = await walkChain({ sqlite: database.sqlite, fromId: 1, toId: countOf(database, 'audit_log'), expectedPrev: genesisHash });
  const verifyMs = Date.now() - started;
  if (!verified.ok) throw new Error(`The generated audit chain is broken at ${JSON.stringify(verified.firstBad)}`);
  log(`  ${verified.checked.toLocaleString('en')} entries verified in ${(verifyMs / 1000).toFixed(1)} s`);

  const info: BuildInfo = {
    customers: countOf(database, 'customers'),
    services: countOf(database, 'services'),
    loginEvents: countOf(database, 'login_events'),
    auditEntries: countOf(database, 'audit_log'),
    seedMs,
    auditMs,
    verifyMs,
    chainVerified: verified.ok,
    builtAt: new Date().toISOString(),
    key: databaseKey,
  };
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  database.sqlite.close();
  renameSync(building, paths.database);
  writeFileSync(paths.buildInfo, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/**
 * The benchmark database, built once per set of inputs (`databaseKey`) and kept under
 * bench/.cache (git-ignored). A build that was interrupted leaves only `*.building`, never a
 * database that looks complete.
 */
export async function ensureBenchDatabase(log: (line: string) => void): Promise<BuildInfo & { cached: boolean; extras: ExtrasInfo }> {
  const cached = existsSync(paths.database) && existsSync(paths.buildInfo);
  const info = cached ? (JSON.parse(readFileSync(paths.buildInfo, 'utf8')) as BuildInfo) : await build(log);
  const database = openDatabase(paths.database);
  try {
    migrateDatabase(database);
    const extras = ensureExtras(database, log);
    return { ...info, cached, extras };
  } finally {
    database.sqlite.close();
  }
}
