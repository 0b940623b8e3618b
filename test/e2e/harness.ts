import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/test-app.js';

export interface Journey {
  server: TestServer;
  browser: Browser;
}

/**
 * A real server on a fresh database and a Chromium, for the enclosing describe block. Journeys walk the
 * console as a new user would, through the documented demo: a small demo sample with its fixture
 * accounts unless the journey asks otherwise.
 */
export function startJourney(options: TestServerOptions = {}): Journey {
  options = { customers: 200, ...options };
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
