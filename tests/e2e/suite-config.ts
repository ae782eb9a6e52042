import { resolve } from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * A browser suite's vitest config: one file at a time, because each launches a browser and the machine
 * has two cores; long timeouts for launches and page loads.
 */
export function browserSuite(include: string): ViteUserConfig {
  return defineConfig({
    resolve: { alias: { '@': resolve(__dirname, '../..') } },
    test: {
      include: [include],
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
}
