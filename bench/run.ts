import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/client.js';
import { ensureBenchDatabase } from './build-db.js';
import { compareAlternating } from './compare.js';
import { benchCustomerKeyMasterKey, benchSessionSecret, benchTotpEncryptionKey, load, paths, scale } from './config.js';
import { measureDirect } from './direct.js';
import { runLoad, type LoadResult } from './load.js';
import { pinning, startServer } from './processes.js';
import { recordRequests, type RecordedRequest } from './record.js';
import { currentLoad, renderReport, type Measurements, type ScenarioResult } from './report.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { signIn, type Role } from './sign-in.js';
import { measureDurability, type DurabilityResult } from './writes.js';
import { measureCountCosts } from './totals.js';
import { measureUiSize } from './ui-size.js';
import { measureAuditLog } from './audit-figures.js';
import { attempt, type Section, type Verdict } from './figures.js';
import type Database from 'better-sqlite3';
import { measureGdpr } from './gdpr.js';
import { measureIngest } from './ingest.js';
import { measureUploads } from './uploads.js';

// `npm run bench`: build (once per generator and migrations) the million-customer database,
// record what the real server runs for each scenario, then load the real server and its bare
// floor in alternating windows, scenario by scenario (bench/compare.ts), measure an audited
// write under both durability settings, and write bench/RESULTS.md. Not part of `npm test`.
// bench/README.md says how to add a scenario.

const startedAt = new Date();
const loadSamples: number[] = [];
setInterval(() => loadSamples.push(currentLoad()[0] ?? 0), 10_000).unref();
const log = (line: string) => console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const isFullScale = scale.customers === 1_000_000 && scale.auditEntries === 10_000_000;
const fullResultsPath = isFullScale ? paths.results : join(paths.cacheDir, 'RESULTS-rehearsal.md');
// A section measured by hand (Chromium against this database) survives regeneration.
const keptHeading = '## UI at a million customers';
// BENCH_ONLY=claims,uploads… runs only those parts while developing (scenario kinds, or reads,
// durability, ui, uploads, ingest, gdpr, audit-log, audit-export: the CSV export alone); a partial run never writes bench/RESULTS.md.
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const wanted = (...names: string[]) => !only || names.some((name) => only.includes(name));

