import { monitorEventLoopDelay } from 'node:perf_hooks';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { serveToParent } from './child-server.js';

// The real server under load: createApp exactly as server/main.ts builds it (helmet, session
// cookie → HMAC → session lookup, CSRF, permission policy, zod validation, services, JSON), with
// the environment the parent passes (NODE_ENV=production: no per-request log line, secure
// cookies). Left out from main.ts: the UI build check and demo seeding, which a bench does not need.
const config = loadConfig();
const database = openDatabase(config.databasePath);
migrateDatabase(database);
// The durability comparison (bench/writes.ts) runs a second real server with another setting;
// the bench alone can choose it, the product has no such option.
const synchronous = process.env.BENCH_SYNCHRONOUS;
if (synchronous === 'NORMAL' || synchronous === 'FULL') database.sqlite.pragma(`synchronous = ${synchronous}`);
const { app, messages } = createApp({ config, database });
messages.start();
serveToParent(app, {
  port: config.port,
  host: config.host,
  answer,
  stop: async () => {
    await messages.stop();
    database.sqlite.close();
  },
});

// Memory while uploads or an export run (RSS sampled every 10 ms: the peak is what the machine
// must have), and the event loop's delay while an erasure runs (every other request waits that long).
let memory: { before: number; peak: number; timer: NodeJS.Timeout } | null = null;
const delay = monitorEventLoopDelay({ resolution: 1 });
function answer(probe: string): unknown {
  if (probe === 'memory-start') {
    global.gc?.();
    const before = process.memoryUsage.rss();
    memory = { before, peak: before, timer: setInterval(() => memory && (memory.peak = Math.max(memory.peak, process.memoryUsage.rss())), 10) };
    return { rss: before };
  }
  if (probe === 'memory-stop' && memory) {
    clearInterval(memory.timer);
    const result = { before: memory.before, peak: Math.max(memory.peak, process.memoryUsage.rss()), after: process.memoryUsage.rss() };
    memory = null;
    return result;
  }
  if (probe === 'delay-start') {
    delay.reset();
    delay.enable();
    return {};
  }
  if (probe === 'delay-stop') {
    delay.disable();
    return { maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, meanMs: delay.mean / 1e6 };
  }
  return null;
}
