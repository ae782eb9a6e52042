/**
 * The second ranking stage: the best BM25 candidates are re-scored with the
 * character-gram cosine between the query and each claim's own text (see
 * char-grams.ts), which sees word forms the terms miss. The two scores are
 * fused after scaling each by its best candidate, so neither needs
 * calibrating; ties keep the first stage's order.
 */
import { claimText, gramCosines, gramStats, type GramStats } from './char-grams';
import type { ClaimIndex } from './claim-index';
import type { MatchIndex } from './index-types';
import type { QueryPart } from './query-text';

/** How many first-stage candidates are re-scored (recall@50 on CheckThat 2020 train is 0.98). */
export const RERANK_DEPTH = 50;

/** Weight of the gram cosine against BM25, both scaled to their best candidate (CheckThat 2020 train MAP@5 0.8953 at 0.4, 0.8969 at 0.5, 0.8952 at 0.65). */
export const GRAM_WEIGHT = 0.5;

/**
 * Weight of the signature's letters in the query's gram vector: a name, a
 * handle and a date are many letters about who posted, not what was said
 * (CheckThat 2020 train MAP@5 0.8950 at 1, 0.8969 at 0.5, 0.8961 at 0.3).
 */
export const SIGNATURE_GRAM_WEIGHT = 0.5;

/** A claim (by position in the index) and its score. */
export interface Scored {
  c: number;
  score: number;
}

const statsCache = new WeakMap<ClaimIndex, GramStats>();

/** The gram statistics of the index's claims, built on first use (about 0.2 s for 10k claims). */
export function gramStatsFor(ix: MatchIndex): GramStats {
  let stats = statsCache.get(ix.claims);
  if (!stats) {
    stats = gramStats(ix.claimSource);
    statsCache.set(ix.claims, stats);
  }
  return stats;
}

/**
 * `candidates` (best first, BM25 scores) re-ordered by BM25 plus the gram
 * cosine of each claim with `parts`; scores stay in BM25 units.
 */
export function rerank(ix: MatchIndex, parts: readonly QueryPart[], candidates: Scored[]): Scored[] {
  const top = candidates[0]?.score ?? 0;
  // The claim records must line up with the compiled claims (they always do for a compiled or loaded index).
  if (candidates.length < 2 || top <= 0 || ix.claimSource.length !== ix.claims.claimIds.length) return candidates;
  const stats = gramStatsFor(ix);
  const query = parts.map((p) => ({ text: p.text, weight: p.weight < 1 ? SIGNATURE_GRAM_WEIGHT : p.weight }));
  const texts = candidates.map(({ c }) => {
    const claim = ix.claimSource[c];
    return claim ? claimText(claim) : '';
  });
  const cos = gramCosines(stats, query, texts);
  const best = Math.max(...cos);
  if (best <= 0) return candidates;
  return candidates
    .map(({ c, score }, i) => ({ c, score: score + GRAM_WEIGHT * top * ((cos[i] as number) / best) }))
    .sort((a, b) => b.score - a.score);
}
