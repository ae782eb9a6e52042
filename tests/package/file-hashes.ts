/** Content hashes of files on disk, to recognise a copied file inside a package whatever its name. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import type { ZipContents } from './zip-reader';

/** SHA-256 of `bytes`, in hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Below this size files can match by coincidence (an empty object, a one-line notice).
const MIN_BYTES = 64;

/** Every file under `root` by content hash, mapped to its path relative to `root`; tiny files are left out. */
export async function hashesUnder(root: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    if (bytes.length >= MIN_BYTES) hashes.set(sha256(bytes), relative(root, path));
  }
  return hashes;
}

/** Files of `zip` whose bytes are those of a file in `hashes`, as "zip path = origin path". */
export function copiesOf(zip: ZipContents, hashes: Map<string, string>): string[] {
  return [...zip.files].flatMap(([path, bytes]) => {
    const origin = hashes.get(sha256(bytes));
    return origin ? [`${path} = ${origin}`] : [];
  });
}
