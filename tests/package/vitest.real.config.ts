import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Store-package checks that need the shared data folder beside the repository (npm run test:real).
export default defineConfig({
  resolve: { alias: { '@': resolve(__dirname, '../..') } },
  test: {
    include: ['tests/package/**/*.real.ts'],
    environment: 'node',
    globalSetup: ['tests/package/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
