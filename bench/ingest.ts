import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { median } from './compare.js';
import { load, paths } from './config.js';
import { seconds, spread, type Section } from './figures.js';
import { startServer } from './processes.js';

// Issue 11: the login system's push, batches of 1,000 events, every detection rule evaluated, on
// the million-customer database, against the floor: a bare INSERT of the same rows in one
// transaction per batch (better-sqlite3 in this process, no HTTP, no parsing, no rules).

export const benchIngestToken = 'bench-ingest-token-not-secret';
const batchSize = 1000;
const devices = ['Firefox 132 on Windows 11', 'Safari 18 on macOS', 'Chrome 131 on Android 15', 'Edge 131 on Windows 10'];
const countries = ['FR', 'FR', 'FR', 'DE', 'ES', 'IT', 'GB', 'BE', 'NL', 'PL', 'PT', 'US', 'BR'];

interface Account {
  id: number;
  handle: string;
}

let sequence = 0;
/** Added to the wall clock so that this run's events come after every stored one (see `measureIngest`). */
let clockShift = 0;
/** One batch as the login system sends it: mostly known devices at home, some new ones abroad, some failures. */
function batch(accounts: Account[]): Array<Record<string, unknown> & { account: string; id: string }> {
  const now = Date.now() + clockShift;
  return Array.from({ length: batchSize }, (_, n) => {
    sequence += 1;
    const account = accounts[(sequence * 7919) % accounts.length] as Account;
    const fresh = sequence % 10 === 0;
    return {
      id: `bench-${process.pid}-${sequence}`,
      occurredAt: new Date(now - (batchSize - n) * 1000).toISOString(),
      account: account.handle,
      ip: `203.0.${sequence % 250}.${(sequence >> 3) % 250}`,
      country: fresh ? (countries[sequence % countries.length] as string) : 'FR',
      deviceId: fresh ? `new-${sequence}` : `dev-${account.id % 5}`,
      deviceLabel: devices[sequence % devices.length] as string,
      result: sequence % 13 === 0 ? 'wrong_password' : 'success',
      isNewDevice: fresh,
    };
  });
}

