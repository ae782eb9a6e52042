/**
 * Claim words in the language of the page. A claim's hints list its words in
 * many languages, and its statements (`Claim.statements`) say it again in each,
 * all keyed like English (see keys.ts): a Polish or Hungarian word meets only
 * the form it is written in (kontrofensywa, not kontrofensywie). On a page in
 * another analysed language, each word is also read with that language's
 * stemmer and meets every hint word, and every word of the claim's statement in
 * that language, of the same stem, as the event terms do (event-terms.ts).
 */
import type { Claim } from '../dataset/types';
import { termId } from './claim-index';
import { termStems } from './event-terms';
import type { MatchIndex } from './index-types';
import { claimTerm } from './keys';
import type { Lang } from './lang/detect';
import { readAs } from './lang/languages';
import { createTokens, tokenize } from './tokenize';

/** Stem in a language → the claim terms of the hint and statement words with that stem. */
type StemMap = Map<string, number[]>;

const made = new WeakMap<MatchIndex['claims'], Map<Lang, StemMap>>();

/** A claim's hints, and its statement in `lang` (or the language `lang` is read as) when it has one. */
function statedIn(claim: Claim, lang: Lang): string[] {
  const statement = claim.statements?.[lang] ?? claim.statements?.[readAs(lang)];
  return statement ? [...claim.hints.terms, statement] : claim.hints.terms;
}

/** The hint and statement words of every claim, keyed by their stem in `lang` (built once per index and language). */
function stemMap(ix: MatchIndex, lang: Lang): StemMap {
  let byLang = made.get(ix.claims);
  if (!byLang) {
    byLang = new Map();
    made.set(ix.claims, byLang);
  }
  let map = byLang.get(lang);
  if (map) return map;
  map = new Map();
  const toks = createTokens(16);
  for (const claim of ix.claimSource)
    for (const hint of statedIn(claim, lang)) {
      toks.count = 0;
      tokenize(hint, toks);
      for (let t = 0; t < toks.count; t++) {
        const norm = toks.norm[t] ?? '';
        const flags = toks.flags[t] ?? 0;
        const term = claimTerm(norm, flags);
        const id = term === null ? -1 : termId(ix.claims, term);
        if (id < 0) continue;
        for (const stem of termStems(norm, flags, lang)) {
          const ids = map.get(stem);
          if (!ids) map.set(stem, [id]);
          else if (!ids.includes(id)) ids.push(id);
        }
      }
    }
  byLang.set(lang, map);
  return map;
}

/**
 * The claim terms a page word meets by its stem in the page's language, beside the term it is
 * itself (`own`, or -1): empty on an English page or for a word no hint shares a stem with.
 */
export function languageTerms(ix: MatchIndex, lang: Lang, norm: string, flags: number, own: number): number[] {
  if (lang === 'en' || lang === 'und') return [];
  const stems = termStems(norm, flags, lang);
  if (stems.length === 0) return [];
  const map = stemMap(ix, lang);
  // Most words have one reading: its list as it is, without building a set.
  const ids =
    stems.length === 1
      ? (map.get(stems[0] as string) ?? [])
      : [...new Set(stems.flatMap((stem) => map.get(stem) ?? []))];
  return ids.filter((id) => id !== own);
}
