import { createHash, createPrivateKey } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` measures at the scale. The BENCH_* variables shrink it for a quick
// rehearsal of the whole pipeline (e.g. BENCH_CUSTOMERS=20000 BENCH_AUDIT=200000 BENCH_SECONDS=1);
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
  /** Seconds of one measured window (bench/compare.ts), after a short warm-up. */
  seconds: number('BENCH_SECONDS', 4),
  /** Alternating pairs of windows per comparison: one ratio each, the median reported. */
  pairs: Math.max(3, number('BENCH_PAIRS', 5)),
  warmupSeconds: 1,
};

const benchDir = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(benchDir, '.cache');
mkdirSync(cacheDir, { recursive: true });

const projectRoot = dirname(benchDir);

/**
 * What decides the base database (customers and the 10M-entry log): the demo generator's files and
 * the bench builders' format below. A full build takes ~45 min on this machine, so the builders
 * (build-db.ts, audit-bulk.ts) are not hashed as files, lest a refactor that writes the same rows
 * throw the database away: bump `baseFormat` when they change what they write. Migrations are not
 * in the key either: a cached database is brought up to date by the real migrations when opened,
 * as production's would be. The bench's own rows (claims, flags, heavy accounts) are a second
 * layer with its own key (`extrasKey`, build-extras.ts).
 */
const baseFormat = 'base-2';
const databaseInputs = ['db/seed'];

function filesUnder(path: string): string[] {
  const absolute = join(projectRoot, path);
  try {
    return readdirSync(absolute, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
  } catch {
    return [path]; // a file, not a folder
  }
}

/**
 * A hash of those inputs names the cached database: changing the generator or adding a
 * migration builds a new one instead of measuring a database the code would no longer produce.
 */
export const generatorKey = (() => {
  const hash = createHash('sha256').update(`${baseFormat}\0`);
  for (const file of databaseInputs.flatMap(filesUnder).sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(projectRoot, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 12);
})();

/**
 * The database measured: the one the current generator would build, unless BENCH_DATABASE_KEY names
 * a cached one built by an earlier generator (a late change to the demo data would otherwise cost a
 * 45-min rebuild on the shared machine). RESULTS.md then says so.
 */
export const databaseKey = process.env.BENCH_DATABASE_KEY ?? generatorKey;

const scalePrefix = `bench-${scale.customers}-${scale.auditEntries}-`;

export const paths = {
  projectRoot,
  cacheDir,
  /** Names of cached databases at this scale (any key), to remove stale ones when a new one is built. */
  scalePrefix,
  database: join(cacheDir, `${scalePrefix}${databaseKey}.db`),
  buildInfo: join(cacheDir, `${scalePrefix}${databaseKey}.json`),
  results: join(benchDir, 'RESULTS.md'),
};

export const benchPassword = 'bench-password-not-secret';
/** Production mode wants a secret; this one only ever signs bench sessions on 127.0.0.1. */
export const benchSessionSecret = 'bench-session-secret-0123456789abcdef';
/** Production mode wants a master key for the per-customer keys: 32 fixed bytes, bench only. */
export const benchCustomerKeyMasterKey = Buffer.alloc(32, 7).toString('base64');
/** Production mode wants a key for staff TOTP secrets at rest: 32 fixed bytes, bench only. */
export const benchTotpEncryptionKey = Buffer.alloc(32, 9).toString('base64');
/**
 * Signs the bench's audit checkpoints: an Ed25519 key from 32 fixed bytes (PKCS#8 DER prefix +
 * seed), the same in every run so that a checkpoint signed by one run verifies in the next.
 */
export const benchAuditSigningKey = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 9)]),
  format: 'der',
  type: 'pkcs8',
})
  .export({ format: 'pem', type: 'pkcs8' })
  .toString();
