import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../../db/client.js';
import { createApp, noLog } from '../app.js';
import { loadConfig } from '../config.js';
import { apiVersion, openApiDocument } from './openapi.js';

// npm run openapi: writes docs/openapi.json from the route table of a throwaway app (demo settings,
// empty temporary database), so the committed document is what the server serves.

const openApiFile = 'docs/openapi.json';

const directory = mkdtempSync(join(tmpdir(), 'guichet-openapi-'));
try {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_PATH: join(directory, 'openapi.db'), UPLOAD_DIR: join(directory, 'uploads') });
  const database = openDatabase(config.databasePath);
  migrateDatabase(database);
  const { routes } = createApp({ config, database, log: noLog });
  writeFileSync(openApiFile, `${JSON.stringify(openApiDocument(routes, apiVersion), null, 2)}\n`);
  database.sqlite.close();
  console.log(`Wrote ${openApiFile} (${routes.length} routes).`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
