/**
 * Ranks all claims against a free text (a post, a selected quote): BM25F over
 * statement and hint terms, with numbers, run-together words split and
 * one-letter typos corrected. Used for flag suggestions and the CheckThat
 * benchmark.
 */
import { accumulate, resetScorer } from './bm25';
import { termId } from './claim-index';
import type { MatchIndex } from './index-types';
import { nearestTerm } from './fuzzy';
import { queryTermWeights } from './query-terms';

/** The `k` best claims for `text`, best first. */
export function rankClaims(ix: MatchIndex, text: string, k: number): { claimId: string; score: number }[] {
  const weights = queryTermWeights(text, ix.entities, (term) => termId(ix.claims, term) >= 0, (term) => {
    const id = nearestTerm(ix.claims, term);
    return id >= 0 ? (ix.claims.terms.strings[id] ?? null) : null;
  });
  const ids: number[] = [];
  const qw: number[] = [];
  for (const [term, w] of weights) {
    ids.push(termId(ix.claims, term));
    qw.push(w);
  }
  const s = ix.scorer;
  resetScorer(s);
  accumulate(ix.claims, s, ids, qw);
  const top: { c: number; score: number }[] = [];
  for (let i = 0; i < s.touchedCount; i++) {
    const c = s.touched[i] as number;
    const score = s.scores[c] as number;
    if (top.length < k || score > (top[top.length - 1]?.score ?? 0)) {
      top.push({ c, score });
      top.sort((a, b) => b.score - a.score);
      if (top.length > k) top.pop();
    }
  }
  return top.map(({ c, score }) => ({ claimId: ix.claims.claimIds[c] ?? '', score }));
}
