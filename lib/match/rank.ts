/**
 * Ranks all claims against a free text (a post, a selected quote): BM25 over
 * statement and hint terms, with bigrams and numbers. Used for flag suggestions
 * and the CheckThat benchmark.
 */
import { accumulate, resetScorer } from './bm25';
import { textTerms } from './claim-terms';
import { termId } from './claim-index';
import type { MatchIndex } from './index-types';
import { cleanQueryText } from './query-text';

/** The `k` best claims for `text`, best first. */
export function rankClaims(ix: MatchIndex, text: string, k: number): { claimId: string; score: number }[] {
  // Unigrams only: on free text, bigrams overweight chance word pairs (CheckThat train MAP@5 0.868 without, 0.865 with).
  const terms = textTerms(cleanQueryText(text), ix.entities, false).terms;
  const ids = [...new Set(terms.map((t) => termId(ix.claims, t)))];
  const s = ix.scorer;
  resetScorer(s);
  accumulate(ix.claims, s, ids);
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
