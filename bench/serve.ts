import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';

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
const server = app.listen(config.port, config.host, () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
// The parent asks for this process's CPU time around each measured run (CPU per request).
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  }
  const probe = (message as { probe?: string } | null)?.probe;
  if (probe) process.send?.({ probe, value: answer(probe) });
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
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => {
    void messages.stop().then(() => {
      database.sqlite.close();
      process.exit(0);
    });
  });
});
