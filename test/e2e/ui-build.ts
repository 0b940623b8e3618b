import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureUiBuilt } from '../../server/ui/ui-assets.js';

const lockDir = join(process.cwd(), 'test-results', '.ui-build.lock');
const staleLockMs = 5 * 60_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Builds admin-ui/dist if its sources changed. Test files run in parallel processes and the
 * build empties dist first, so only one process may build at a time: a directory is the lock
 * (mkdir is atomic), and the others wait, then find the build fresh and skip it.
 */
export async function ensureUiBuiltOnce(): Promise<void> {
  mkdirSync(join(lockDir, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (isStale()) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    await ensureUiBuilt(() => undefined);
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function isStale(): boolean {
  try {
    return Date.now() - statSync(lockDir).mtimeMs > staleLockMs;
  } catch {
    return false; // released meanwhile: try again
  }
}
