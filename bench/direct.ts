import type Database from 'better-sqlite3';
import { percentile } from './load.js';
import type { RecordedRequest, RecordedStatement } from './record.js';

export interface DirectResult {
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

/**
 * The SQL floor: the recorded statements of each request, prepared once and run in a loop on
 * better-sqlite3 in this process (no HTTP), as the repository runs them (raw where it reads raw).
 * One sample per request; requests are taken in turn, as the load's connections do.
 */
export function measureDirect(
  sqlite: Database.Database,
  requests: RecordedRequest[],
  options: { seconds?: number; only?: (s: RecordedStatement) => boolean } = {},
): DirectResult {
  const prepared = requests.map((request) =>
    request.statements.filter(options.only ?? (() => true)).map(({ sql, method, args, raw }) => {
      const statement = sqlite.prepare(sql);
      if (raw) statement.raw(true);
      return () => (method === 'get' ? statement.get(...args) : statement.all(...args));
    }),
  );
  const runRequest = (index: number) => {
    for (const run of prepared[index % prepared.length] ?? []) run();
  };
  // Warm the page cache and V8: 200 requests, or one second when they are slow.
  const warmUntil = process.hrtime.bigint() + 1_000_000_000n;
  for (let i = 0; i < 200 && process.hrtime.bigint() < warmUntil; i++) runRequest(i);
  const samples: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round((options.seconds ?? 1) * 1e9));
  for (let i = 0; process.hrtime.bigint() < deadline; i++) {
    const started = process.hrtime.bigint();
    runRequest(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  samples.sort((a, b) => a - b);
  return { meanUs: samples.reduce((sum, v) => sum + v, 0) / samples.length, p50Us: percentile(samples, 50), p99Us: percentile(samples, 99) };
}
