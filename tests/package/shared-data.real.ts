// Third-party material (the shared data folder beside the repository) never ships:
// not in either store package, not in the sources zip. Runs in `npm run test:real`,
// which has that folder; `PARALLAX_SHARED_DIR` names another place.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { copiesOf, hashesUnder } from './file-hashes';
import { extensionOf, loadPackages, type Packages } from './packages';

const SHARED_DIR = resolve(process.env.PARALLAX_SHARED_DIR ?? '../shared');

describe('the store packages and the shared data folder', () => {
  let packages: Packages;
  let shared: Map<string, string>;

  beforeAll(async () => {
    if (!existsSync(SHARED_DIR)) throw new Error(`No shared data folder at ${SHARED_DIR}: set PARALLAX_SHARED_DIR.`);
    [packages, shared] = await Promise.all([loadPackages(inject('packageDir')), hashesUnder(SHARED_DIR)]);
  });

  it('ships nothing from the shared data folder', () => {
    expect(shared.size).toBeGreaterThan(0);
    for (const browser of ['chrome', 'firefox'] as const)
      expect(copiesOf(extensionOf(packages, browser), shared), `${browser}: copies of ${SHARED_DIR}`).toEqual([]);
    expect(copiesOf(packages.sources, shared), `sources: copies of ${SHARED_DIR}`).toEqual([]);
  });
});
