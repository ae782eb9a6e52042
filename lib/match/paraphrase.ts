/**
 * Word associations learned from the claims themselves, for free-text
 * ranking. A claim's statement and its hint terms (a fact-check's headline,
 * say) restate one thing in two wordings, so a word that keeps turning up in
 * the hints of claims whose statement has another word is a likely
 * paraphrase of it: drunk and drunken, gun and firearm, killed and death. A
 * post's word then also looks up its associates, at the strength of the
 * association (a statistical translation model over the pack's own claims,
 * after Berger and Lafferty, "Information retrieval as statistical
 * translation", SIGIR 1999).
 */
import type { Claim } from '../dataset/types';
import { isBigram, NUMBER_PREFIX, textTerms } from './claim-terms';

/** A word pair must meet in at least this many claims to count (one claim is a coincidence). */
const MIN_PAIRS = 2;

/**
 * Least share of the claims with a word whose other wording has its
 * associate (CheckThat 2020 train MAP@5 0.8991 at 0.05 and at 0.1).
 */
const MIN_STRENGTH = 0.05;

/** Associates kept per word, strongest first (train MAP@5 0.8994 with 1, 0.8991 with 3 and with 6). */
const MAX_ASSOCIATES = 3;

/** A word's associates with their strength (0–1), strongest first. */
export type Associations = ReadonlyMap<string, readonly (readonly [string, number])[]>;

function words(text: string): Set<string> {
  return new Set(textTerms(text, undefined, false).terms.filter((t) => !t.startsWith(NUMBER_PREFIX) && !isBigram(t)));
}

/**
 * Word → its associates: words found in one wording of a claim (statement or
 * hints) and not the other, as P(associate in the other wording | word in the
 * claim). Claims without hints add nothing.
 */
export function learnAssociations(claims: readonly Claim[]): Associations {
  const df = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const count = (a: string, b: string): void => {
    let row = pairs.get(a);
    if (!row) pairs.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const claim of claims) {
    const stated = words(claim.statement);
    const hinted = words(claim.hints.terms.join(' '));
    for (const w of new Set([...stated, ...hinted])) df.set(w, (df.get(w) ?? 0) + 1);
    for (const a of stated) {
      if (hinted.has(a)) continue;
      for (const b of hinted) {
        if (stated.has(b)) continue;
        count(a, b);
        count(b, a);
      }
    }
  }
  const out = new Map<string, [string, number][]>();
  for (const [a, row] of pairs) {
    const n = df.get(a) ?? 1;
    const kept: [string, number][] = [];
    for (const [b, k] of row) if (k >= MIN_PAIRS && k / n >= MIN_STRENGTH) kept.push([b, k / n]);
    if (kept.length === 0) continue;
    // Strongest first; equal strengths in word order, so the table does not depend on the claims' order.
    kept.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    out.set(a, kept.slice(0, MAX_ASSOCIATES));
  }
  return out;
}
