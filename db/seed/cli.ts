import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.js';
import { seedDemoStaff } from '../../server/modules/staff/demo-staff.js';
import { migrateDatabase, openDatabase } from '../client.js';
import { DEFAULT_SEED, seedDemoData } from './generate.js';

// npm run seed -- --customers 1000000 [--seed 42] [--database ./data/guichet.db] [--fresh] [--password …]

// Like the server and the other CLIs, the database is DATABASE_PATH unless --database names another.
const config = loadConfig();

const usage = `Usage: npm run seed -- [--customers N] [--seed S] [--database PATH] [--fresh] [--password P]

  --customers N    total customers, the fixture accounts included (default 5000)
  --seed S         integer seed 0…4294967295; the same seed and count give the same data (default ${DEFAULT_SEED})
  --database PATH  SQLite file (default DATABASE_PATH: ${config.databasePath})
  --fresh          delete the database file first (otherwise an already seeded database is refused)
  --password P     password of the demo staff accounts (default guichet-demo)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

function parseInteger(name: string, text: string, max: number): number {
  const value = Number(text.replace(/[_,]/g, ''));
  if (!/^[\d_,]+$/.test(text) || !Number.isSafeInteger(value) || value > max) {
    fail(`--${name} must be an integer from 0 to ${max}, got "${text}"`);
  }
  return value;
}

function parseCommandLine(): { customers: number; seed: number; database: string; fresh: boolean; password: string } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        customers: { type: 'string', default: '5000' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        database: { type: 'string', default: config.databasePath },
        fresh: { type: 'boolean', default: false },
        password: { type: 'string', default: 'guichet-demo' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (values.password.length < 8) fail('--password must have at least 8 characters');
  return {
    customers: parseInteger('customers', values.customers, 10_000_000),
    seed: parseInteger('seed', values.seed, 0xffff_ffff), // the PRNG takes a 32-bit seed
    database: values.database,
    fresh: values.fresh,
    password: values.password,
  };
}

const formatCount = (n: number): string => n.toLocaleString('en-US');
const seconds = (startMs: number): string => `${((performance.now() - startMs) / 1000).toFixed(1)} s`;

const options = parseCommandLine();
const databasePath = resolve(options.database);
if (options.fresh) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
} else if (existsSync(databasePath)) {
  console.log(`Using the existing database ${databasePath}`);
}

const database = openDatabase(databasePath);
migrateDatabase(database);
const existing = database.sqlite.prepare<[], { count: number }>('SELECT count(*) AS count FROM customers').get();
if (existing !== undefined && existing.count > 0) {
  database.sqlite.close();
  console.error(`${databasePath} already holds ${formatCount(existing.count)} customers. ` + 'Run again with --fresh to delete it and seed from scratch.');
  process.exit(1);
}

console.log(`Seeding ${formatCount(options.customers)} customers (seed ${options.seed}) into ${databasePath}`);
const startMs = performance.now();
const progressStep = Math.max(10_000, Math.ceil(options.customers / 10 / 10_000) * 10_000);
let nextReport = progressStep;
const summary = seedDemoData(database.sqlite, {
  customers: options.customers,
  seed: options.seed,
  onProgress: (done) => {
    if (done >= nextReport || done >= options.customers) {
      console.log(`  ${formatCount(done).padStart(11)} customers written (${seconds(startMs)})`);
      nextReport = (Math.floor(done / progressStep) + 1) * progressStep;
    }
    if (done >= options.customers) console.log('  building indexes…');
  },
});
console.log(`Seeded in ${seconds(startMs)}:`);
// Spread into a record type so Object.entries knows every value is a count.
const counts: Record<string, number> = { ...summary };
for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(14)} ${formatCount(count).padStart(11)}`);

await seedDemoStaff(database, options.password);
database.sqlite.close();
console.log(`Demo staff accounts ready (password "${options.password}"). Total ${seconds(startMs)}.`);
