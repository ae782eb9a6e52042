/**
 * Turns text into claim-matching terms: stems of content words, bigrams of
 * neighbouring content words (stop words skipped, so "refused to fight" gives
 * "refus fight"), and numbers in canonical form ("#45000" for 45,000 or 45k).
 */
import { findEntities, type FoundEntity } from './entity-finder';
import type { EntityIndex } from './entity-index';
import { findNumbers, type FoundNumber } from './figures';
import { claimTerm } from './keys';
import type { Lang } from './lang/detect';
import { hintFunctionWords, pageFunctionWords } from './lang/hint-words';
import { NUMBER_WORDS } from './number-words';
import { createTokens, TokenFlag, tokenize, type Tokens } from './tokenize';

/** Terms with the token(s) each came from (-1 for numbers), for explanations. */
export interface TermList {
  terms: string[];
  tokA: number[];
  tokB: number[];
}

/** Prefix of number terms; cannot occur in a word term. */
export const NUMBER_PREFIX = '#';

/** Prefix of entity terms (an entity named in a claim or a text). */
export const ENTITY_PREFIX = '@';

/** True for a bigram term. */
export function isBigram(term: string): boolean {
  return term.includes(' ');
}

/** The term that stands for entity number `e`. */
export function entityTerm(e: number): string {
  return ENTITY_PREFIX + String(e);
}

function push(out: TermList, term: string, a: number, b: number): void {
  out.terms.push(term);
  out.tokA.push(a);
  out.tokB.push(b);
}

/**
 * Adds the terms of tokens [from, to) of `toks` to `out`. Tokens flagged in
 * `mask` (entity names, which count as entities instead) are skipped and break
 * bigrams; tokens flagged in `stop` are skipped like function words.
 */
export function tokenTerms(
  toks: Tokens,
  from: number,
  to: number,
  out: TermList,
  bigrams = true,
  mask?: Uint8Array,
  stop?: Uint8Array,
): TermList {
  let prev: string | null = null;
  let prevTok = -1;
  for (let t = from; t < to; t++) {
    if (mask && mask[t]) {
      prev = null;
      continue;
    }
    const flags = toks.flags[t] ?? 0;
    if (flags & TokenFlag.HyphenNext && t + 1 < to && !(mask && mask[t + 1])) {
      // counter-offensive also counts as counteroffensive
      const joined = claimTerm((toks.norm[t] ?? '') + (toks.norm[t + 1] ?? ''), 0);
      if (joined !== null) push(out, joined, t, t + 1);
    }
    const numWord = numberWordTerm(toks.norm[t] ?? '');
    if (numWord !== null) push(out, numWord, t, t);
    if (stop && stop[t]) continue;
    const term = claimTerm(toks.norm[t] ?? '', flags);
    if (term === null) continue;
    push(out, term, t, t);
    if (bigrams && prev !== null && prev !== term) push(out, prev + ' ' + term, prevTok, t);
    prev = term;
    prevTok = t;
  }
  return out;
}

/** Adds number terms found in `text[from, to)` to `out`. */
export function numberTerms(text: string, from: number, to: number, out: TermList): TermList {
  return numberTermsOf(findNumbers(text.slice(from, to)), out);
}

/** Adds the number terms of `numbers`, found already, to `out`. */
export function numberTermsOf(numbers: readonly FoundNumber[], out: TermList): TermList {
  for (const n of numbers) push(out, NUMBER_PREFIX + String(n.value), -1, -1);
  return out;
}

/** The number term of a number written as a word ("ten" → "#10"), or null. */
export function numberWordTerm(norm: string): string | null {
  const v = NUMBER_WORDS.get(norm);
  return v === undefined ? null : NUMBER_PREFIX + String(v);
}

/** Marks the tokens inside entity mentions. */
export function entityMask(count: number, found: FoundEntity[]): Uint8Array {
  const mask = new Uint8Array(count);
  for (const f of found) mask.fill(1, f.tokStart, f.tokEnd + 1);
  return mask;
}

/**
 * All terms of a short text (a claim statement, a hint, a query). With an
 * entity index, names of known entities become entity terms instead of words.
 * A hint (a phrase in any language) also loses the function words of the
 * other analysed languages (see hintFunctionWords); a text in a known language
 * (a claim's statement in it), that language's.
 */
export function textTerms(
  text: string,
  entities?: EntityIndex,
  bigrams = true,
  hint = false,
  lang?: Lang,
): TermList & { entities: number[] } {
  const toks = tokenize(text, createTokens(64));
  const found = entities ? findEntities(entities, text, toks, new Int32Array(toks.count)) : [];
  const out: TermList = { terms: [], tokA: [], tokB: [] };
  // A text in a known language drops that language's function words, as a page in it does.
  const stop = lang ? (pageFunctionWords(toks, lang) ?? undefined) : hint ? hintFunctionWords(text, toks) : undefined;
  tokenTerms(toks, 0, toks.count, out, bigrams, entityMask(toks.count, found), stop);
  numberTerms(text, 0, text.length, out);
  const ents = [...new Set(found.map((f) => f.entity))];
  for (const e of ents) push(out, entityTerm(e), -1, -1);
  return { ...out, entities: ents };
}
