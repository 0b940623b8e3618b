import { ensureBenchDatabase } from './build-db.js';
import { paths } from './config.js';

// `node --import tsx bench/build-db-cli.ts`: build (or find) the cached bench database alone,
// e.g. ahead of a run; `npm run bench` does the same first.
const info = await ensureBenchDatabase((line) => console.log(`[bench db] ${line}`));
console.log(`[bench db] ${info.cached ? 'cached' : 'built'}: ${paths.database}`);
