/**
 * Between sentences and recognised events: the best sentence evidence each event
 * has over a page, and the sentence a recognised event is given when none of its
 * own reached the bar.
 */
import type { EventVerdict } from './article';
import type { SentenceEvidence } from './article-evidence';
import { NOT_MEASURED, type Candidate } from './claim-candidate';
import { CLAIM_SCORING } from './claim-scoring';
import { firstClaimOf } from './event-lookup';
import type { MatchIndex } from './index-types';
import type { TextSpan } from './types';

/** The best claim score, and strong figures and dates, of each event over all sentences. */
export function sentenceEvidence(sentences: { cands: Candidate[] }[]): Map<number, SentenceEvidence> {
  const out = new Map<number, SentenceEvidence>();
  for (const { cands } of sentences) {
    for (const c of cands) {
      if (c.event < 0) continue;
      let e = out.get(c.event);
      if (!e) {
        e = { claim: 0, figures: new Set(), dates: new Set(), sourced: new Set() };
        out.set(c.event, e);
      }
      // Measured against the English fields; against a claim's statement in the page's language only a
      // sentence that clears the usual bar counts: weaker ones, a few common words of the statement, are
      // met as readily in related stories (on the tuning half, counting them too found 3 more pairs and
      // 2 false ones; with the bar, the same 3 and none).
      e.claim = Math.max(e.claim, c.alone.score, c.score >= CLAIM_SCORING.threshold ? c.score : 0);
      for (const f of c.strongFigures) e.figures.add(f);
      for (const d of c.dates) e.dates.add(d);
    }
  }
  return out;
}

/** Adds figures written beside their source (by claim number) to the evidence of the claims' events. */
export function addSourcedFigures(
  evidence: Map<number, SentenceEvidence>,
  sourced: Map<number, string[]>,
  claimEvent: Int32Array,
): Map<number, SentenceEvidence> {
  for (const [c, written] of sourced) {
    const event = claimEvent[c] ?? -1;
    if (event < 0) continue;
    let e = evidence.get(event);
    if (!e) {
      e = { claim: 0, figures: new Set(), dates: new Set(), sourced: new Set() };
      evidence.set(event, e);
    }
    for (const w of written) {
      e.figures.add(w);
      e.sourced.add(w);
    }
  }
  return evidence;
}

/**
 * A recognised event with no sentence kept gets its best one: the sentence with
 * the best claim score for it, or else the one holding most of its evidence
 * (names, distinctive words), credited to its best-scoring or first claim.
 * `kept` loses any sentence handed over to such an event.
 */
export function fallbackSentences(
  ix: MatchIndex,
  sentences: { span: TextSpan; cands: Candidate[] }[],
  verdicts: Map<number, EventVerdict>,
  kept: Candidate[],
): Candidate[] {
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
    const { at, weight } = verdict.places;
    const order = at.map((_, k) => k).sort((a, b) => (at[a] as number) - (at[b] as number));
    const atOf = (k: number): number => at[order[k] as number] as number;
    let next = 0;
    for (const { span, cands } of sentences) {
      let inSpan = 0;
      while (next < order.length && atOf(next) < span.start) next++;
      for (let k = next; k < order.length && atOf(k) < span.end; k++) inSpan += weight[order[k] as number] as number;
      const own = cands.find((c) => c.event === verdict.event) ?? null;
      const holder = keptAt.get(span.start);
      // A sentence already given to another event is taken over only from an event that keeps another one.
      if (holder && (!own || (covered.get(holder.event) ?? 0) < 2 || own.score < CLAIM_SCORING.recognisedThreshold))
        continue;
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
    const chosen = best ?? {
      span: bestSpan,
      claim,
      event: verdict.event,
      score: 0,
      coverage: 0,
      alone: NOT_MEASURED,
      terms: verdict.why.terms.slice(0, 4),
      places: 0,
      entities: [],
      figures: [],
      strongFigures: [],
      dates: [],
      list: { terms: [], tokA: [], tokB: [] },
      ids: [],
    };
    keptAt.set(bestSpan.start, chosen);
    covered.set(verdict.event, 1);
    out.push(chosen);
  }
  return out;
}
