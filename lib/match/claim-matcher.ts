/**
 * Recognises sentences that report known claims. Each sentence (never crossing
 * a block) is scored against every claim sharing a term with it; the score is
 * the share of the claim's BM25 weight the sentence covers, plus entity and
 * figure evidence. Only the best claim per sentence, above a threshold set for
 * precision, and the best few sentences per claim are kept.
 */
import { accumulate, claimHasTerm, resetScorer } from './bm25';
import { entityEvidence, matchingFigures, sentenceFigures, type SentenceFigures } from './claim-evidence';
import { entityMask, isBigram, numberTerms, type TermList, tokenTerms } from './claim-terms';
import { termId } from './claim-index';
import type { FoundEntity } from './entity-finder';
import type { MatchIndex, MatchOptions } from './index-types';
import { splitSentences } from './sentences';
import { TokenFlag, type Tokens } from './tokenize';
import type { ClaimHit, TextSpan } from './types';

/** Weights and limits of the sentence score. */
export const CLAIM_SCORING = {
  threshold: 0.5,
  /** Word coverage a sentence needs before any other evidence counts. */
  minCoverage: 0.25,
  /** Coverage at which entity evidence counts in full (below, it is scaled down: names alone are not a claim). */
  fullEntityCoverage: 0.4,
  /** Distinct claim words a sentence must contain. */
  minTerms: 2,
  /** Weight of the share of the claim's entities named in the sentence… */
  entitySentence: 0.35,
  /** …or only nearby (its paragraph, the two before and the one after). */
  entityNear: 0.15,
  /** Factor when none of the claim's actors is near (see EntityEvidence.actorPresent), unless a distinctive figure matches. */
  noActorFactor: 0.45,
  /** Bonus for a distinctive matching figure or date, and for a small matching number. */
  figure: 0.25,
  weakFigure: 0.1,
  /** Coverage is measured against at most this much of a claim's weight (long claims are rarely restated whole). */
  coverageCap: 0.6,
  maxSentencesPerClaim: 3,
  /** On big packs, words found in more than this share of claims are not looked up (low IDF, long lists)… */
  maxTermShare: 0.05,
  /** …but never on packs small enough that this many postings is everything. */
  minSkippedPostings: 200,
};

/** Blocks before and after a sentence's own whose entities count as nearby. */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 1;

interface Candidate {
  span: TextSpan;
  claim: number;
  score: number;
  terms: string[];
  entities: number[];
  figures: string[];
}

function tokenRange(toks: Tokens, from: number, span: TextSpan): [number, number] {
  let a = from;
  while (a < toks.count && (toks.start[a] as number) < span.start) a++;
  let b = a;
  while (b < toks.count && (toks.start[b] as number) < span.end) b++;
  return [a, b];
}

function surfaceTerms(ix: MatchIndex, c: number, text: string, toks: Tokens, list: TermList, ids: number[]): string[] {
  const seen = new Set<string>();
  list.terms.forEach((term, k) => {
    const t = ids[k] as number;
    if (t < 0 || isBigram(term) || (list.tokA[k] as number) < 0 || !claimHasTerm(ix.claims, c, t)) return;
    const tok = list.tokA[k] as number;
    seen.add(text.slice(toks.start[tok], toks.end[tok]));
  });
  return [...seen];
}

interface SentenceContext {
  text: string;
  toks: Tokens;
  mask: Uint8Array;
  inSentence: Set<number>;
  near: Set<number>;
}

