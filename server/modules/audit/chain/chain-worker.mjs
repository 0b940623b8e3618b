// One range of a parallel chain walk (chain-verifier.ts), on its own read-only connection.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { verifyRange } from './chain-range.mjs';

const sqlite = new Database(workerData.path, { readonly: true, fileMustExist: true });
try {
  parentPort.postMessage(verifyRange(sqlite, workerData.range));
} finally {
  sqlite.close();
}
