/**
 * The matcher's source fingerprint, taken when the extension is built and when
 * the unit tests start: SHA-256 over the path and text of every file under
 * lib/match/, in path order. It reaches the code as the Vite define
 * `__MATCHER_SOURCE_HASH__` and is part of the compiled-index cache key
 * (lib/match/snapshot.ts), so an index compiled by an older matcher is compiled
 * again instead of being trusted because nobody bumped a version number.
 * Node only: used by wxt.config.ts and vitest.config.ts, never bundled.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** SHA-256 (the first 16 hex digits) over the `/`-separated relative path and contents of every file under `dir`, sorted by path. */
export function sourceHash(dir: string): string {
  const hash = createHash('sha256');
  const files = filesUnder(dir)
    .map((path) => ({ path, name: relative(dir, path).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, name } of files) {
    // Lengths before each part, so moving text between a name and a file cannot give the same stream.
    const text = readFileSync(path);
    hash.update(`${name.length}:${name}:${text.length}:`);
    hash.update(text);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The Vite `define` entry carrying the source hash of `<root>/lib/match`. */
export function matcherSourceDefine(root: string): Record<string, string> {
  return { __MATCHER_SOURCE_HASH__: JSON.stringify(sourceHash(join(root, 'lib', 'match'))) };
}
