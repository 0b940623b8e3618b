import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import type { BuildInfo } from './build-db.js';
import type { ExtrasInfo } from './build-extras.js';
import { median, type Comparison } from './compare.js';
import { databaseKey, generatorKey, load, scale } from './config.js';
import type { DirectResult } from './direct.js';
import type { LoadResult } from './load.js';
import type { CountCost, OffsetCost } from './totals.js';
import type { Scenario } from './scenarios.js';
import type { UiSize } from './ui-size.js';
import type { DurabilityResult } from './writes.js';
import type { Section } from './figures.js';

export interface ScenarioResult {
  scenario: Scenario;
  full: LoadResult;
  bare: LoadResult;
  /** Full (A) against bare (B) in alternating windows. */
  comparison: Comparison;
  direct: DirectResult;
}

export interface Measurements {
  startedAt: Date;
  info: BuildInfo & { cached: boolean; extras?: ExtrasInfo };
  results: ScenarioResult[];
  /** The list scenario's page statements alone (no total), directly and through the bare server. */
  pageAlone: { direct: DirectResult; bare: LoadResult } | null;
  ui: UiSize | { error: string };
  costs: { counts: CountCost[]; offsets: OffsetCost[] };
  durability: DurabilityResult | null;
  /** Capability figures other than list pages (uploads, ingestion, GDPR, audit export and chain). */
  sections: Section[];
  /** Which CPUs the servers and the load generator were pinned to, or why not. */
  pinning: string;
  loadBefore: number[];
  loadAfter: number[];
  /** The 1-minute load average, sampled every 10 s during the run. */
  loadSamples: number[];
  totalSeconds: number;
}

