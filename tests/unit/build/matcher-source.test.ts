import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { matcherSourceDefine, sourceHash } from '@/lib/build/matcher-source';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A directory like lib/match, files and a subfolder, at `root` (a new temporary directory by default). */
function tree(root = mkdtempSync(join(tmpdir(), 'matcher-source-'))): string {
  mkdirSync(join(root, 'lang'), { recursive: true });
  writeFileSync(join(root, 'rank.ts'), 'export const K = 1;\n');
  writeFileSync(join(root, 'lang', 'stem.ts'), 'export const S = 2;\n');
  return root;
}

describe('the matcher source hash', () => {
  it('is stable for the same files and changes with any edit, rename or new file, in subfolders too', () => {
    dir = tree();
    const first = sourceHash(dir);
    expect(sourceHash(dir)).toBe(first);
    writeFileSync(join(dir, 'lang', 'stem.ts'), 'export const S = 3;\n');
    const edited = sourceHash(dir);
    expect(edited).not.toBe(first);
    renameSync(join(dir, 'rank.ts'), join(dir, 'ranks.ts'));
    const renamed = sourceHash(dir);
    expect(renamed).not.toBe(edited);
    writeFileSync(join(dir, 'new.ts'), '');
    expect(sourceHash(dir)).not.toBe(renamed);
  });

  it('becomes a Vite define holding a string literal', () => {
    dir = mkdtempSync(join(tmpdir(), 'matcher-root-'));
    tree(join(dir, 'lib', 'match'));
    const define = matcherSourceDefine(dir);
    expect(Object.keys(define)).toEqual(['__MATCHER_SOURCE_HASH__']);
    expect(JSON.parse(define.__MATCHER_SOURCE_HASH__ ?? '')).toBe(sourceHash(join(dir, 'lib', 'match')));
  });
});
