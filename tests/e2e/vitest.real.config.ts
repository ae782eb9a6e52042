import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The real-page suite in Chromium: saved news sites and blogs, one browser for all.
export default defineConfig({
  resolve: { alias: { '@': resolve(__dirname, '../..') } },
  test: {
    include: ['tests/e2e/**/*.real.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
