import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts its own server on its own SQLite file, so files run in parallel safely.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
