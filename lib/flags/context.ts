/**
 * Scores a candidate place for a quote by what surrounds it: the stored prefix
 * and suffix against the page's text next to the candidate, and the stored
 * position against the candidate's. The quote itself matters most, its context
 * next, and the position only breaks ties (a page gains and loses paragraphs).
 */
import { levenshtein } from './edit-distance';
import { normaliseWithMap } from './normalise';

/** A candidate span in page offsets, with the edits its quote needed. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** The stored context, already normalised, and the position hint in page offsets. */
export interface Context {
  quoteLength: number;
  prefix: string;
  suffix: string;
  hint: number;
}

/** A scored candidate, with how well each side of its context agreed (null when none was stored). */
export interface Scored {
  candidate: Candidate;
  score: number;
  prefix: number | null;
  suffix: number | null;
}

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Candidates given the full (edit distance) context comparison; the rest are ranked cheaply first. */
const FULLY_SCORED = 64;

/** Raw characters read per context character: room for collapsed white space runs. */
const RAW_READ = 4;

/** 1 for identical strings, falling to 0 as edits approach the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** The page's normalised text just before and just after a candidate, as long as the stored context. */
function surroundings(text: string, candidate: Candidate, context: Context): { before: string; after: string } {
  const before = context.prefix
    ? normaliseWithMap(
        text.slice(Math.max(0, candidate.start - context.prefix.length * RAW_READ), candidate.start),
      ).text.slice(-context.prefix.length)
    : '';
  const after = context.suffix
    ? normaliseWithMap(text.slice(candidate.end, candidate.end + context.suffix.length * RAW_READ)).text.slice(
        0,
        context.suffix.length,
      )
    : '';
  return { before, after };
}

function positionScore(text: string, candidate: Candidate, context: Context): number {
  return 1 - Math.abs(candidate.start - context.hint) / Math.max(1, text.length);
}

function combine(
  text: string,
  candidate: Candidate,
  context: Context,
  prefix: number | null,
  suffix: number | null,
): number {
  let score =
    QUOTE_WEIGHT * (1 - candidate.errors / Math.max(1, context.quoteLength)) +
    POSITION_WEIGHT * positionScore(text, candidate, context);
  let total = QUOTE_WEIGHT + POSITION_WEIGHT;
  for (const side of [prefix, suffix]) {
    if (side === null) continue;
    score += CONTEXT_WEIGHT * side;
    total += CONTEXT_WEIGHT;
  }
  return score / total;
}

/** Scores one candidate fully (0–1). */
export function scoreCandidate(text: string, candidate: Candidate, context: Context): Scored {
  const { before, after } = surroundings(text, candidate, context);
  const prefix = context.prefix ? similarity(context.prefix, before) : null;
  const suffix = context.suffix ? similarity(context.suffix, after) : null;
  return { candidate, score: combine(text, candidate, context, prefix, suffix), prefix, suffix };
}

/** Share of `stored` that agrees with `seen` character by character from the end next to the quote. */
function agreeingRun(stored: string, seen: string, fromEnd: boolean): number {
  let run = 0;
  const length = Math.min(stored.length, seen.length);
  while (run < length) {
    const a = fromEnd ? stored.charCodeAt(stored.length - 1 - run) : stored.charCodeAt(run);
    const b = fromEnd ? seen.charCodeAt(seen.length - 1 - run) : seen.charCodeAt(run);
    if (a !== b) break;
    run += 1;
  }
  return stored.length ? run / stored.length : 0;
}

/** A cheap score (no edit distance) to shortlist candidates when there are many. */
function quickScore(text: string, candidate: Candidate, context: Context): number {
  const { before, after } = surroundings(text, candidate, context);
  const prefix = context.prefix ? agreeingRun(context.prefix, before, true) : null;
  const suffix = context.suffix ? agreeingRun(context.suffix, after, false) : null;
  return combine(text, candidate, context, prefix, suffix);
}

/** The best candidate for the quote in `text`, or null when there is none. */
export function bestCandidate(text: string, candidates: readonly Candidate[], context: Context): Scored | null {
  let pool = candidates;
  if (pool.length > FULLY_SCORED) {
    // Thousands of copies of a short quote: shortlist by agreeing characters, then compare properly.
    pool = candidates
      .map((candidate) => ({ candidate, quick: quickScore(text, candidate, context) }))
      .sort((a, b) => b.quick - a.quick)
      .slice(0, FULLY_SCORED)
      .map((entry) => entry.candidate);
  }
  let best: Scored | null = null;
  for (const candidate of pool) {
    const scored = scoreCandidate(text, candidate, context);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}
