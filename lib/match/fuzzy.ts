/**
 * Typo-tolerant lookup for free-text queries ("chidlren", "Olmpics",
 * "Malinger"): a word the index does not know meets a known word one edit
 * away (a letter dropped, added, changed or two swapped), found through the
 * words' single-deletion variants (the symmetric-delete method,
 * https://github.com/wolfgarbe/SymSpell#single-word-spelling-correction).
 */
import type { ClaimIndex } from './claim-index';

/** Words shorter than this are not corrected (too many neighbours). */
const MIN_LENGTH = 5;
const WORD_RE = /^\p{L}+$/u;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Deletion variant → term ids, for one claim index. */
type DeleteMap = Map<string, number[]>;

const cache = new WeakMap<ClaimIndex, DeleteMap>();

function deleteMap(ix: ClaimIndex): DeleteMap {
  let map = cache.get(ix);
  if (map) return map;
  map = new Map();
  ix.terms.strings.forEach((term, id) => {
    if (term.length < MIN_LENGTH - 1 || !WORD_RE.test(term)) return;
    for (const key of [term, ...deletes(term)]) {
      const list = map?.get(key);
      if (list) list.push(id);
      else map?.set(key, [id]);
    }
  });
  cache.set(ix, map);
  return map;
}

/** Builds the deletion map of `ix` now rather than on the first correction. */
export function prepareTypos(ix: ClaimIndex): void {
  deleteMap(ix);
}

/**
 * True when `a` and `b` are one edit apart (a letter dropped, added, changed,
 * or two neighbours swapped). Sharing a deletion variant is not enough:
 * "sadli" and "saudi" share "sadi" but are two edits apart.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.slice(i + 1) === short.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The id of the most frequent index term one edit from `term`, or -1. Builds a small map on first use per index. */
export function nearestTerm(ix: ClaimIndex, term: string): number {
  if (term.length < MIN_LENGTH || !WORD_RE.test(term)) return -1;
  const map = deleteMap(ix);
  let best = -1;
  let bestDf = 0;
  for (const key of [term, ...deletes(term)]) {
    for (const id of map.get(key) ?? []) {
      const df = (ix.postStart[id + 1] as number) - (ix.postStart[id] as number);
      if (df > bestDf && oneEditApart(term, ix.terms.strings[id] ?? '')) {
        best = id;
        bestDf = df;
      }
    }
  }
  return best;
}
