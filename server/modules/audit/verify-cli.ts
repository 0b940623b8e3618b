import { openDatabase } from '../../../db/client.js';
import { loadConfig } from '../../config.js';
import { createAuditLog } from './audit.service.js';

// `npm run audit:verify [-- path/to/guichet.db]`: exit 0 when the chain is intact, 1 otherwise.
const config = loadConfig();
const path = process.argv[2] ?? config.databasePath;
const database = openDatabase(path);
const result = createAuditLog(database).verify();
database.sqlite.close();
if (result.ok) {
  console.log(`Audit chain intact: ${result.checked} entries verified in ${path}.`);
} else {
  console.error(`Audit chain BROKEN at entry ${result.firstBad?.id}: ${result.firstBad?.problem} (${result.checked} entries verified before it).`);
  process.exitCode = 1;
}
