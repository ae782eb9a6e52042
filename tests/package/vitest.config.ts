import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Store packages: built once by the global setup, then read by every test file in Node.
export default defineConfig({
  resolve: { alias: { '@': resolve(__dirname, '../..') } },
  test: {
    include: ['tests/package/**/*.package.ts'],
    environment: 'node',
    globalSetup: ['tests/package/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
