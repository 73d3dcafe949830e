import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, PGlite, synthetic demo data) driven through
// Debian's Chromium. One server for the run; tests run one file at a time.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
