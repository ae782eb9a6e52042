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
    // A fresh profile builds its index in the service worker at start; on a busy two-core machine a
    // reply can wait a second or more behind it, so polls get longer than vitest's one-second default.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
