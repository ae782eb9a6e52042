/**
 * Finds a flag's quote again in a page that may have changed since it was
 * flagged: first verbatim, then ignoring typography (white space, NBSP, curly
 * quotes, dashes, invisible characters), then with a few edits. Several
 * candidates are told apart by their prefix, suffix and position. The ideas
 * follow hypothesis/client's anchoring (src/annotator/anchoring/match-quote.ts).
 */
import type { PageText } from '../match/types';
import { bestCandidate, type Candidate, type Context } from './context';
import { findApprox } from './fuzzy';
import { normalise, normalisePage, normaliseWithMap, toRaw, type NormalText } from './normalise';
import type { Flag, FlagSelectors } from './types';

export { describeSelection, trimSpan } from './describe';

/** Where a quote was found; `fuzzy` when the text itself differs by a few edits. */
export interface Anchor {
  start: number;
  end: number;
  /** `exact`: the same characters, up to white space and quote/dash style; `fuzzy`: small edits. */
  exactness: 'exact' | 'fuzzy';
}

/** Shortest quote allowed any edit: below this one edit is already a different phrase. */
const MIN_FUZZY_LENGTH = 8;

/** Quotes shorter than this need their context to agree before a fuzzy match counts. */
const SHORT_QUOTE = 32;

/** Most exact occurrences collected; a quote this common is placed by context among these. */
const MAX_OCCURRENCES = 20_000;

/** The edit budget for a quote: about a tenth of its length. */
export function editBudget(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : Math.max(1, Math.round(length / 10));
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1))
    found.push(at);
  return found;
}

function contextOf(selectors: FlagSelectors, quoteLength: number): Context {
  return {
    quoteLength,
    prefix: normaliseWithMap(selectors.quote.prefix).text.trimStart(),
    suffix: normaliseWithMap(selectors.quote.suffix).text.trimEnd(),
    hint: selectors.position.start,
  };
}

function pick(text: string, candidates: Candidate[], context: Context): Candidate | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  return bestCandidate(text, candidates, context)?.candidate ?? null;
}

/** Normalised matches as page spans, without collapsed spaces at their edges (the highlight should not start on one). */
function toPage(normal: NormalText, start: number, end: number, errors: number): Candidate {
  while (start < end && normal.text.charCodeAt(start) === 32) start += 1;
  while (end > start && normal.text.charCodeAt(end - 1) === 32) end -= 1;
  return { ...toRaw(normal, start, end), errors };
}

/**
 * Where the flag's quote is in `page`, or null when nothing close enough is
 * left (the flag is then shown as orphaned). Offsets are into `page.text`.
 */
export function anchorFlag(page: PageText, selectors: FlagSelectors): Anchor | null {
  const exact = selectors.quote.exact;
  if (!exact.trim()) return null;
  const raw = occurrences(page.text, exact);
  if (raw.length === 1) {
    const start = raw[0] as number;
    return { start, end: start + exact.length, exactness: 'exact' };
  }
  const quote = normalise(exact);
  if (!quote) return null;
  const context = contextOf(selectors, quote.length);
  if (raw.length > 1) {
    const chosen = pick(
      page.text,
      raw.map((start) => ({ start, end: start + exact.length, errors: 0 })),
      context,
    );
    if (chosen) return { start: chosen.start, end: chosen.end, exactness: 'exact' };
  }
  // Only now is the whole page normalised: most flags are found verbatim.
  const normal = normalisePage(page.text);
  const folded = occurrences(normal.text, quote).map((start) => toPage(normal, start, start + quote.length, 0));
  const foldedChoice = pick(page.text, folded, context);
  if (foldedChoice) return { start: foldedChoice.start, end: foldedChoice.end, exactness: 'exact' };
  return fuzzyAnchor(page.text, normal, quote, context);
}

function fuzzyAnchor(text: string, normal: NormalText, quote: string, context: Context): Anchor | null {
  const budget = editBudget(quote.length);
  if (budget === 0) return null;
  const matches = findApprox(normal.text, quote, budget)
    .map((match) => toPage(normal, match.start, match.end, match.errors))
    .filter((match) => match.end > match.start);
  const best = bestCandidate(text, matches, context);
  if (!best) return null;
  if (quote.length < SHORT_QUOTE) {
    // A short phrase a couple of edits away could be any phrase: trust it only where its surroundings agree.
    const support = Math.max(best.prefix ?? 0, best.suffix ?? 0);
    if (support < 0.5) return null;
  }
  return { start: best.candidate.start, end: best.candidate.end, exactness: 'fuzzy' };
}

/** Anchors every flag of a page: id → where it is, or null for an orphan. */
export function anchorFlags(
  page: PageText,
  flags: readonly Pick<Flag, 'id' | 'selectors'>[],
): Map<string, Anchor | null> {
  return new Map(flags.map((flag) => [flag.id, anchorFlag(page, flag.selectors)]));
}
