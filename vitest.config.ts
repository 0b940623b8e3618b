import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file starts its own server on its own SQLite file, so files run in parallel safely.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A test that asserts nothing cannot fail: vitest fails it (waitFor() alone is not an assertion).
    expect: { requireAssertions: true },
    // Two projects so that the UI is built only when browser journeys are part of the run
    // (a project's globalSetup runs only if some of its files are selected).
    projects: [
      {
        extends: true,
        test: { name: 'api', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] },
      },
    ],
  },
});