function scoreSentence(ix: MatchIndex, ctx: SentenceContext, span: TextSpan, range: [number, number]): Candidate | null {
  const { text, toks, inSentence, near } = ctx;
  const list: TermList = { terms: [], tokA: [], tokB: [] };
  tokenTerms(toks, range[0], range[1], list, true, ctx.mask);
  numberTerms(text, span.start, span.end, list);
  const ids = list.terms.map((t) => termId(ix.claims, t));
  const unique = [...new Set(ids)].filter((t) => t >= 0);
  const s = ix.scorer;
  resetScorer(s);
  const maxPostings = Math.max(CLAIM_SCORING.minSkippedPostings, ix.claims.claimIds.length * CLAIM_SCORING.maxTermShare);
  accumulate(ix.claims, s, unique, unique.map((t) => ix.claims.termWeight[t] as number), maxPostings);
  // Figures are read only for a sentence that shares enough words with some claim.
  let figures: SentenceFigures | null = null;
  let cyrillic = 0;
  for (let t = range[0]; t < range[1]; t++) if ((toks.flags[t] as number) & TokenFlag.Cyrillic) cyrillic++;
  const script = cyrillic * 2 > range[1] - range[0] ? 1 : 0;
  let best: Candidate | null = null;
  for (let k = 0; k < s.touchedCount; k++) {
    const c = s.touched[k] as number;
    if ((s.hits[c] as number) < CLAIM_SCORING.minTerms) continue;
    const self = ix.claims.selfScore[c * 2 + script] as number;
    const lex = Math.min(1, (s.scores[c] as number) / Math.max(1e-9, self * CLAIM_SCORING.coverageCap));
    if (lex < CLAIM_SCORING.minCoverage) continue;
    const ent = entityEvidence(ix.claims, ix.entities.entityActor, c, inSentence, near);
    const entScore = ent.total === 0 ? 0 : (CLAIM_SCORING.entitySentence * ent.sentence.length + CLAIM_SCORING.entityNear * ent.block.length) / ent.total;
    figures ??= sentenceFigures(text, span.start, span.end);
    const figs = matchingFigures(ix.claims, c, figures);
    const figScore = figs.strong ? CLAIM_SCORING.figure : figs.written.length > 0 ? CLAIM_SCORING.weakFigure : 0;
    const factor = ent.actorPresent || figs.strong ? 1 : CLAIM_SCORING.noActorFactor;
    const score = factor * (lex + entScore * Math.min(1, lex / CLAIM_SCORING.fullEntityCoverage) + figScore);
    if (best === null || score > best.score) {
      best = { span, claim: c, score, terms: [], entities: [...ent.sentence, ...ent.block], figures: figs.written };
    }
  }
  if (best === null) return null;
  best.terms = surfaceTerms(ix, best.claim, text, toks, list, ids);
  return best.terms.length >= CLAIM_SCORING.minTerms ? best : null;
}

function entitySets(found: FoundEntity[]): Map<number, FoundEntity[]> {
  const byBlock = new Map<number, FoundEntity[]>();
  for (const f of found) {
    const list = byBlock.get(f.block);
    if (list) list.push(f);
    else byBlock.set(f.block, [f]);
  }
  return byBlock;
}

/** Claim hits of a page whose tokens and entity mentions are already known. */
export function matchClaims(
  ix: MatchIndex,
  text: string,
  blocks: TextSpan[],
  toks: Tokens,
  found: FoundEntity[],
  opts: MatchOptions = {},
): ClaimHit[] {
  if (ix.claims.claimIds.length === 0) return [];
  const threshold = opts.threshold ?? CLAIM_SCORING.threshold;
  const perClaim = opts.maxSentencesPerClaim ?? CLAIM_SCORING.maxSentencesPerClaim;
  const byBlock = entitySets(found);
  const mask = entityMask(toks.count, found);
  const kept: Candidate[] = [];
  let tok = 0;
  blocks.forEach((block, b) => {
    const mentions = byBlock.get(b) ?? [];
    const near = new Set<number>();
    for (let k = b - NEAR_BEFORE; k <= b + NEAR_AFTER; k++) for (const m of byBlock.get(k) ?? []) near.add(m.entity);
    for (const span of splitSentences(text, block)) {
      const range = tokenRange(toks, tok, span);
      tok = range[0];
      const inSentence = new Set(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.entity));
      const cand = scoreSentence(ix, { text, toks, mask, inSentence, near }, span, range);
      if (cand && cand.score >= threshold) kept.push(cand);
    }
  });
  const perClaimCount = new Map<number, number>();
  const best = [...kept].sort((a, b) => b.score - a.score).filter((c) => {
    const n = perClaimCount.get(c.claim) ?? 0;
    perClaimCount.set(c.claim, n + 1);
    return n < perClaim;
  });
  return best
    .sort((a, b) => a.span.start - b.span.start)
    .map((c) => ({
      kind: 'claim' as const,
      id: ix.claims.claimIds[c.claim] ?? '',
      eventId: ix.claims.eventIds[c.claim] ?? '',
      start: c.span.start,
      end: c.span.end,
      score: round(c.score),
      why: {
        terms: c.terms,
        entityIds: [...new Set(c.entities)].map((e) => ix.entities.entityIds[e] ?? ''),
        figures: c.figures,
        score: round(c.score),
        threshold,
      },
    }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
