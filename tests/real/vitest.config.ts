import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real saved pages (Mozilla Readability's test pages, outside the repo): article
// region recall/precision, exact restore after highlighting, time per page.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/real/**/*.test.ts'],
    environment: 'happy-dom',
    // Saved pages link stylesheets that are never fetched here: a skipped load is not an error to print.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
