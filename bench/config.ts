import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` measures at the scale. The BENCH_* variables shrink it for a quick
// rehearsal of the whole pipeline (e.g. BENCH_CUSTOMERS=20000 BENCH_AUDIT=200000 BENCH_SECONDS=2);
// each scale gets its own cached database.

const number = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
};

export const scale = {
  customers: number('BENCH_CUSTOMERS', 1_000_000),
  auditEntries: number('BENCH_AUDIT', 10_000_000),
};

export const load = {
  connections: 10,
  /** Seconds of measured load per scenario and server, after a short warm-up. */
  seconds: number('BENCH_SECONDS', 8),
  warmupSeconds: 1,
};

const benchDir = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(benchDir, '.cache');
mkdirSync(cacheDir, { recursive: true });

export const paths = {
  projectRoot: dirname(benchDir),
  cacheDir,
  database: join(cacheDir, `bench-${scale.customers}-${scale.auditEntries}.db`),
  buildInfo: join(cacheDir, `bench-${scale.customers}-${scale.auditEntries}.json`),
  results: join(benchDir, 'RESULTS.md'),
};

export const benchPassword = 'bench-password-not-secret';
/** Production mode wants a secret; this one only ever signs bench sessions on 127.0.0.1. */
export const benchSessionSecret = 'bench-session-secret-0123456789abcdef';
