/**
 * The keys under which tokens are indexed. Entity keys keep names apart
 * (only a Slavic case ending or a transliteration variant is folded); claim
 * terms are stems with function words removed.
 */
import { stemEnglish } from './stem-en';
import { stemSlavic } from './stem-slavic';
import { STOPWORDS } from './stoplist';
import { SYNONYMS } from './synonyms';
import { TokenFlag } from './tokenize';

/**
 * Folds common romanisation variants of Slavic names: Zelenskiy/Zelenskyy/
 * Zelenskii → zelensky, Daria/Darja/Dariya → darya, Iurii/Yuri → yuri.
 */
export function latinFold(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/(?:iy|yy|ii|yi|ij)$/, 'y')
    .replace(/iya|ija|ia|ja/g, 'ya')
    .replace(/iu|ju/g, 'yu');
}

const entityCache = new Map<string, string>();
const termCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function cached(cache: Map<string, string>, word: string, compute: (w: string) => string): string {
  let v = cache.get(word);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = compute(word);
    cache.set(word, v);
  }
  return v;
}

/** Key of a folded token for entity lookup. */
export function entityKey(norm: string, flags: number): string {
  if (flags & TokenFlag.Cyrillic) return cached(entityCache, norm, stemSlavic);
  return cached(entityCache, norm, latinFold);
}

function stemTerm(norm: string): string {
  if (/[\u0400-\u052f]/.test(norm)) return stemSlavic(norm);
  if (!/^[a-z]+$/.test(norm)) return norm;
  const stem = stemEnglish(norm);
  return SYNONYMS.get(stem) ?? SYNONYMS.get(norm) ?? stem;
}

/** Claim term of a folded token, or null for function words and bare numbers. */
export function claimTerm(norm: string, flags: number): string | null {
  if (flags & TokenFlag.Numeric || norm.length < 2) return null;
  // An acronym is a name even when it spells a function word (US, IT).
  if (flags & TokenFlag.AllCaps && norm.length <= 3) return norm;
  if (STOPWORDS.has(norm)) return null;
  return cached(termCache, norm, stemTerm);
}