interface Verdict {
  target: string;
  measured: string;
  met: boolean;
  why?: string;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const us = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} ms` : `${value.toFixed(0)} µs`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const signedUs = (value: number) => (value >= 0 ? `${us(value)} more` : `${us(-value)} less`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function command(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
}

/** `1.12× (1.05–1.20×)`: the median of the pairs' ratios and their range. */
export const medianAndSpread = (ratios: number[]) => `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`;

function verdicts(m: Measurements): Verdict[] {
  const byKind = (kind: Scenario['kind']) => m.results.filter((r) => r.scenario.kind === kind);
  const one = (kind: Scenario['kind']) => byKind(kind)[0];
  const list: Verdict[] = [];
  for (const r of byKind('search')) {
    list.push({
      target: `search “${r.scenario.name}”: p99 < 10 ms at ${load.connections} connections`,
      measured: `p99 ${ms(r.full.p99Ms)} ms`,
      met: r.full.p99Ms < 10,
      why: `the server spends ${us(r.full.cpuUsPerRequest ?? 0)} of CPU per request (${us(r.direct.meanUs)} of SQL; the rest HTTP, 25 full customer rows made into JSON, session and policy); with ${load.connections} connections on one Node process each request waits behind ~${load.connections - 1} others (p50 ${ms(r.full.p50Ms)} ms), and garbage collection and the other work on this machine stretch the tail. Bare Express running the same statements: p99 ${ms(r.bare.p99Ms)} ms`,
    });
  }
  for (const r of m.results) {
    const overheadUs = (r.full.meanMs - r.bare.meanMs) * 1000;
    list.push({
      target: `“${r.scenario.name}”: full stack within 1.3× of bare Express + better-sqlite3 (median of ${r.comparison.latencyRatios.length} paired mean-latency ratios)`,
      measured: `${medianAndSpread(r.comparison.latencyRatios)}; server CPU per request ${medianAndSpread(r.comparison.cpuRatios)}`,
      met: median(r.comparison.latencyRatios) <= 1.3,
      why: `per request the full stack's server uses ${us((r.full.cpuUsPerRequest ?? 0) - (r.bare.cpuUsPerRequest ?? 0))} more CPU than the bare one (helmet's headers, session cookie HMAC + lookup, policy, zod parsing, view shaping, its router and larger responses) on a bare cost of ${us(r.bare.cpuUsPerRequest ?? 0)}; the mean latency differs by ${us(overheadUs)} at ${load.connections} connections`,
    });
  }
  const listPage = one('list');
  if (listPage && m.pageAlone) {
    list.push({
      target: 'list page with its total within 2× of the page alone (SQL)',
      measured: `${ratio(listPage.direct.meanUs, m.pageAlone.direct.meanUs)} (${us(listPage.direct.meanUs)} vs ${us(m.pageAlone.direct.meanUs)}); over HTTP, full stack with total vs bare page alone: ${ratio(listPage.full.meanMs, m.pageAlone.bare.meanMs)}`,
      met: listPage.direct.meanUs <= 2 * m.pageAlone.direct.meanUs,
      why: 'totals come from customer_counts (a sum over ~200 rows) and the plan reads per-filter counts in the same statement',
    });
  }
  const deep = one('deep');
  if (listPage && deep) {
    list.push({
      target: 'any page depth within 1.5× of page 1 (same lists, full stack)',
      measured: `mean ${ratio(deep.full.meanMs, listPage.full.meanMs)}, p99 ${ratio(deep.full.p99Ms, listPage.full.p99Ms)}; SQL ${ratio(deep.direct.meanUs, listPage.direct.meanUs)}`,
      met: deep.full.meanMs <= 1.5 * listPage.full.meanMs,
      why: 'a deep page locates its 4,096-id bucket from customer_id_buckets (cached until the next write) and skips at most one bucket',
    });
  }
  const page = one('page');
  if (page?.full.view) {
    list.push({
      target: 'customer page (getOne + first page of each of 7 tabs) under 50 ms p99',
      measured: `p99 ${ms(page.full.view.p99Ms)} ms, p50 ${ms(page.full.view.p50Ms)} ms (8 requests in sequence, ${load.connections} agents at once)`,
      met: page.full.view.p99Ms < 50,
    });
  }
  list.push({
    target: 'seeding 1,000,000 customers under 60 s',
    measured: `${(m.info.seedMs / 1000).toFixed(1)} s for ${m.info.customers.toLocaleString('en')} customers${m.info.cached ? ' (measured when the cached database was built)' : ''}`,
    met: m.info.seedMs < 60_000 * (m.info.customers / 1_000_000),
    why: 'seedDemoData belongs to the demo-data work; the customer_counts triggers add two small upserts per customer',
  });
  if ('initialGzipBytes' in m.ui) {
    const big = m.ui.initialFiles
      .slice()
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .slice(0, 3);
    list.push({
      target: 'UI initial JavaScript at most 600 KB gzip',
      measured: `${kb(m.ui.initialGzipBytes)} in ${m.ui.initialFiles.length} files`,
      met: m.ui.initialGzipBytes <= 600 * 1024,
      why: `largest initial chunks: ${big.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ')}`,
    });
  }
  for (const section of m.sections) list.push(...section.verdicts);
  return list;
}

