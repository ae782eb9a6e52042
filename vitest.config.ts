import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

import { matcherSourceDefine } from './lib/build/matcher-source';

// Unit tests: lib/ and components/ against fake browser APIs and fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  // As in the build: the compiled-index cache key hashes the matcher's source.
  define: matcherSourceDefine(fileURLToPath(new URL('.', import.meta.url))),
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
