/**
 * Scores claims against a bag of term ids by summing precomputed BM25
 * posting weights. The accumulators are reused between calls (one scorer per
 * index) so ranking a page allocates almost nothing.
 */
import type { ClaimIndex } from './claim-index';

/** Reusable accumulators for one claim index. */
export interface Scorer {
  scores: Float32Array;
  /** The part of each score from terms only a claim's statements in other languages have (`statedStart`). */
  stated: Float32Array;
  /** Distinct query terms that hit each claim… */
  hits: Uint16Array;
  /** …of which only its statements in other languages have. */
  statedHits: Uint16Array;
  touched: Int32Array;
  touchedCount: number;
  /** Whether the last accumulation read statements' postings (whose sums must be cleared too). */
  statedUsed: boolean;
}

/** A scorer sized for `ix`. */
export function createScorer(ix: ClaimIndex): Scorer {
  const n = ix.claimIds.length;
  return {
    scores: new Float32Array(n),
    stated: new Float32Array(n),
    hits: new Uint16Array(n),
    statedHits: new Uint16Array(n),
    touched: new Int32Array(n),
    touchedCount: 0,
    statedUsed: false,
  };
}

/** Clears the claims touched by the previous call. */
export function resetScorer(s: Scorer): void {
  for (let k = 0; k < s.touchedCount; k++) {
    const c = s.touched[k] as number;
    s.scores[c] = 0;
    s.hits[c] = 0;
  }
  if (s.statedUsed) {
    for (let k = 0; k < s.touchedCount; k++) {
      const c = s.touched[k] as number;
      s.stated[c] = 0;
      s.statedHits[c] = 0;
    }
    s.statedUsed = false;
  }
  s.touchedCount = 0;
}

/**
 * Adds the postings of each (distinct) term id, times its query weight. Terms
 * in more than `maxPostings` claims are skipped: their IDF is low and their
 * lists are what makes scoring slow on big packs. With `stated`, also the
 * postings of terms only claims' statements in other languages have, kept
 * apart in `stated` and `statedHits` as well (a page in English needs none).
 */
export function accumulate(
  ix: ClaimIndex,
  s: Scorer,
  termIds: ArrayLike<number>,
  weights?: ArrayLike<number>,
  maxPostings = Infinity,
  stated = false,
): void {
  for (let q = 0; q < termIds.length; q++) {
    const t = termIds[q] as number;
    if (t < 0 || (ix.postStart[t + 1] as number) - (ix.postStart[t] as number) > maxPostings) continue;
    const qw = weights ? (weights[q] as number) : 1;
    for (let p = ix.postStart[t] as number; p < (ix.postStart[t + 1] as number); p++) {
      const c = ix.postClaim[p] as number;
      if (s.hits[c] === 0) s.touched[s.touchedCount++] = c;
      s.hits[c] = (s.hits[c] as number) + 1;
      s.scores[c] = (s.scores[c] as number) + qw * (ix.postWeight[p] as number);
    }
  }
  if (!stated) return;
  s.statedUsed = true;
  for (let q = 0; q < termIds.length; q++) {
    const t = termIds[q] as number;
    if (t < 0) continue;
    const qw = weights ? (weights[q] as number) : 1;
    for (let p = ix.statedStart[t] as number; p < (ix.statedStart[t + 1] as number); p++) {
      const c = ix.statedClaim[p] as number;
      if (s.hits[c] === 0) s.touched[s.touchedCount++] = c;
      s.hits[c] = (s.hits[c] as number) + 1;
      s.statedHits[c] = (s.statedHits[c] as number) + 1;
      const w = qw * (ix.statedWeight[p] as number);
      s.scores[c] = (s.scores[c] as number) + w;
      s.stated[c] = (s.stated[c] as number) + w;
    }
  }
}

/** Where term id `t` stands among claim `c`'s sorted terms (binary search), or -1. */
function claimTermAt(ix: ClaimIndex, c: number, t: number): number {
  let lo = ix.claimTermStart[c] as number;
  let hi = (ix.claimTermStart[c + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ix.claimTerms[mid] as number;
    if (v === t) return mid;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** True when claim `c` contains term id `t`. */
export function claimHasTerm(ix: ClaimIndex, c: number, t: number): boolean {
  return claimTermAt(ix, c, t) >= 0;
}

/** True when claim `c` contains term id `t` in its English fields (not only in its statements in other languages). */
export function claimHasEnglishTerm(ix: ClaimIndex, c: number, t: number): boolean {
  const at = claimTermAt(ix, c, t);
  return at >= 0 && !ix.claimTermStated[at];
}
