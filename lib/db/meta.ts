/** The installed pack's metadata row, shared by the loader and the dataset cache. */
import type { PackMeta } from './records';
import type { ParallaxDB } from './schema';

/** The `meta` key under which the installed pack is described. */
export const PACK_META_KEY = 'pack';

/** Reads the installed pack's metadata, or null on a fresh profile. */
export async function readPackMeta(db: ParallaxDB): Promise<PackMeta | null> {
  const row = await db.meta.get(PACK_META_KEY);
  return row?.value ?? null;
}

/** Identifies one load of one pack: changes whenever the dataset records are rewritten. */
export function packStamp(meta: PackMeta | null): string | null {
  return meta === null ? null : `${meta.version}@${meta.loadedAt}`;
}
