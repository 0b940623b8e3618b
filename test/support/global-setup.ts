import { ensureUiBuilt } from '../../server/ui/ui-assets.js';

/**
 * Vitest globalSetup of the browser journeys: builds admin-ui/dist once, in the main process,
 * before any test file starts, when it is missing or older than its sources. Test files run in
 * parallel and the build empties dist first, so building from inside them would need a lock.
 */
export default async function buildUiBeforeJourneys(): Promise<void> {
  await ensureUiBuilt((line) => console.log(line));
}
