/**
 * Evidence beyond words for one sentence and one claim: figures and dates the
 * sentence shares with the claim, and the claim's entities named in the
 * sentence or its paragraph.
 */
import type { ClaimIndex } from './claim-index';
import { CLAIM_SCORING } from './claim-scoring';
import { dayNumber, findDates, type FoundDate } from './dates';
import { findNumbers, isDistinctiveFigure, sameFigure, type FoundNumber } from './figures';

/** Numbers and dates of one sentence, found once and checked against many claims. */
export interface SentenceFigures {
  numbers: FoundNumber[];
  dates: FoundDate[];
}

/** Every date and every number has a digit, but "a million" and its kind: most sentences have neither. */
const MAY_HOLD_FIGURES = /\d|mil|мил|мільй|мільяр/iu;

/** The numbers of `text[start, end)`. */
export function sentenceNumbers(text: string, start: number, end: number): FoundNumber[] {
  const slice = text.slice(start, end);
  return MAY_HOLD_FIGURES.test(slice) ? findNumbers(slice) : [];
}

/**
 * The figures of `text[start, end)`, whose `numbers` (see `sentenceNumbers`) were found already: its dates
 * are added (a text with no digit has none, and `findDates` sees that at once).
 */
export function sentenceFigures(text: string, start: number, end: number, numbers: FoundNumber[]): SentenceFigures {
  return { numbers, dates: findDates(text.slice(start, end)) };
}

/** Longest event (in days) whose date still identifies it. */
const MAX_DATED_EVENT_DAYS = 7;

function dateInRange(d: FoundDate, from: number, to: number): boolean {
  // A date only identifies a short event; months-long ones match any date in them.
  if (from === 0 || dayNumber(to) - dayNumber(from) > MAX_DATED_EVENT_DAYS) return false;
  const years = d.year !== undefined ? [d.year] : [Math.floor(from / 10000), Math.floor(to / 10000)];
  return years.some((y) => {
    const day = y * 10000 + d.month * 100 + d.day;
    return day >= from && day <= to;
  });
}

/**
 * True when claim `c` is a number (an estimate, a toll): its statement writes a figure that identifies it. A claim
 * whose figures come only from reports of it ("battalions of 400 men" for the regions forming battalions) is not:
 * a sentence may report it without them.
 */
export function isNumberClaim(ix: ClaimIndex, c: number): boolean {
  return ix.statedFigure[c] === 1;
}

/** The written figures and dates of a sentence that agree with claim `c` (dates also apart); `strong` when one is distinctive. */
export function matchingFigures(
  ix: ClaimIndex,
  c: number,
  f: SentenceFigures,
): { written: string[]; dates: string[]; strong: boolean } {
  const written: string[] = [];
  const dates: string[] = [];
  let strong = false;
  for (let k = ix.figStart[c] as number; k < (ix.figStart[c + 1] as number); k++) {
    const known = ix.figs[k] as number;
    for (const n of f.numbers) {
      if (!sameFigure(n.value, known)) continue;
      if (!written.includes(n.text)) written.push(n.text);
      if (isDistinctiveFigure(known)) strong = true;
    }
  }
  const from = ix.dates[c * 2] as number;
  const to = ix.dates[c * 2 + 1] as number;
  for (const d of f.dates) {
    if (!dateInRange(d, from, to)) continue;
    if (!written.includes(d.text)) written.push(d.text);
    if (!dates.includes(d.text)) dates.push(d.text);
    strong = true;
  }
  return { written, dates, strong };
}

/** What a sentence's surroundings say about the entities of one claim. */
export interface EntityEvidence {
  /** Claim entities named in the sentence. */
  sentence: number[];
  /** Claim entities named only nearby (its paragraph and neighbours). */
  block: number[];
  total: number;
  /**
   * False when the claim has actors (people, organisations, units) and none is
   * named nearby, or has only places and none is: the same words about other actors.
   * A claim told by many sources (CLAIM_SCORING.manyActors or more: "officials and
   * analysts said") needs none of them: whoever tells it reports it.
   */
  actorPresent: boolean;
}

/** Entity evidence for claim `c`. */
export function entityEvidence(
  ix: ClaimIndex,
  actor: Uint8Array,
  c: number,
  inSentence: ReadonlySet<number>,
  near: ReadonlySet<number>,
): EntityEvidence {
  const sentence: number[] = [];
  const block: number[] = [];
  const from = ix.entStart[c] as number;
  const to = ix.entStart[c + 1] as number;
  let actors = 0;
  let actorsNear = 0;
  for (let k = from; k < to; k++) {
    const e = ix.ents[k] as number;
    const isActor = actor[e] === 1;
    if (isActor) actors++;
    if (inSentence.has(e)) sentence.push(e);
    else if (near.has(e)) block.push(e);
    else continue;
    if (isActor) actorsNear++;
  }
  const anyNear = sentence.length + block.length > 0;
  const present = to === from || actors >= CLAIM_SCORING.manyActors || (actors > 0 ? actorsNear > 0 : anyNear);
  return { sentence, block, total: to - from, actorPresent: present };
}
