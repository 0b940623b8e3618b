import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type Database_ } from '../../db/client.js';
import { seedDemoData } from '../../db/seed/generate.js';
import { createApp, noLog } from '../../server/app.js';
import type { AuditInvariantViolation } from '../../server/http/audit-invariant.js';
import type { RouteDefinition } from '../../server/http/routes.js';
import type { AuditedChanges } from '../../server/modules/audit/audited-change.js';
import type { AuditLog } from '../../server/modules/audit/audit.service.js';
import type { CustomerKeys } from '../../server/modules/customer-keys/customer-keys.service.js';
import type { EmailClaims } from '../../server/modules/email-claims/email-claims.module.js';
import type { FlagsService } from '../../server/modules/flags/flags.service.js';
import type { MessagesService } from '../../server/modules/messages/messages.service.js';
import { loadConfig, type AppConfig } from '../../server/config.js';
import { createFactories, type Factories } from './factories.js';
import { seedDemoStaff } from '../../server/modules/staff/demo-staff.js';

export const demoPassword = 'test-demo-password';

export interface TestServer {
  baseUrl: string;
  database: Database_;
  app: ReturnType<typeof createApp>['app'];
  routes: RouteDefinition[];
  messages: MessagesService;
  changes: AuditedChanges;
  /** The audit log as the server reads it (personal values decrypted with the customer's key). */
  audit: AuditLog;
  customerKeys: CustomerKeys;
  gdpr: ReturnType<typeof createApp>['gdpr'];
  /** Claims, documents and letters (purge, sweep, letter rendering) for tests that drive them directly. */
  claims: EmailClaims;
  flags: FlagsService;
  config: AppConfig;
  /** Typed row builders on this server's database (test/support/factories.ts). */
  factories: Factories;
  /** Moves the server's clock (sessions, deadlines) without waiting. */
  advanceClock(ms: number): void;
  /** The server's clock as it reads it now (after any advanceClock). */
  now(): Date;
  close(): Promise<void>;
}

export interface TestServerOptions {
  customers?: number;
  env?: Record<string, string>;
  /** Run detection over the seeded logins, as the demo's first start does (fixture flags). */
  demoFlags?: boolean;
}

/** A real server on a random port over a fresh SQLite file built by the real migrations. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'guichet-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: join(directory, 'guichet.db'),
    UPLOAD_DIR: join(directory, 'uploads'),
    DEMO_PASSWORD: demoPassword,
    ...options.env,
  });
  const database = openDatabase(config.databasePath);
  migrateDatabase(database);
  // Tests build their rows with the factories; a demo sample only where a test needs volume.
  if (options.customers) seedDemoData(database.sqlite, { customers: options.customers });
  await seedDemoStaff(database, demoPassword);
  let offsetMs = 0;
  // Every request of every test is held to its route's audit policy; close() fails the file on a breach.
  const auditViolations: AuditInvariantViolation[] = [];
  const { app, routes, messages, changes, audit, customerKeys, claims, flags, gdpr } = createApp({
    config,
    database,
    clock: () => new Date(Date.now() + offsetMs),
    log: noLog,
    onAuditViolation: (violation) => auditViolations.push(violation),
  });
  await claims.start();
  if (options.demoFlags) flags.detectAll();
  const server = await new Promise<import('node:http').Server>((resolveServer) => {
    const listening = app.listen(0, '127.0.0.1', () => resolveServer(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    app,
    routes,
    messages,
    changes,
    audit,
    customerKeys,
    claims,
    flags,
    gdpr,
    config,
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    now: () => new Date(Date.now() + offsetMs),
    factories: createFactories(database),
    close: async () => {
      claims.stop();
      await messages.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      database.sqlite.close();
      rmSync(directory, { recursive: true, force: true });
      if (auditViolations.length > 0)
        throw new Error(`Requests broke the audit rule (one entry per change, none per refusal): ${JSON.stringify(auditViolations)}`);
    },
  };
}
