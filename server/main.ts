import type { Server } from 'node:http';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { seedDemoData } from '../db/seed/generate.js';
import { createApp } from './app.js';
import { openDemoCases } from './demo/demo-cases.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { demoStaff, seedDemoStaff } from './modules/staff/demo-staff.js';
import { ensureUiBuilt } from './ui/ui-assets.js';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
if (!config.auditSigningKey) {
  console.error('Invalid configuration:\n  AUDIT_SIGNING_KEY: required when NODE_ENV=production (an Ed25519 private key: openssl genpkey -algorithm ed25519)');
  process.exit(1);
}
if (!config.totpEncryptionKey) {
  console.error('Invalid configuration:\n  TOTP_ENCRYPTION_KEY: required when NODE_ENV=production (32 random bytes in base64: openssl rand -base64 32)');
  process.exit(1);
}
const database = openDatabase(config.databasePath);
migrateDatabase(database);

let isFirstDemoStart = false;
if (config.demoMode) {
  const { count } = database.sqlite.prepare<[], { count: number }>('SELECT count(*) AS count FROM customers').get() ?? { count: 0 };
  if (count === 0) {
    console.log(`First start: loading demo data (${config.demoCustomers} customers)…`);
    const summary = seedDemoData(database.sqlite, { customers: config.demoCustomers });
    console.log(`Demo data loaded: ${summary.customers} customers, ${summary.services} services.`);
    isFirstDemoStart = true;
  }
  await seedDemoStaff(database, config.demoPassword);
}

await ensureUiBuilt(console.log);
const { app, messages, claims, checkpointSchedule, flags, gdpr } = createApp({ config, database });
await claims.start();
// The rules read event times, so the seeded history (fixture mb77777-ovh's burst) raises its flags now.
if (isFirstDemoStart) {
  console.log(`Detection over the demo logins: ${flags.detectAll()} flags raised.`);
  console.log(`Demo work in progress: ${openDemoCases({ database, gdpr, claims, now: new Date() })} GDPR requests and mailed claims filed.`);
}
messages.start();
checkpointSchedule.start();
// GDPR: finish erasures whose confirmation went out since, and purge retained billing data past its date.
const gdprJob = () => {
  gdpr.erasure.purgeRetention(new Date());
  return gdpr.erasure.finishPending();
};
void gdprJob();
const gdprTimer = setInterval(() => void gdprJob(), 60 * 60 * 1000);
gdprTimer.unref();
const server: Server = app.listen(config.port, config.host, () => {
  console.log(
    `Guichet is running on http://${['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host}:${config.port} (database ${config.databasePath})`,
  );
  if (config.demoMode) {
    console.log(`Demo mode. Staff sign-ins (password "${config.demoPassword}"):`);
    for (const member of demoStaff) console.log(`  ${member.role.padEnd(10)} ${member.email}`);
  }
});

/** Background work finishes what it is doing (a message being sent) before the database closes. */
async function stopBackgroundWork(): Promise<number> {
  claims.stop();
  clearInterval(gdprTimer);
  try {
    await messages.stop();
    await checkpointSchedule.stop();
    return 0;
  } catch (error) {
    console.error('Background work did not stop cleanly:', error);
    return 1;
  }
}

function shutDown(): void {
  server.close(() => {
    void stopBackgroundWork().then((exitCode) => {
      database.sqlite.close();
      process.exit(exitCode);
    });
  });
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
