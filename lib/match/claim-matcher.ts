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
import { accumulate, claimHasTerm, resetScorer } from './bm25';
import { claimHasDistinctiveFigure, entityEvidence, matchingFigures, sentenceFigures, type SentenceFigures } from './claim-evidence';
import { entityMask, isBigram, numberTerms, type TermList, tokenTerms } from './claim-terms';
import { termId } from './claim-index';
import type { FoundEntity } from './entity-finder';
import type { MatchIndex, MatchOptions } from './index-types';
import { splitSentences } from './sentences';
import { TokenFlag, type Tokens } from './tokenize';
import type { ClaimHit, TextSpan } from './types';
import { recogniseEvents, type EventVerdict, type SentenceEvidence } from './article';
import { claimEvents, eventIndexOf, firstClaimOf } from './event-lookup';
import type { Lang } from './lang/detect';

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
  /** Factor when a claim has a distinctive figure and the sentence does not give it. */
  missingFigureFactor: 0.6,
  /** A page of fewer sentences is no article to judge from: its sentences get the usual bar. */
  minArticleSentences: 4,
  /** Inside an event the article is recognised as reporting: the bar, and the word coverage that is enough. */
  recognisedThreshold: 0.3,
  recognisedMinCoverage: 0.15,
  /** Article score from which an event counts as supported (not recognised): its sentences get the usual bar. */
  supportedScore: 2.0,
  /** Evidence (names and words, weighted) a recognised event's best sentence needs when no claim comes near it. */
  fallbackEvidence: 1,
  /** For an event the article does not support, the bar a sentence alone must reach. */
  unsupportedThreshold: 0.75,
};

/** Blocks before and after a sentence's own whose entities count as nearby. */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 1;

interface Candidate {
  span: TextSpan;
  claim: number;
  /** Event number (see event-index.ts), -1 for a claim of no known event (a reader's flag). */
  event: number;
  score: number;
  coverage: number;
  terms: string[];
  entities: number[];
  figures: string[];
  /** Distinctive figures (not dates) and dates that agree with the claim. */
  strongFigures: string[];
  dates: string[];
  /** Token range of the sentence, for explanations. */
  list: TermList;
  ids: number[];
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
  /** Event number of each claim (looked up once per page, not per claim and sentence). */
  claimEvent: Int32Array;
}

