/**
 * Ranks all claims against a free text (a post, a selected quote): BM25F over
 * statement and hint terms, with numbers, run-together words split,
 * one-letter typos corrected and each word's paraphrases learned from the
 * claims (paraphrase.ts) looked up too, then the best candidates re-scored with the
 * claims' own text (rerank.ts). Used for flag suggestions and the CheckThat
 * benchmark.
 */
import { accumulate, resetScorer, type Scorer } from './bm25';
import { termId } from './claim-index';
import { nearestTerm, prepareTypos } from './fuzzy';
import type { MatchIndex } from './index-types';
import { learnAssociations, type Associations } from './paraphrase';
import { queryTermWeights } from './query-terms';
import { queryParts } from './query-text';
import { gramStatsFor, rerank, RERANK_DEPTH, type Scored } from './rerank';

/**
 * Weight of a learned associate against the word it stands for, times the
 * association's strength (CheckThat 2020 train MAP@5 0.8969 without,
 * 0.8987 at 0.7, 0.8991 at 1, 0.8988 at 1.5).
 */
export const ASSOCIATE_WEIGHT = 1;

const associationCache = new WeakMap<MatchIndex['claims'], Associations>();

/** The word associations of the index's claims, learned on first use. */
function associationsFor(ix: MatchIndex): Associations {
  let table = associationCache.get(ix.claims);
  if (!table) {
    table = learnAssociations(ix.claimSource);
    associationCache.set(ix.claims, table);
  }
  return table;
}

/** Adds to `weights` the associates of its words that it lacks, each at its strongest source's weight times the association's strength. */
function addAssociates(weights: Map<string, number>, table: Associations): void {
  const extra = new Map<string, number>();
  for (const [term, w] of weights) {
    for (const [other, strength] of table.get(term) ?? []) {
      const v = w * strength * ASSOCIATE_WEIGHT;
      if (!weights.has(other) && (extra.get(other) ?? 0) < v) extra.set(other, v);
    }
  }
  for (const [term, w] of extra) weights.set(term, w);
}

/** The `n` best-scored claims the scorer touched, best first; ties keep the order they were touched in. */
function best(s: Scorer, n: number): Scored[] {
  const top: Scored[] = [];
  for (let i = 0; i < s.touchedCount; i++) {
    const c = s.touched[i] as number;
    const score = s.scores[c] as number;
    if (top.length === n && score <= (top[n - 1]?.score ?? 0)) continue;
    // Insert after every claim with a score at least as high.
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) < score) at--;
    top.splice(at, 0, { c, score });
    if (top.length > n) top.pop();
  }
  return top;
}

/** Builds what ranking otherwise builds on its first call (typo map, gram statistics, word associations), so the first suggestion is as quick as the rest. */
export function prepareRanking(ix: MatchIndex): void {
  prepareTypos(ix.claims);
  gramStatsFor(ix);
  associationsFor(ix);
}

/** The `k` best claims for `text`, best first. */
export function rankClaims(ix: MatchIndex, text: string, k: number): { claimId: string; score: number }[] {
  const parts = queryParts(text);
  const weights = queryTermWeights(
    parts,
    ix.entities,
    (term) => termId(ix.claims, term) >= 0,
    (term) => {
      const id = nearestTerm(ix.claims, term);
      return id >= 0 ? (ix.claims.terms.strings[id] ?? null) : null;
    },
  );
  addAssociates(weights, associationsFor(ix));
  const ids: number[] = [];
  const qw: number[] = [];
  for (const [term, w] of weights) {
    ids.push(termId(ix.claims, term));
    qw.push(w);
  }
  const s = ix.scorer;
  resetScorer(s);
  accumulate(ix.claims, s, ids, qw);
  const ranked = rerank(ix, parts, best(s, Math.max(k, RERANK_DEPTH)));
  return ranked.slice(0, k).map(({ c, score }) => ({ claimId: ix.claims.claimIds[c] ?? '', score }));
}
