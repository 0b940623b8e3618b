import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/test-app.js';

export interface Journey {
  server: TestServer;
  browser: Browser;
}

/** A real server on a fresh database and a Chromium, for the enclosing describe block. */
export function startJourney(options: TestServerOptions = {}): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    [journey.server, journey.browser] = await Promise.all([startTestServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.server?.close();
  });
  return journey;
}
