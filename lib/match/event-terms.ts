/**
 * Keys under which events' distinctive terms and an article's words meet: the
 * stem of a content word in its language, or two neighbouring content stems
 * joined by a space ("killed and wounded" and "killed or wounded" both give
 * "kill wound"). A term of several words is known by its neighbouring pairs.
 */
import { baseLanguage, type Lang } from './lang/detect';
import { stemmerFor } from './lang/stem';
import { STOPWORDS } from './stoplist';
import { createTokens, TokenFlag, tokenize, type Tokens } from './tokenize';

/** Words this short carry no evidence on their own (articles, prepositions in most languages). */
const MIN_WORD = 3;

/** The stem of a folded token in `lang`, or null for a function word or a number. */
export function termStem(norm: string, flags: number, lang: Lang): string | null {
  if (flags & TokenFlag.Numeric || norm.length < MIN_WORD || STOPWORDS.has(norm)) return null;
  return stemmerFor(lang)(norm);
}

/**
 * The keys of one event term written in `lang`. A term in a language the
 * matcher does not analyse (Lithuanian, Latvian) is keyed unstemmed, as a page
 * in that language is read: stemmed as English, "protestas" would lose its s
 * and never meet the page's word.
 */
export function eventTermKeys(text: string, lang: string): string[] {
  const toks = tokenize(text, createTokens(8));
  const language: Lang = baseLanguage(lang) ?? 'und';
  const stems: string[] = [];
  for (let t = 0; t < toks.count; t++) {
    const stem = termStem(toks.norm[t] ?? '', toks.flags[t] ?? 0, language);
    if (stem !== null) stems.push(stem);
  }
  if (stems.length <= 1) return stems;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) pairs.push(`${stems[i] ?? ''} ${stems[i + 1] ?? ''}`);
  return pairs;
}

/** Keys of the tokens [from, to) of a page in `lang`, each with the token it starts at. */
export function pageTermKeys(
  toks: Tokens,
  from: number,
  to: number,
  lang: Lang,
  mask?: Uint8Array,
): { key: string; tok: number }[] {
  const out: { key: string; tok: number }[] = [];
  let prev: string | null = null;
  let prevTok = -1;
  for (let t = from; t < to; t++) {
    const stem = mask?.[t] ? null : termStem(toks.norm[t] ?? '', toks.flags[t] ?? 0, lang);
    if (stem === null) {
      // Function words between two content words keep the pair; anything else breaks it.
      if ((toks.norm[t] ?? '').length >= MIN_WORD && !STOPWORDS.has(toks.norm[t] ?? '')) prev = null;
      continue;
    }
    out.push({ key: stem, tok: t });
    if (prev !== null) out.push({ key: `${prev} ${stem}`, tok: prevTok });
    prev = stem;
    prevTok = t;
  }
  return out;
}