function scoreSentence(ix: MatchIndex, ctx: SentenceContext, span: TextSpan, range: [number, number], minCoverage: number): Candidate[] {
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
  const best = new Map<number, Candidate>();
  for (let k = 0; k < s.touchedCount; k++) {
    const c = s.touched[k] as number;
    if ((s.hits[c] as number) < CLAIM_SCORING.minTerms) continue;
    const self = ix.claims.selfScore[c * 2 + script] as number;
    const lex = Math.min(1, (s.scores[c] as number) / Math.max(1e-9, self * CLAIM_SCORING.coverageCap));
    const event = ctx.claimEvent[c] ?? -1;
    // The lower floor serves only claims of known events (the article may recognise them); others keep the usual one.
    if (lex < (event >= 0 ? minCoverage : CLAIM_SCORING.minCoverage)) continue;
    const ent = entityEvidence(ix.claims, ix.entities.entityActor, c, inSentence, near);
    const entScore = ent.total === 0 ? 0 : (CLAIM_SCORING.entitySentence * ent.sentence.length + CLAIM_SCORING.entityNear * ent.block.length) / ent.total;
    figures ??= sentenceFigures(text, span.start, span.end);
    const figs = matchingFigures(ix.claims, c, figures);
    const figScore = figs.strong ? CLAIM_SCORING.figure : figs.written.length > 0 ? CLAIM_SCORING.weakFigure : 0;
    // A claim that is a number (an estimate, a toll) is not reported by a sentence without it.
    const figureFactor = figs.strong || !claimHasDistinctiveFigure(ix.claims, c) ? 1 : CLAIM_SCORING.missingFigureFactor;
    const factor = (ent.actorPresent || figs.strong ? 1 : CLAIM_SCORING.noActorFactor) * figureFactor;
    const score = factor * (lex + entScore * Math.min(1, lex / CLAIM_SCORING.fullEntityCoverage) + figScore);
    const held = best.get(event);
    if (held === undefined || score > held.score) {
      best.set(event, { span, claim: c, event, score, coverage: lex, terms: [], entities: [...ent.sentence, ...ent.block], figures: figs.written, strongFigures: figs.strong ? figs.written.filter((w) => !figs.dates.includes(w)) : [], dates: figs.dates, list, ids });
    }
  }
  const out: Candidate[] = [];
  for (const cand of best.values()) {
    // Explaining words cost a pass over the sentence's terms: only a candidate that can be kept needs them.
    if (cand.score < CLAIM_SCORING.recognisedThreshold) {
      out.push(cand);
      continue;
    }
    cand.terms = surfaceTerms(ix, cand.claim, text, toks, cand.list, cand.ids);
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

/** What a page match needs beyond its text: tokens, their blocks, entity mentions and page facts. */
export interface ClaimPage {
  text: string;
  blocks: TextSpan[];
  toks: Tokens;
  tokBlock: Int32Array;
  found: FoundEntity[];
  lang: Lang;
  headline?: TextSpan;
  published?: string;
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
  const claimEvent = claimEvents(ix);
  const sentences: { span: TextSpan; cands: Candidate[] }[] = [];
  let tok = 0;
  blocks.forEach((block, b) => {
    const mentions = byBlock.get(b) ?? [];
    const near = new Set<number>();
    for (let k = b - NEAR_BEFORE; k <= b + NEAR_AFTER; k++) for (const m of byBlock.get(k) ?? []) near.add(m.entity);
    for (const span of splitSentences(text, block)) {
      const range = tokenRange(toks, tok, span);
      tok = range[0];
      const inSentence = new Set(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.entity));
      sentences.push({ span, cands: scoreSentence(ix, { text, toks, mask, inSentence, near, claimEvent }, span, range, minCoverage) });
    }
  });
  const verdicts = article ? recogniseEvents(eventIndexOf(ix), ix.entities.entityIds, { ...page, sentences: sentenceEvidence(sentences) }) : new Map<number, EventVerdict>();
  opts.onVerdicts?.([...verdicts.values()].map((v) => ({ eventId: eventIndexOf(ix).eventIds[v.event] ?? '', recognised: v.recognised, contradicted: v.contradicted, why: v.why })));
  const passes = (c: Candidate): boolean => {
    // A reader's flag (no event) or a page matched sentence by sentence: the usual bar.
    if (!article || c.event < 0) return c.score >= threshold;
    const verdict = verdicts.get(c.event);
    if (verdict?.recognised) return c.score >= Math.min(threshold, CLAIM_SCORING.recognisedThreshold);
    if (verdict?.contradicted) return false;
    const supported = verdict !== undefined && verdict.score >= CLAIM_SCORING.supportedScore && verdict.why.kinds >= 2;
    const bar = supported || sentences.length < CLAIM_SCORING.minArticleSentences ? threshold : Math.max(threshold, CLAIM_SCORING.unsupportedThreshold);
    return c.coverage >= CLAIM_SCORING.minCoverage && c.score >= bar;
  };
  const kept: Candidate[] = [];
  for (const { cands } of sentences) {
    let chosen: Candidate | null = null;
    for (const c of cands) if (passes(c) && (chosen === null || c.score > chosen.score)) chosen = c;
    if (chosen) kept.push(chosen);
  }
  const perClaimCount = new Map<number, number>();
  const best = [...kept].sort((a, b) => b.score - a.score).filter((c) => {
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

/** The best claim score, and strong figures and dates, of each event over all sentences. */
function sentenceEvidence(sentences: { cands: Candidate[] }[]): Map<number, SentenceEvidence> {
  const out = new Map<number, SentenceEvidence>();
  for (const { cands } of sentences) {
    for (const c of cands) {
      if (c.event < 0) continue;
      let e = out.get(c.event);
      if (!e) {
        e = { claim: 0, figures: new Set(), dates: new Set() };
        out.set(c.event, e);
      }
      e.claim = Math.max(e.claim, c.score);
      for (const f of c.strongFigures) e.figures.add(f);
      for (const d of c.dates) e.dates.add(d);
    }
  }
  return out;
}

/**
 * A recognised event with no sentence kept gets its best one: the sentence with
 * the best claim score for it, or else the one holding most of its evidence
 * (names, distinctive words), credited to its best-scoring or first claim.
 * `kept` loses any sentence handed over to such an event.
 */
function fallbackSentences(ix: MatchIndex, sentences: { span: TextSpan; cands: Candidate[] }[], verdicts: Map<number, EventVerdict>, kept: Candidate[]): Candidate[] {
  const covered = new Map<number, number>();
  for (const c of kept) covered.set(c.event, (covered.get(c.event) ?? 0) + 1);
  const keptAt = new Map(kept.map((c) => [c.span.start, c]));
  const out: Candidate[] = [];
  for (const verdict of verdicts.values()) {
    if (!verdict.recognised || covered.has(verdict.event)) continue;
    let best: Candidate | null = null;
    let bestEvidence = 0;
    let bestSpan: TextSpan | null = null;
    // One sweep over the evidence in text order, beside the sentences (also in text order).
    const places = [...verdict.places].sort((a, b) => a.at - b.at);
    let next = 0;
    for (const { span, cands } of sentences) {
      let inSpan = 0;
      while (next < places.length && (places[next]?.at ?? 0) < span.start) next++;
      for (let k = next; k < places.length && (places[k]?.at ?? 0) < span.end; k++) inSpan += places[k]?.weight ?? 0;
      const own = cands.find((c) => c.event === verdict.event) ?? null;
      const holder = keptAt.get(span.start);
      // A sentence already given to another event is taken over only from an event that keeps another one.
      if (holder && (!own || (covered.get(holder.event) ?? 0) < 2 || own.score < CLAIM_SCORING.recognisedThreshold)) continue;
      const evidence = inSpan + (own?.score ?? 0);
      if (evidence > bestEvidence) {
        bestEvidence = evidence;
        best = own;
        bestSpan = span;
      }
    }
    // Without a sentence near one of its claims, the sentence must hold enough of the event's own evidence.
    if (!bestSpan || (!best && bestEvidence < CLAIM_SCORING.fallbackEvidence)) continue;
    const claim = best?.claim ?? firstClaimOf(ix, verdict.event);
    if (claim < 0) continue;
    const holder = keptAt.get(bestSpan.start);
    if (holder) {
      kept.splice(kept.indexOf(holder), 1);
      covered.set(holder.event, (covered.get(holder.event) ?? 1) - 1);
    }
    const chosen = best ?? { span: bestSpan, claim, event: verdict.event, score: 0, coverage: 0, terms: verdict.why.terms.slice(0, 4), entities: [], figures: [], strongFigures: [], dates: [], list: { terms: [], tokA: [], tokB: [] }, ids: [] };
    keptAt.set(bestSpan.start, chosen);
    covered.set(verdict.event, 1);
    out.push(chosen);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
