/**
 * Recognises sentences that report known claims. Each sentence (never crossing
 * a block) is scored against every claim sharing a term with it; the score is
 * the share of the claim's BM25 weight the sentence covers, plus entity and
 * figure evidence. With article-level evidence (article.ts), a sentence of a
 * recognised event needs a lower score, one of an event the article does not
 * support a higher one, and each recognised event gets at least its best
 * sentence. Only the best claim per sentence and the best few sentences per
 * claim are kept.
 */
import { recogniseEvents, type EventVerdict } from './article';
import type { PageFacts } from './article-evidence';
import { accumulate, claimHasTerm, resetScorer } from './bm25';
import type { Candidate } from './claim-candidate';
import {
  claimHasDistinctiveFigure,
  entityEvidence,
  matchingFigures,
  sentenceFigures,
  type SentenceFigures,
} from './claim-evidence';
import { termId } from './claim-index';
import { CLAIM_SCORING } from './claim-scoring';
import { entityMask, isBigram, numberTerms, tokenTerms, type TermList } from './claim-terms';
import type { FoundEntity } from './entity-finder';
import { sourcedFigures } from './event-figures';
import { claimEvents, eventIndexOf } from './event-lookup';
import { addSourcedFigures, fallbackSentences, sentenceEvidence } from './event-sentences';
import type { MatchIndex, MatchOptions } from './index-types';
import { pageFunctionWords } from './lang/hint-words';
import { splitSentences } from './sentences';
import { TokenFlag, type Tokens } from './tokenize';
import type { ClaimHit, TextSpan } from './types';

export { CLAIM_SCORING } from './claim-scoring';

/** Blocks before and after a sentence's own whose entities count as nearby. */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 1;

function tokenRange(toks: Tokens, from: number, span: TextSpan): [number, number] {
  let a = from;
  while (a < toks.count && (toks.start[a] as number) < span.start) a++;
  let b = a;
  while (b < toks.count && (toks.start[b] as number) < span.end) b++;
  return [a, b];
}

function surfaceTerms(
  ix: MatchIndex,
  c: number,
  text: string,
  toks: Tokens,
  list: TermList,
  ids: number[],
): { terms: string[]; places: number } {
  const seen = new Set<string>();
  const at: number[] = [];
  list.terms.forEach((term, k) => {
    const t = ids[k] as number;
    if (t < 0 || isBigram(term) || (list.tokA[k] as number) < 0 || !claimHasTerm(ix.claims, c, t)) return;
    const tok = list.tokA[k] as number;
    seen.add(text.slice(toks.start[tok], toks.end[tok]));
    at.push(tok);
  });
  return { terms: [...seen], places: phrasePlaces(at) };
}

/**
 * How many separate places of a sentence its claim words stand at: words next to each other, or one
 * word apart ("сдача в плен", "Financial Times"), are one phrase, one piece of evidence, not two.
 */
export function phrasePlaces(tokens: readonly number[]): number {
  const sorted = [...new Set(tokens)].sort((a, b) => a - b);
  let places = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || (sorted[i] as number) - (sorted[i - 1] as number) > CLAIM_SCORING.phraseGap) places++;
  return places;
}

interface SentenceContext {
  text: string;
  toks: Tokens;
  mask: Uint8Array;
  /** Function words of the page's language (see pageFunctionWords), or null. */
  stop: Uint8Array | null;
  inSentence: Set<number>;
  near: Set<number>;
  /** Event number of each claim (looked up once per page, not per claim and sentence). */
  claimEvent: Int32Array;
  /** The page is in another language than English (declared or detected). */
  otherLanguage: boolean;
}

