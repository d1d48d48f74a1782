import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Browser tests: real Chromium and Firefox, one file at a time (2 cores, shared), generous timeouts.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