export async function measureIngest(env: NodeJS.ProcessEnv): Promise<Section> {
  const writer = new Database(paths.database);
  writer.pragma('journal_mode = WAL');
  writer.pragma('busy_timeout = 5000');
  // The floor commits with the product's durability: better-sqlite3 opens an existing WAL database at
  // synchronous = NORMAL (its build default), which skips the fsync at each commit that every product
  // connection makes (db/client.ts, synchronous = FULL). The same rows, equally durable.
  writer.pragma('synchronous = FULL');
  const maxId = writer.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
  const pick = writer.prepare<[number], Account>("SELECT id, nic_handle AS handle FROM customers WHERE id >= ? AND state = 'active' ORDER BY id LIMIT 1");
  const accounts = Array.from({ length: 5000 }, (_, n) => pick.get(Math.floor(((n + 0.5) * maxId) / 5000)) as Account);
  const idOf = new Map(accounts.map((a) => [a.handle, a.id]));
  // A batch's events span the 1,000 s before the send: a run started less than that after the previous
  // one would send events older than those it stored, late arrivals that take the rules' history path
  // (the slow, rare case), and measure that instead. Events come after the newest stored ones.
  const newestStored = writer
    .prepare<[], string | null>('SELECT max(occurred_at) FROM (SELECT occurred_at FROM login_events ORDER BY id DESC LIMIT 10000)')
    .pluck()
    .get();
  clockShift = Math.max(0, (newestStored ? Date.parse(newestStored) : 0) + (batchSize + 1) * 1000 - Date.now());
  const insert = writer.prepare(
    `INSERT INTO login_events (customer_id, occurred_at, ip, country, device, device_id, result, is_new_device, latitude, longitude, location_source, external_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 'country', ?)`,
  );
  const floorBatch = writer.transaction((events: ReturnType<typeof batch>) => {
    for (const e of events)
      insert.run(idOf.get(e.account), e.occurredAt, e.ip, e.country, e.deviceLabel, e.deviceId, e.result, e.isNewDevice ? 1 : 0, `floor-${e.id}`);
  });
  const server = await startServer('./serve.ts', [], {
    ...env,
    INGEST_TOKEN_SHA256: createHash('sha256').update(benchIngestToken).digest('hex'),
    INGEST_BATCHES_PER_MINUTE: '100000',
  });
  const windowS = load.seconds * 2;
  // A window's rate moves by up to a fifth from one to the next on this machine (the file cache comes
  // and goes, and ingestion reads more pages than the floor): more pairs than elsewhere, for a median
  // that one lucky or unlucky window cannot move.
  const pairs = Math.max(load.pairs, 9);
  const headers = { authorization: `Bearer ${benchIngestToken}`, 'content-type': 'application/json' };
  // Each side's clock runs only while its server or its INSERT works: building a batch is the sender's cost.
  const full = async () => {
    let events = 0;
    let busy = 0;
    const started = process.hrtime.bigint();
    while (seconds(started) < windowS) {
      const body = JSON.stringify(batch(accounts));
      const sent = process.hrtime.bigint();
      const response = await fetch(`${server.baseUrl}/api/ingest/login-events`, { method: 'POST', headers, body });
      const answer = (await response.json()) as unknown;
      busy += seconds(sent);
      if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
      events += batchSize;
    }
    return events / busy;
  };
  const floor = async () => {
    let events = 0;
    let busy = 0;
    const started = process.hrtime.bigint();
    while (seconds(started) < windowS) {
      const events_ = batch(accounts);
      const began = process.hrtime.bigint();
      floorBatch(events_);
      busy += seconds(began);
      events += batchSize;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return events / busy;
  };
  try {
    await full();
    const fullRates: number[] = [];
    const floorRates: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? [full, floor] : [floor, full];
      for (const side of order) (side === full ? fullRates : floorRates).push(await side());
    }
    const ratios = fullRates.map((rate, n) => rate / (floorRates[n] as number));
    const events = writer.prepare<[], number>("SELECT count(*) FROM login_events WHERE external_id LIKE 'bench-%'").pluck().get() ?? 0;
    return {
      title: 'Flags: login-event ingestion (issue 11)',
      lines: [
        `POST /api/ingest/login-events, batches of ${batchSize.toLocaleString('en')} events for 5,000 accounts spread over the database (one in ten a new device, often abroad; one in thirteen a failure), one batch after another, every detection rule evaluated; against INSERT of the same rows in one transaction per batch on better-sqlite3 in the bench process, with the product's durability (synchronous = FULL). ${fullRates.length} alternating pairs of ${windowS}-s windows; ${events.toLocaleString('en')} ingested events in the database after this run.`,
        '',
        '| | events/s (median window) | min | max |',
        '|---|---:|---:|---:|',
        `| real ingestion | ${median(fullRates).toFixed(0)} | ${Math.min(...fullRates).toFixed(0)} | ${Math.max(...fullRates).toFixed(0)} |`,
        `| bare INSERT, one transaction per batch | ${median(floorRates).toFixed(0)} | ${Math.min(...floorRates).toFixed(0)} | ${Math.max(...floorRates).toFixed(0)} |`,
      ],
      verdicts: [
        {
          target: 'ingestion with every rule evaluated: at least half the throughput of a bare INSERT of the same rows (median of paired ratios)',
          measured: `${spread(ratios)} (${median(fullRates).toFixed(0)} vs ${median(floorRates).toFixed(0)} events/s)`,
          met: median(ratios) >= 0.5,
          why: 'each event is parsed (zod), its account found, and the rules run on the account’s detection state (history read only for a first or out-of-order event) inside the batch’s transaction',
        },
      ],
    };
  } finally {
    await server.stop();
    writer.close();
  }
}