function scoreSentence(
  ix: MatchIndex,
  ctx: SentenceContext,
  span: TextSpan,
  range: [number, number],
  minCoverage: number,
): Candidate[] {
  const { text, toks, inSentence, near } = ctx;
  const list: TermList = { terms: [], tokA: [], tokB: [] };
  tokenTerms(toks, range[0], range[1], list, true, ctx.mask, ctx.stop ?? undefined);
  numberTerms(text, span.start, span.end, list);
  const ids = list.terms.map((t) => termId(ix.claims, t));
  const unique = [...new Set(ids)].filter((t) => t >= 0);
  const s = ix.scorer;
  resetScorer(s);
  const maxPostings = Math.max(
    CLAIM_SCORING.minSkippedPostings,
    ix.claims.claimIds.length * CLAIM_SCORING.maxTermShare,
  );
  accumulate(
    ix.claims,
    s,
    unique,
    unique.map((t) => ix.claims.termWeight[t] as number),
    maxPostings,
  );
  // Figures are read only for a sentence that shares enough words with some claim.
  let figures: SentenceFigures | null = null;
  let cyrillic = 0;
  for (let t = range[0]; t < range[1]; t++) if ((toks.flags[t] as number) & TokenFlag.Cyrillic) cyrillic++;
  const script = cyrillic * 2 > range[1] - range[0] ? 1 : 0;
  const best = new Map<number, Candidate>();
  for (let k = 0; k < s.touchedCount; k++) {
    const c = s.touched[k] as number;
    if ((s.hits[c] as number) < CLAIM_SCORING.minTerms) continue;
    const self = ix.claims.selfScore[c * 2 + script] as number;
    const cap = CLAIM_SCORING.coverageCap * (ctx.otherLanguage && script === 0 ? CLAIM_SCORING.otherLanguageShare : 1);
    const lex = Math.min(1, (s.scores[c] as number) / Math.max(1e-9, self * cap));
    const event = ctx.claimEvent[c] ?? -1;
    // The lower floor serves only claims of known events (the article may recognise them); others keep the usual one.
    if (lex < (event >= 0 ? minCoverage : CLAIM_SCORING.minCoverage)) continue;
    const ent = entityEvidence(ix.claims, ix.entities.entityActor, c, inSentence, near);
    const entScore =
      ent.total === 0
        ? 0
        : (CLAIM_SCORING.entitySentence * ent.sentence.length + CLAIM_SCORING.entityNear * ent.block.length) /
          ent.total;
    figures ??= sentenceFigures(text, span.start, span.end);
    const figs = matchingFigures(ix.claims, c, figures);
    const figScore = figs.strong ? CLAIM_SCORING.figure : figs.written.length > 0 ? CLAIM_SCORING.weakFigure : 0;
    // A claim that is a number (an estimate, a toll) is not reported by a sentence without it.
    const figureFactor =
      figs.strong || !claimHasDistinctiveFigure(ix.claims, c) ? 1 : CLAIM_SCORING.missingFigureFactor;
    const factor = (ent.actorPresent || figs.strong ? 1 : CLAIM_SCORING.noActorFactor) * figureFactor;
    const score = factor * (lex + entScore * Math.min(1, lex / CLAIM_SCORING.fullEntityCoverage) + figScore);
    const held = best.get(event);
    if (held === undefined || score > held.score) {
      best.set(event, {
        span,
        claim: c,
        event,
        score,
        coverage: lex,
        terms: [],
        places: 0,
        entities: [...ent.sentence, ...ent.block],
        figures: figs.written,
        strongFigures: figs.strong ? figs.written.filter((w) => !figs.dates.includes(w)) : [],
        dates: figs.dates,
        list,
        ids,
      });
    }
  }
  const out: Candidate[] = [];
  for (const cand of best.values()) {
    // Explaining words cost a pass over the sentence's terms: only a candidate that can be kept needs them.
    if (cand.score < CLAIM_SCORING.recognisedThreshold) {
      out.push(cand);
      continue;
    }
    const surface = surfaceTerms(ix, cand.claim, text, toks, cand.list, cand.ids);
    cand.terms = surface.terms;
    cand.places = surface.places;
    if (cand.terms.length >= CLAIM_SCORING.minTerms) out.push(cand);
  }
  return out;
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

/** What a page match needs: the page facts, and its blocks (sentences never cross one). */
export interface ClaimPage extends PageFacts {
  blocks: TextSpan[];
}

/** Claim hits of a page whose tokens and entity mentions are already known. */
export function matchClaims(ix: MatchIndex, page: ClaimPage, opts: MatchOptions = {}): ClaimHit[] {
  if (ix.claims.claimIds.length === 0) return [];
  const { text, blocks, toks, found } = page;
  const threshold = opts.threshold ?? CLAIM_SCORING.threshold;
  const perClaim = opts.maxSentencesPerClaim ?? CLAIM_SCORING.maxSentencesPerClaim;
  const article = opts.article !== false && ix.events.length > 0;
  const minCoverage = article ? CLAIM_SCORING.recognisedMinCoverage : CLAIM_SCORING.minCoverage;
  const byBlock = entitySets(found);
  const mask = entityMask(toks.count, found);
  const stop = pageFunctionWords(toks, page.lang);
  const claimEvent = claimEvents(ix);
  const otherLanguage = !!page.lang && page.lang !== 'en';
  const sentences: { span: TextSpan; cands: Candidate[] }[] = [];
  let tok = 0;
  blocks.forEach((block, b) => {
    const mentions = byBlock.get(b) ?? [];
    const near = new Set<number>();
    for (let k = b - NEAR_BEFORE; k <= b + NEAR_AFTER; k++) for (const m of byBlock.get(k) ?? []) near.add(m.entity);
    for (const span of splitSentences(text, block)) {
      const range = tokenRange(toks, tok, span);
      tok = range[0];
      const inSentence = new Set(
        mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.entity),
      );
      sentences.push({
        span,
        cands: scoreSentence(
          ix,
          { text, toks, mask, stop, inSentence, near, claimEvent, otherLanguage },
          span,
          range,
          minCoverage,
        ),
      });
    }
  });
  const evidence = article
    ? addSourcedFigures(sentenceEvidence(sentences), sourcedFigures(ix, text, blocks, found), claimEvent)
    : null;
  const verdicts = evidence
    ? recogniseEvents(eventIndexOf(ix), ix.entities.entityIds, { ...page, sentences: evidence })
    : new Map<number, EventVerdict>();
  opts.onVerdicts?.(
    [...verdicts.values()].map((v) => ({
      eventId: eventIndexOf(ix).eventIds[v.event] ?? '',
      recognised: v.recognised,
      contradicted: v.contradicted,
      why: v.why,
    })),
  );
  const passes = (c: Candidate): boolean => {
    // A reader's flag (no event) or a page matched sentence by sentence: the usual bar.
    if (!article || c.event < 0) return c.score >= threshold;
    const verdict = verdicts.get(c.event);
    if (verdict?.recognised) return c.score >= Math.min(threshold, CLAIM_SCORING.recognisedThreshold);
    if (verdict?.contradicted) return false;
    const supported = verdict !== undefined && verdict.score >= CLAIM_SCORING.supportedScore && verdict.why.kinds >= 2;
    const bar =
      supported || sentences.length < CLAIM_SCORING.minArticleSentences
        ? threshold
        : Math.max(threshold, CLAIM_SCORING.unsupportedThreshold);
    // A sentence alone, its event not recognised: one short phrase of the claim (a name, "partial
    // mobilisation") is a mention, not a report; its words must stand in two places, or say more.
    const mention = c.places < CLAIM_SCORING.minPlacesAlone && c.terms.length <= CLAIM_SCORING.mentionWords;
    return c.coverage >= CLAIM_SCORING.minCoverage && c.score >= bar && !mention;
  };
  const kept: Candidate[] = [];
  for (const { cands } of sentences) {
    let chosen: Candidate | null = null;
    for (const c of cands) if (passes(c) && (chosen === null || c.score > chosen.score)) chosen = c;
    if (chosen) kept.push(chosen);
  }
  const perClaimCount = new Map<number, number>();
  const best = [...kept]
    .sort((a, b) => b.score - a.score)
    .filter((c) => {
      const n = perClaimCount.get(c.claim) ?? 0;
      perClaimCount.set(c.claim, n + 1);
      return n < perClaim;
    });
  if (article) best.push(...fallbackSentences(ix, sentences, verdicts, best));
  return best
    .sort((a, b) => a.span.start - b.span.start)
    .map((c) => {
      const verdict = verdicts.get(c.event);
      return {
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
          threshold: verdict?.recognised ? Math.min(threshold, CLAIM_SCORING.recognisedThreshold) : threshold,
          ...(verdict?.recognised ? { article: verdict.why } : {}),
        },
      };
    });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