async function main(): Promise<void> {
  const loadBefore = currentLoad();
  log(`Scale: ${scale.customers.toLocaleString('en')} customers, ${scale.auditEntries.toLocaleString('en')} audit entries`);
  const info = await ensureBenchDatabase(log);
  log(info.cached ? `Using the cached database ${paths.database}` : 'Database built');

  const reader = openDatabase(paths.database);
  const scenarios = buildScenarios(reader.sqlite).filter((scenario) => wanted('reads', scenario.kind));
  log('Recording the statements the real server runs for each request…');
  const requests = scenarios.flatMap((scenario) => scenario.paths.map((path) => ({ path, role: scenario.role })));
  const recorded = await recordRequests(requests);
  const byPath = new Map(recorded.map((request) => [request.path, request]));
  // A request whose statements alone take longer than this reads far more than a page (a full
  // scan): it cannot be loaded at 10 connections without timing out, so it is reported, not loaded.
  const tooSlow = findTooSlow(reader.sqlite, recorded, 500);
  for (const scenario of scenarios) scenario.paths = scenario.paths.filter((path) => !tooSlow.has(path));
  for (const [path, ms] of tooSlow) log(`  too slow to load (${ms.toFixed(0)} ms of SQL alone): ${decodeURIComponent(path)}`);
  const forScenario = (scenario: Scenario) => scenario.paths.map((path) => byPath.get(path) as RecordedRequest);

  // The list's page statements without the statements that count its total.
  const listScenario = scenarios.find((s) => s.kind === 'list');
  const pageOnly = listScenario
    ? forScenario(listScenario).map((r) => ({ path: `${r.path}#page`, statements: r.statements.filter((s) => s.method === 'all') }))
    : [];
  const floorRequests = [...recorded, ...pageOnly];
  const floorIndex = new Map(floorRequests.map((request, index) => [request.path, index]));
  const specPath = join(paths.cacheDir, 'floor-spec.json');
  writeFileSync(specPath, JSON.stringify({ databasePath: paths.database, requests: floorRequests }));

  log('Timing the statements directly on better-sqlite3 (the floor)…');
  const direct = new Map(scenarios.map((scenario) => [scenario.name, measureDirect(reader.sqlite, forScenario(scenario))]));
  const pageAloneDirect = pageOnly.length > 0 ? measureDirect(reader.sqlite, pageOnly) : null;
  log('Timing exact COUNT(*) and plain OFFSET for comparison…');
  const costs = wanted('reads', 'list') ? measureCountCosts(reader) : { counts: [], offsets: [] };
  reader.sqlite.close();

  log('Starting the real server and the bare floor server…');
  const env = {
    NODE_ENV: 'production',
    SESSION_SECRET: benchSessionSecret,
    CUSTOMER_KEY_MASTER_KEY: benchCustomerKeyMasterKey,
    TOTP_ENCRYPTION_KEY: benchTotpEncryptionKey,
    // The bench's support team signs in with a password alone: with 2FA enforced (the production
    // default) their sessions would reach only the enrolment routes. Enforcement is one boolean read
    // per request, so the figures are those of an enrolled team.
    ENFORCE_2FA: 'false',
    DATABASE_PATH: paths.database,
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_IDLE_MINUTES: '600',
    // Claim documents, GDPR files: under the git-ignored cache, never in the worktree's data/.
    UPLOAD_DIR: join(paths.cacheDir, 'uploads'),
  };
  const full = await startServer('./serve.ts', [], env);
  const bare = await startServer('./bare-server.ts', [specPath], {});
  const results: ScenarioResult[] = [];
  const loadFailures: Verdict[] = [];
  let pageAloneBare: LoadResult | null = null;
  try {
    const cookies = new Map<Role, string>();
    for (const role of ['agent', 'lead'] as const) cookies.set(role, (await signIn(full.baseUrl, role)).cookie);
    for (const scenario of scenarios) {
      if (scenario.paths.length === 0) continue;
      log(`Load: ${scenario.name}`);
      const floorPaths = scenario.paths.map((path) => `/floor/${floorIndex.get(path)}`);
      const cookie = cookies.get(scenario.role);
      const sequence = scenario.sequence ? { sequence: scenario.sequence } : {};
      let comparison;
      try {
        comparison = await compareAlternating(
          { server: full, load: { paths: scenario.paths, ...(cookie ? { cookie } : {}), ...sequence } },
          { server: bare, load: { paths: floorPaths, ...sequence } },
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`  FAILED: ${message}`);
        loadFailures.push({ target: `“${scenario.name}”: loaded at ${load.connections} connections`, measured: `failed: ${message}`, met: false });
        continue;
      }
      results.push({ scenario, full: comparison.a, bare: comparison.b, comparison, direct: direct.get(scenario.name) as ReturnType<typeof measureDirect> });
      log(
        `  full/bare ${comparison.latencyRatios.map((r) => r.toFixed(2)).join(' ')} | full ${comparison.a.rps.toFixed(0)} req/s p99 ${comparison.a.p99Ms.toFixed(2)} ms | bare ${comparison.b.rps.toFixed(0)} req/s p99 ${comparison.b.p99Ms.toFixed(2)} ms`,
      );
    }
    if (pageOnly.length > 0) {
      const paths = pageOnly.map((request) => `/floor/${floorIndex.get(request.path)}`);
      await runLoad({ baseUrl: bare.baseUrl, paths, seconds: load.warmupSeconds });
      const cpuBefore = await bare.cpuMicros();
      const result = await runLoad({ baseUrl: bare.baseUrl, paths, seconds: load.seconds });
      pageAloneBare = { ...result, cpuUsPerRequest: ((await bare.cpuMicros()) - cpuBefore) / result.requests };
    }
  } finally {
    await Promise.all([full.stop(), bare.stop()]);
  }

  const sections: Section[] = [];
  if (tooSlow.size > 0 || loadFailures.length > 0) {
    sections.push({
      title: 'Requests too slow to load (full scans)',
      lines: [
        'Requests whose recorded statements alone, run once on better-sqlite3, took more than 500 ms: they read far more than a page. They were left out of their scenario’s load (which would time out at 10 connections) and count as missed.',
        '',
        ...[...tooSlow].map(([path, ms]) => `- ${ms.toFixed(0)} ms of SQL: \`${decodeURIComponent(path)}\``),
      ],
      verdicts: [
        ...[...tooSlow].map(([path, ms]) => ({
          target: `no full scan: \`${decodeURIComponent(path)}\` reads a page, not the table`,
          measured: `${ms.toFixed(0)} ms of SQL alone`,
          met: false,
        })),
        ...loadFailures,
      ],
    });
  }
  if (wanted('uploads')) sections.push(await attempt('Claims: uploads and letters…', () => measureUploads(env), log));
  if (wanted('ingest')) sections.push(await attempt('Flags: ingestion against bare INSERT…', () => measureIngest(env), log));
  if (wanted('gdpr')) sections.push(await attempt('GDPR: Art. 15 report and erasure…', () => measureGdpr(env, info.extras.heavyAccounts), log));
  if (wanted('audit-log', 'audit-export'))
    sections.push(await attempt('Audit log: export and chain verification…', () => measureAuditLog(env, { exportOnly: !wanted('audit-log') }), log));
  for (const section of sections) for (const v of section.verdicts) log(`  ${v.met ? 'met' : 'MISSED'}: ${v.target}: ${v.measured}`);

  let durability: DurabilityResult | null = null;
  if (wanted('durability')) {
    log('Durability: an audited write under synchronous = FULL and NORMAL…');
    durability = await measureDurability(env);
    log(`  FULL/NORMAL ${durability.comparison.latencyRatios.map((r) => r.toFixed(2)).join(' ')} (${durability.promoted} promotions)`);
  }

  log('Building the UI to weigh its initial JavaScript…');
  const ui = wanted('ui')
    ? await measureUiSize().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
    : { error: 'not measured in this partial run (BENCH_ONLY)' };

  const measurements: Measurements = {
    startedAt,
    info,
    results,
    pageAlone: pageAloneDirect && pageAloneBare ? { direct: pageAloneDirect, bare: pageAloneBare } : null,
    ui,
    costs,
    durability,
    sections,
    pinning: pinning.why,
    loadBefore,
    loadAfter: currentLoad(),
    loadSamples,
    totalSeconds: (Date.now() - startedAt.getTime()) / 1000,
  };
  const resultsPath = only ? join(paths.cacheDir, 'RESULTS-partial.md') : fullResultsPath;
  const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
  const kept = previous.includes(keptHeading) ? previous.slice(previous.indexOf(keptHeading)) : '';
  writeFileSync(resultsPath, `${renderReport(measurements)}${kept ? `\n${kept}` : ''}`);
  log(`Results written to ${resultsPath}`);
}

/** Requests whose statements, run once each after one warm-up run, take more than `limitMs`. */
function findTooSlow(sqlite: Database.Database, recorded: RecordedRequest[], limitMs: number): Map<string, number> {
  const slow = new Map<string, number>();
  for (const request of recorded) {
    const statements = request.statements.map(({ sql, method, args, raw }) => {
      const statement = sqlite.prepare(sql);
      if (raw) statement.raw(true);
      return () => (method === 'get' ? statement.get(...args) : statement.all(...args));
    });
    const started = process.hrtime.bigint();
    for (const run of statements) run();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (ms > limitMs) slow.set(request.path, ms);
  }
  return slow;
}

await main();
