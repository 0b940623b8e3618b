import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { checkExported, exportedCheckpointSchema } from './checkpoints.service.js';
import { verifyLog } from './verification.js';

// `npm run audit:verify [-- [--full] [--checkpoint file.json] [path/to/guichet.db]]`
// Exit 0 when the chain is intact, 1 when it is broken, 2 on bad usage. The database is opened
// read-only: the command never writes, never checkpoints the WAL, and can run against a live file
// or a copy (with its -wal file next to it).
const usage = 'usage: npm run audit:verify -- [--full] [--checkpoint exported-checkpoint.json] [database file]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { full: { type: 'boolean', default: false }, checkpoint: { type: 'string' } },
    allowPositionals: true,
  });
  const config = loadConfig();
  const path = positionals[0] ?? config.databasePath;
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    if (values.checkpoint) {
      const parsed = exportedCheckpointSchema.safeParse(JSON.parse(readFileSync(values.checkpoint, 'utf8')));
      if (!parsed.success) {
        console.error(`${values.checkpoint} is not an exported Guichet checkpoint. ${usage}`);
        return 2;
      }
      const check = await checkExported(sqlite, parsed.data, config.auditSigningKey);
      const signer = check.signedByConsoleKey ? "this console's signing key" : `key ${parsed.data.keyId} (not this console's configured key)`;
      if (!check.ok) {
        console.error(`Checkpoint #${check.checkpoint} of ${check.createdAt} does NOT match ${path}: ${check.problem}.`);
        return 1;
      }
      console.log(
        `Checkpoint #${check.checkpoint} of ${check.createdAt} (signed by ${signer}) matches ${path}: its ${check.entryCount} entries are unchanged and the ${check.entriesSince} entries since link onto them.`,
      );
      return 0;
    }
    const report = await verifyLog({ sqlite, key: config.auditSigningKey, mode: values.full ? 'full' : 'checkpoint', now: () => new Date() });
    const from =
      report.mode === 'full' || !report.checkpoint
        ? 'walked from the first entry'
        : `walked from checkpoint #${report.checkpoint.id} (entry ${report.checkpoint.entryCount})`;
    if (!report.ok) {
      console.error(`Audit chain BROKEN at entry ${report.firstBad?.id}: ${report.firstBad?.problem} (${path}, ${from}).`);
      return 1;
    }
    console.log(`${report.entries} entries verified, chain intact at ${report.verifiedAt} (${path}, ${from}, ${report.walked} re-hashed).`);
    if (report.untrustedCheckpoints > 0) console.log(`Note: ${report.untrustedCheckpoints} checkpoint(s) not signed by the configured key were ignored.`);
    return 0;
  } finally {
    sqlite.close();
  }
}

process.exitCode = await main();
