import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { EXTENSION_PACK_FILE } from '@/lib/build/pack-file';
import type { Pack } from '@/lib/dataset/types';

import { copiesOf, hashesUnder } from './file-hashes';
import { extensionOf, loadPackages, manifestOf, type Packages } from './packages';
import type { Browser } from './permissions';
import type { ZipContents } from './zip-reader';

const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];
/** What a store package may hold: scripts, styles, pages, the manifest and messages, images. */
const SHIPPED_TYPES = /\.(js|css|html|json|png)$/;
/** Path segments that only development files have. */
const DEVELOPMENT_PATHS = /(^|\/)(node_modules|tests?|fixtures|__tests__|test-results|demo-output|\.[^/]+)(\/|$)/;
/** Files Firefox's reviewers need to rebuild the extension from the sources zip. */
const BUILD_INPUTS = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'assets/pack/parallax.pack.json',
  'assets/public/_locales/en/messages.json',
];
const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'assets'];

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const unpacked = (zip: ZipContents): number => [...zip.files.values()].reduce((sum, file) => sum + file.length, 0);

/** The entries of `zip` that git ignores (build output, dependencies, local artefacts). */
function ignoredByGit(zip: ZipContents): string[] {
  const run = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
    input: [...zip.files.keys()].join('\n'),
    encoding: 'utf8',
  });
  // Exit code 0: some paths are ignored; 1: none is; anything else is a failure of git itself.
  if (run.status !== 0 && run.status !== 1) throw new Error(`git check-ignore failed: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative('.', join(e.parentPath, e.name)).split('\\').join('/'));
}

describe('what the store packages contain', () => {
  let packages: Packages;
  let fixtures: Map<string, string>;

  beforeAll(async () => {
    [packages, fixtures] = await Promise.all([loadPackages(inject('packageDir')), hashesUnder('tests/fixtures')]);
  });

  it('reports the size of each package', () => {
    const lines = (['chrome', 'firefox', 'sources'] as const).map((name) => {
      const zip = packages[name];
      return `  ${basename(zip.path).padEnd(34)} ${kB(zip.bytes).padStart(10)} zipped, ${kB(unpacked(zip)).padStart(10)} in ${zip.files.size} files`;
    });
    console.log(['Package sizes:', ...lines].join('\n'));
    for (const browser of BROWSERS) expect(extensionOf(packages, browser).bytes, browser).toBeGreaterThan(0);
  });

  it('ships only scripts, styles, pages, JSON and images, and no development files', () => {
    for (const browser of BROWSERS) {
      const paths = [...extensionOf(packages, browser).files.keys()];
      expect(
        paths.filter((p) => !SHIPPED_TYPES.test(p)),
        browser,
      ).toEqual([]);
      expect(
        paths.filter((p) => DEVELOPMENT_PATHS.test(p)),
        browser,
      ).toEqual([]);
    }
  });

  it('ships no source maps and points to none', () => {
    for (const browser of BROWSERS) {
      const zip = extensionOf(packages, browser);
      expect(
        [...zip.files.keys()].filter((p) => p.endsWith('.map')),
        browser,
      ).toEqual([]);
      const pointing = [...zip.files]
        .filter(([path, bytes]) => /\.(js|css)$/.test(path) && bytes.toString('utf8').includes('sourceMappingURL='))
        .map(([path]) => path);
      expect(pointing, browser).toEqual([]);
    }
  });

  it('ships no test fixture', () => {
    expect(fixtures.size).toBeGreaterThan(0);
    for (const browser of BROWSERS) {
      const zip = extensionOf(packages, browser);
      expect(copiesOf(zip, fixtures), `${browser}: copies of tests/fixtures`).toEqual([]);
    }
  });

  it('ships the dataset pack once, as a file of its own that pages cannot reach, outside the worker’s script', async () => {
    const text = await readFile('assets/pack/parallax.pack.json', 'utf8');
    const pack = JSON.parse(text) as Pack;
    const ids = [...pack.outlets, ...pack.entities, ...pack.events, ...pack.claims].map((item) => item.id);
    expect(ids.length).toBeGreaterThan(100);
    for (const browser of BROWSERS) {
      const zip = extensionOf(packages, browser);
      // A file holding most of the pack's ids holds the pack.
      const holders = [...zip.files].filter(([, bytes]) => {
        const source = bytes.toString('utf8');
        return ids.filter((id) => source.includes(id)).length > ids.length / 2;
      });
      expect(
        holders.map(([path]) => path),
        browser,
      ).toEqual([EXTENSION_PACK_FILE]);
      expect(zip.files.get(EXTENSION_PACK_FILE)?.toString('utf8'), browser).toBe(text);
      const manifest = manifestOf(zip);
      expect(JSON.stringify(manifest.web_accessible_resources ?? []), browser).not.toContain(EXTENSION_PACK_FILE);
      // The worker evaluates its script at every wake-up: it carries the pack's version, not the pack.
      const background = manifest.background;
      const script = background?.service_worker ?? background?.scripts?.[0] ?? '';
      const size = zip.files.get(script)?.length ?? Number.NaN;
      expect(size, `${browser}: ${script}`).toBeLessThan(text.length / 4);
      expect(zip.files.get(script)?.toString('utf8'), browser).toContain(JSON.stringify(pack.version));
    }
  });

  it('gives Firefox’s reviewers the build inputs in the sources zip, and nothing git ignores', async () => {
    const sources = packages.sources;
    const paths = [...sources.files.keys()];
    const top = new Map<string, number>();
    for (const path of paths) top.set(path.split('/')[0] as string, (top.get(path.split('/')[0] as string) ?? 0) + 1);
    console.log(`Sources zip: ${[...top].map(([dir, n]) => `${dir} (${n})`).join(', ')}`);
    expect(BUILD_INPUTS.filter((file) => !sources.files.has(file))).toEqual([]);
    const onDisk = (await Promise.all(SOURCE_DIRS.map(filesUnder))).flat();
    expect(onDisk.filter((file) => !sources.files.has(file))).toEqual([]);
    expect(paths.filter((p) => /(^|\/)(node_modules|\.[^/]+)(\/|$)/.test(p))).toEqual([]);
    expect(ignoredByGit(sources)).toEqual([]);
  });
});
