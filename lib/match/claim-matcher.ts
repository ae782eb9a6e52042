/**
 * Recognises sentences that report known claims. Each sentence (never crossing
 * a block) is scored against every claim sharing a term with it; the score is
 * the share of the claim's BM25 weight the sentence covers, plus entity and
 * figure evidence. With article-level evidence (article.ts), a sentence of a
 * recognised event needs a lower score, one of an event the article does not
 * support a higher one, and each recognised event gets at least its best
 * sentence. Only the best claim per sentence (one of a recognised event, or
 * a reader's flag, before any other) and the best few sentences per claim are
 * kept.
 */
import { recogniseEvents, type EventVerdict } from './article';
import type { PageFacts } from './article-evidence';
import type { Candidate } from './claim-candidate';
import { CLAIM_SCORING } from './claim-scoring';
import { scoreSentence } from './claim-sentence';
import { entityMask } from './claim-terms';
import type { FoundEntity } from './entity-finder';
import { sourcedFigures } from './event-figures';
import { claimEvents, eventIndexOf } from './event-lookup';
import { addSourcedFigures, fallbackSentences, sentenceEvidence } from './event-sentences';
import type { MatchIndex, MatchOptions } from './index-types';
import { pageFunctionWords } from './lang/hint-words';
import { splitSentences } from './sentences';
import type { Tokens } from './tokenize';
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
          { text, toks, mask, stop, inSentence, near, claimEvent, otherLanguage, lang: page.lang },
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
  const headline = page.headline;
  const inHeadline = (span: TextSpan): boolean =>
    headline !== undefined && span.start < headline.end && span.end > headline.start;
  const passes = (c: Candidate): boolean => {
    // A reader's flag (no event) or a page matched sentence by sentence: the usual bar.
    if (!article || c.event < 0) return c.score >= threshold;
    const verdict = verdicts.get(c.event);
    if (verdict?.recognised) return c.score >= Math.min(threshold, CLAIM_SCORING.recognisedThreshold);
    if (verdict?.contradicted) return false;
    // Not recognised: measured against the English statement and the hints alone.
    const { score, coverage, terms, places } = c.alone;
    const supported =
      verdict !== undefined &&
      !verdict.overshadowed &&
      verdict.score >= CLAIM_SCORING.supportedScore &&
      verdict.why.kinds >= 2;
    const bar =
      supported || sentences.length < CLAIM_SCORING.minArticleSentences
        ? threshold
        : Math.max(threshold, CLAIM_SCORING.unsupportedThreshold);
    // A sentence alone, its event not recognised: one short phrase of the claim (a name, "partial
    // mobilisation") is a mention, not a report; its words must stand in two places, or say more.
    // Unless it is the headline of an article whose other evidence supports the event: that is its topic.
    const mention =
      places < CLAIM_SCORING.minPlacesAlone &&
      terms <= CLAIM_SCORING.mentionWords &&
      !(supported && inHeadline(c.span));
    return coverage >= CLAIM_SCORING.minCoverage && score >= bar && !mention;
  };
  // A sentence that reports a claim of an event the article is recognised as reporting is read as that
  // report, before any reading as a claim of an event it is not recognised as reporting. A reader's flag
  // (no event) keeps its place among the first: the best score decides between it and such a claim.
  const first = (c: Candidate): boolean => article && (c.event < 0 || verdicts.get(c.event)?.recognised === true);
  const before = (c: Candidate, held: Candidate): boolean =>
    first(c) === first(held) ? c.score > held.score : first(c);
  const kept: Candidate[] = [];
  for (const { cands } of sentences) {
    let chosen: Candidate | null = null;
    for (const c of cands) if (passes(c) && (chosen === null || before(c, chosen))) chosen = c;
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
