/**
 * Function words of other languages in claim hints. A hint is a phrase with
 * no language attached ("seit dem Zweiten Weltkrieg", "ajuste de cuentas");
 * claim terms drop only English, Russian and Ukrainian function words, so
 * "dem" or "de" would become a heavily weighted hint term that nearly every
 * German or Spanish sentence contains. A hint word that is a function word of
 * an analysed language is therefore no claim term, except a word English uses
 * as a content word too (war, die, man): that one is dropped only when the
 * rest of the phrase shows a language it is a function word of (one of its
 * function words, or a letter only that language's neighbours lack), so "war
 * spoils" keeps "war" and "seit Kriegsbeginn war" does not.
 */
import { builtOnFirstUse } from '../memo';
import { createTokens, TokenFlag, tokenize, type Tokens } from '../tokenize';
import { FUNCTION_WORDS, LETTERS, SERBIAN_CYRILLIC_WORDS, type Voter } from './function-words';
import { readAs, type Lang } from './languages';

/** Function words of other languages that English also writes as words of its own (en masse, en route), folded. */
const ENGLISH_TOO = new Set(
  'ad ale ante ate care come con den die en era hat hay hem man mar met mint pan par pas plus pro sin son take tot van war'.split(
    ' ',
  ),
);

/** Folded function word → the languages (other than English) that list it. */
const FUNCTION_LANGS = builtOnFirstUse((): ReadonlyMap<string, readonly Voter[]> => {
  const out = new Map<string, Voter[]>();
  const add = (lang: Voter, list: string): void => {
    const toks = tokenize(list, createTokens(256));
    for (let t = 0; t < toks.count; t++) {
      const norm = toks.norm[t] ?? '';
      const langs = out.get(norm) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      out.set(norm, langs);
    }
  };
  for (const lang of Object.keys(FUNCTION_WORDS) as Voter[]) if (lang !== 'en') add(lang, FUNCTION_WORDS[lang]);
  add('sr', SERBIAN_CYRILLIC_WORDS);
  return out;
});

/** True when token `skip` aside, the phrase has a function word or a tell-tale letter of one of `langs`. */
function otherEvidence(text: string, toks: Tokens, skip: number, langs: readonly Voter[]): boolean {
  const functionLangs = FUNCTION_LANGS();
  for (let u = 0; u < toks.count; u++) {
    if (u === skip) continue;
    const theirs = functionLangs.get(toks.norm[u] ?? '');
    if (theirs?.some((l) => langs.includes(l))) return true;
    const word = text.slice(toks.start[u], toks.end[u]).toLowerCase();
    if (langs.some((l) => [...(LETTERS[l] ?? '')].some((c) => word.includes(c)))) return true;
  }
  return false;
}

/** Marks the tokens of a hint phrase (tokenized from `text`) that are function words and no claim terms. */
export function hintFunctionWords(text: string, toks: Tokens): Uint8Array {
  const out = new Uint8Array(toks.count);
  const functionLangs = FUNCTION_LANGS();
  for (let t = 0; t < toks.count; t++) {
    const flags = toks.flags[t] ?? 0;
    // An acronym is a name even when it spells a function word (EU, IL).
    if (flags & TokenFlag.Numeric || (flags & TokenFlag.AllCaps && (toks.norm[t] ?? '').length <= 3)) continue;
    const norm = toks.norm[t] ?? '';
    const langs = functionLangs.get(norm);
    if (langs === undefined) continue;
    if (!ENGLISH_TOO.has(norm) || otherEvidence(text, toks, t, langs)) out[t] = 1;
  }
  return out;
}

/** True when the folded word is a function word of `lang` (other than English, whose list is STOPWORDS). */
export function isFunctionWordOf(norm: string, lang: Lang): boolean {
  const voter = readAs(lang);
  if (voter === 'en' || voter === 'und') return false;
  return (
    FUNCTION_LANGS()
      .get(norm)
      ?.includes(voter as Voter) ?? false
  );
}

/**
 * Marks the tokens of a page in language `lang` that are its function words:
 * in a German sentence "war" (was) and "die" are no evidence for a claim about a
 * war, nor is a hint's "en" in a French one. Null for English and for an
 * undetermined language, whose words are read as before.
 */
export function pageFunctionWords(toks: Tokens, lang: Lang): Uint8Array | null {
  const voter = readAs(lang);
  if (voter === 'en' || voter === 'und') return null;
  const out = new Uint8Array(toks.count);
  for (let t = 0; t < toks.count; t++) {
    const flags = toks.flags[t] ?? 0;
    if (flags & TokenFlag.AllCaps && (toks.norm[t] ?? '').length <= 3) continue;
    if (isFunctionWordOf(toks.norm[t] ?? '', voter)) out[t] = 1;
  }
  return out;
}
