/** Reads a store package (a zip file) into memory, entry by entry. */
import { stat } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** One package: where it is, how big it is on disk, and every file in it by path. */
export interface ZipContents {
  path: string;
  /** Size of the zip file itself, as a store receives it. */
  bytes: number;
  files: Map<string, Buffer>;
}

/** Every file of the zip at `path`; folders are left out. */
export async function readZip(path: string): Promise<ZipContents> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, strictFileNames: true });
  const files = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      files.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
    }
  } finally {
    zip.close();
  }
  return { path, bytes: (await stat(path)).size, files };
}