export function renderReport(m: Measurements): string {
  const commit = command('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = command('git', ['status', '--porcelain']) !== '' ? ' (with uncommitted changes)' : '';
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push('Generated by `npm run bench` (bench/run.ts); every figure comes from the run described here.', '');
  lines.push(`- Date: ${m.startedAt.toISOString()}; commit ${commit}${dirty}`);
  lines.push(
    `- Machine: \`nproc --all\` = ${command('nproc', ['--all'])}, ${cpu}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end); \`free -h\`: ${command('free', ['-h']).split('\n')[1]?.replace(/\s+/g, ' ') ?? ''}`,
  );
  lines.push(
    `- Node ${process.version}; load average ${m.loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${m.loadAfter.map((l) => l.toFixed(2)).join(' ')} after (other work on this machine shows here)`,
  );
  lines.push(
    `- Data: ${m.info.customers.toLocaleString('en')} customers, ${m.info.services.toLocaleString('en')} services, ${m.info.loginEvents.toLocaleString('en')} login events, ${m.info.auditEntries.toLocaleString('en')} audit entries (hash chain verified: ${m.info.chainVerified ? 'yes' : 'NO'}, ${(m.info.verifyMs / 1000).toFixed(0)} s); built ${m.info.builtAt}${m.info.cached ? ' (cached)' : ' in this run'}: seed ${(m.info.seedMs / 1000).toFixed(1)} s, audit log ${(m.info.auditMs / 1000).toFixed(0)} s${m.info.extras ? `; bench rows (build-extras.ts): ${m.info.extras.claims.toLocaleString('en')} claims, ${m.info.extras.flags.toLocaleString('en')} flags, ${m.info.extras.heavyAccounts.length} heavy accounts` : ''}`,
  );
  if (databaseKey !== generatorKey)
    lines.push(
      `- **Database from an earlier demo generator**: built with generator key ${databaseKey} (BENCH_DATABASE_KEY); the generator at this commit has key ${generatorKey} (db/seed changed since the build).`,
    );
  lines.push(
    `- Load: autocannon, ${load.connections} connections on 127.0.0.1; per scenario, ${load.pairs} pairs of ${load.seconds}-s windows, full and bare alternating (A B, B A, A B…), after ${load.warmupSeconds} s of warm-up each; whole run ${(m.totalSeconds / 60).toFixed(1)} min`,
  );
  lines.push(`- CPU pinning: ${m.pinning}`);
  if (m.loadSamples.length > 0) {
    const sorted = [...m.loadSamples].sort((a, b) => a - b);
    lines.push(
      `- Load average (1 min) during the run, sampled every 10 s: min ${sorted[0]?.toFixed(1)}, median ${median(sorted).toFixed(1)}, max ${sorted[sorted.length - 1]?.toFixed(1)} on ${cpus().length} CPUs: other agents' work shared the machine, which the alternating windows are there to cancel`,
    );
  }
  if (scale.customers !== 1_000_000)
    lines.push(`- **Rehearsal at reduced scale** (BENCH_CUSTOMERS=${scale.customers}): not the figures the targets are about.`);
  lines.push('', '## Scenarios', '');
  lines.push(
    'Full stack: the real server (real sign-in and session cookie, helmet, CSRF, policy, zod, services, JSON) in its own process. Bare: Express + better-sqlite3 running the same statements, recorded from the real server in this run. SQL: those statements run directly on better-sqlite3, no HTTP (the floor). Latencies in ms; SQL per request in µs.',
    '',
  );
  lines.push(
    'Other work shares this 2-core machine (see the load average): the machine speeds up and slows down from one window to the next. So full and bare are measured in short alternating windows, each pair gives one ratio, and the **ratio** columns give the median over the pairs with their range in brackets: a range that straddles 1.3× means this run cannot tell. Latencies and req/s are the median window of each side; server CPU per request (user + system time of the server process, divided by its answers) is the steadier figure.',
    '',
  );
  lines.push(
    '| scenario | full/bare mean latency | server CPU/request full/bare | full req/s | full p50 | full p99 | bare req/s | bare p50 | bare p99 | server CPU/request full, bare | SQL mean | SQL p99 |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of m.results) {
    lines.push(
      `| ${r.scenario.name} | ${medianAndSpread(r.comparison.latencyRatios)} | ${medianAndSpread(r.comparison.cpuRatios)} | ${r.full.rps.toFixed(0)} | ${ms(r.full.p50Ms)} | ${ms(r.full.p99Ms)} | ${r.bare.rps.toFixed(0)} | ${ms(r.bare.p50Ms)} | ${ms(r.bare.p99Ms)} | ${us(r.full.cpuUsPerRequest ?? 0)}, ${us(r.bare.cpuUsPerRequest ?? 0)} | ${us(r.direct.meanUs)} | ${us(r.direct.p99Us)} |`,
    );
  }
  if (m.pageAlone) {
    lines.push(
      `| (list page 1 without its total) | | | | | | ${m.pageAlone.bare.rps.toFixed(0)} | ${ms(m.pageAlone.bare.p50Ms)} | ${ms(m.pageAlone.bare.p99Ms)} | bare ${m.pageAlone.bare.cpuUsPerRequest ? us(m.pageAlone.bare.cpuUsPerRequest) : ''} | ${us(m.pageAlone.direct.meanUs)} | ${us(m.pageAlone.direct.p99Us)} |`,
    );
  }
  lines.push('', 'What each scenario sends:', '');
  for (const r of m.results)
    lines.push(
      `- **${r.scenario.name}** (${r.scenario.role}): ${r.scenario.what}; ${r.scenario.paths.length} distinct requests in turn, e.g. \`${decodeURIComponent(r.scenario.paths[0] ?? '')}\``,
    );
  lines.push('', '## Targets', '');
  lines.push('| target | measured | met |', '|---|---|---|');
  const all = verdicts(m);
  for (const v of all) lines.push(`| ${v.target} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`);
  const missed = all.filter((v) => !v.met);
  lines.push('', '## Missed targets', '');
  if (missed.length === 0) lines.push('None in this run.');
  for (const v of missed) lines.push(`- ${v.target}: ${v.measured}.${v.why ? ` Why: ${v.why}.` : ''}`);
  for (const section of m.sections) lines.push('', `## ${section.title}`, '', ...section.lines);
  if (m.durability) lines.push(...durabilitySection(m.durability));
  lines.push('', '## What exact totals and plain OFFSETs would cost', '');
  lines.push(
    'Measured directly on better-sqlite3 in this run (docs/SEARCH.md explains the choices). "List" is the repository call the API makes: the page of 25 and its total.',
    '',
  );
  lines.push('| filter | exact COUNT(*) | rows | list page + total | total served |', '|---|---:|---:|---:|---:|');
  for (const c of m.costs.counts) {
    lines.push(
      `| ${c.filter} | ${us(c.exactCountUs)} | ${c.exactCount.toLocaleString('en')} | ${us(c.listUs)} | ${c.listTotal.toLocaleString('en')}${c.capped ? ' (capped: “at least”)' : ''} |`,
    );
  }
  lines.push('', '| page | plain `LIMIT 25 OFFSET n` | list page |', '|---|---:|---:|');
  for (const o of m.costs.offsets) lines.push(`| ${o.what} | ${us(o.plainUs)} | ${us(o.listUs)} |`);
  if ('error' in m.ui) lines.push('', `UI size not measured: ${m.ui.error}`);
  else {
    lines.push('', '## UI bundle (vite build, gzip)', '');
    lines.push(
      `Initial JavaScript: ${m.ui.initialFiles.map((f) => `\`${f.file}\` ${kb(f.gzipBytes)}`).join(', ')}. Largest chunks overall: ${m.ui.allFiles
        .slice(0, 6)
        .map((f) => `\`${f.file}\` ${kb(f.gzipBytes)}`)
        .join(', ')}. Build ${(m.ui.buildMs / 1000).toFixed(0)} s.`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

export const currentLoad = () => loadavg();

function durabilitySection(d: DurabilityResult): string[] {
  const row = (label: string, connections: number, r: LoadResult) =>
    `| ${label} | ${connections} | ${r.rps.toFixed(0)} | ${ms(r.p50Ms)} ms | ${ms(r.p99Ms)} ms | ${ms(r.meanMs)} ms | ${us(r.cpuUsPerRequest ?? 0)} |`;
  return [
    '',
    '## Durability: an audited write under `synchronous = FULL` and `NORMAL`',
    '',
    `Two real servers on the bench database, one per setting (WAL in both), loaded in ${d.comparison.latencyRatios.length} alternating pairs of windows like the reads, first by one agent alone, then by ${load.connections} at once: ${d.what}; ${d.promoted.toLocaleString('en')} promotions in this run. docs/DECISIONS.md records the decision.`,
    '',
    '| setting | connections | req/s | p50 | p99 | mean | server CPU/request |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row("FULL (the product's setting)", 1, d.alone.a),
    row('NORMAL', 1, d.alone.b),
    row("FULL (the product's setting)", load.connections, d.comparison.a),
    row('NORMAL', load.connections, d.comparison.b),
    '',
    `FULL / NORMAL, mean latency: one agent ${medianAndSpread(d.alone.latencyRatios)} (${signedUs((d.alone.a.meanMs - d.alone.b.meanMs) * 1000)} per promotion with FULL); ${load.connections} at once ${medianAndSpread(d.comparison.latencyRatios)}. Server CPU per request, ${load.connections} at once: ${medianAndSpread(d.comparison.cpuRatios)}.`,
  ];
}
