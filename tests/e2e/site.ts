/** The fixture news site and a Chromium with Parallax, as most end-to-end suites use them. */
import { afterAll, beforeAll } from 'vitest';

import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startStaticServer, type StaticServer } from './server';

/** What a suite reads once its `beforeAll` has run. */
export interface FixtureSite {
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
}

/**
 * Serves `tests/fixtures/site` (and any folders `mounts` makes, by mount name) and starts Chromium with Parallax
 * before the suite's tests; closes both after them.
 */
export function useFixtureSite(mounts?: () => Promise<Record<string, string>>): FixtureSite {
  const site = {} as { server: StaticServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    site.server = await startStaticServer({ site: 'tests/fixtures/site', ...(await mounts?.()) });
    site.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
