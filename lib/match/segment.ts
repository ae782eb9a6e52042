/**
 * Splits a run-together word ("georgesoros", "fyrefestival", "stonemanshooting",
 * as hashtags and handles are often written) into two words the index knows.
 * Only words the index does not know are split, so ordinary words never change.
 */
import { claimTerm } from './keys';

/** Shortest piece a split may produce (shorter pieces match by chance). */
const MIN_PIECE = 3;
const SPLITTABLE = /^[a-z]{6,}$/;

/**
 * The claim terms of the most balanced split of `norm` (a folded token) into
 * two pieces that both satisfy `known`, or null when `norm` is not splittable.
 */
export function splitRunTogether(norm: string, known: (term: string) => boolean): [string, string] | null {
  if (!SPLITTABLE.test(norm)) return null;
  let best: [string, string] | null = null;
  let bestShorter = 0;
  for (let k = MIN_PIECE; k <= norm.length - MIN_PIECE; k++) {
    const shorter = Math.min(k, norm.length - k);
    if (shorter <= bestShorter) continue;
    const a = claimTerm(norm.slice(0, k), 0);
    const b = claimTerm(norm.slice(k), 0);
    if (a !== null && b !== null && known(a) && known(b)) {
      best = [a, b];
      bestShorter = shorter;
    }
  }
  return best;
}
