/**
 * Merges imported flags into the reader's own. Two flags are the same when they
 * share an id, or flag the same text (quote and context) of the same page; the
 * copy edited last wins, and the reader's existing id is kept.
 */
import type { Flag } from './types';

/** The merged list and what happened to each incoming flag. */
export interface MergeResult {
  flags: Flag[];
  /** Incoming flags that were new. */
  added: number;
  /** Incoming flags that replaced an older copy the reader had. */
  updated: number;
  /** Incoming flags that were already there, older, or repeated within the import. */
  unchanged: number;
}

/** The key under which two flags of the same passage meet. */
function passageKey(flag: Flag): string {
  const quote = flag.selectors.quote;
  return JSON.stringify([flag.url, quote.exact, quote.prefix, quote.suffix]);
}

/** `existing` with `incoming` merged in; order is existing first, then new flags in import order. */
export function mergeFlags(existing: readonly Flag[], incoming: readonly Flag[]): MergeResult {
  const flags = [...existing];
  const byId = new Map<string, number>();
  const byPassage = new Map<string, number>();
  const index = (flag: Flag, at: number): void => {
    byId.set(flag.id, at);
    byPassage.set(passageKey(flag), at);
  };
  flags.forEach(index);
  const addedHere = new Set<number>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const flag of incoming) {
    const at = byId.get(flag.id) ?? byPassage.get(passageKey(flag));
    if (at === undefined) {
      flags.push(flag);
      index(flag, flags.length - 1);
      addedHere.add(flags.length - 1);
      added += 1;
      continue;
    }
    const current = flags[at] as Flag;
    if (flag.updatedAt > current.updatedAt) {
      const merged: Flag = { ...flag, id: current.id, createdAt: Math.min(current.createdAt, flag.createdAt) };
      flags[at] = merged;
      index(merged, at);
      byId.set(flag.id, at);
      // A flag repeated within one import is one addition, not an addition and an update.
      if (addedHere.has(at)) unchanged += 1;
      else updated += 1;
    } else {
      unchanged += 1;
    }
  }
  return { flags, added, updated, unchanged };
}
