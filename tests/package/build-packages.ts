/**
 * Builds the Chrome and Firefox store packages (and Firefox's sources zip)
 * exactly as `npm run zip` does, from the same wxt.config.ts, but into the
 * folder given as the first argument, so that a build of `.output` running
 * at the same time (end-to-end tests, a developer) cannot change what is checked.
 *
 * Usage: tsx tests/package/build-packages.ts OUT_DIR
 */
import { resolve } from 'node:path';
import { zip } from 'wxt';

const BROWSERS = ['chrome', 'firefox'] as const;

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('Usage: tsx tests/package/build-packages.ts OUT_DIR');
  for (const browser of BROWSERS) await zip({ root: resolve('.'), browser, outDir: resolve(outDir) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
