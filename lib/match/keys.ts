/**
 * The keys under which tokens are indexed. Entity keys keep names apart
 * (only a Slavic case ending or a transliteration variant is folded); claim
 * terms are stems with function words removed.
 */
import { memoise } from './memo';
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

// Cyrillic and Latin words never share a folded form, so one memo per function is enough.
const slavicKey = memoise(stemSlavic);
const latinKey = memoise(latinFold);

/** Key of a folded token for entity lookup. */
export function entityKey(norm: string, flags: number): string {
  return flags & TokenFlag.Cyrillic ? slavicKey(norm) : latinKey(norm);
}

function stemTerm(norm: string): string {
  if (/[\u0400-\u052f]/.test(norm)) return stemSlavic(norm);
  if (!/^[a-z]+$/.test(norm)) return norm;
  const stem = stemEnglish(norm);
  return SYNONYMS.get(stem) ?? SYNONYMS.get(norm) ?? stem;
}

const stemmedTerm = memoise(stemTerm);

/** Claim term of a folded token, or null for function words and bare numbers. */
export function claimTerm(norm: string, flags: number): string | null {
  if (flags & TokenFlag.Numeric || norm.length < 2) return null;
  // An acronym is a name even when it spells a function word (US, IT).
  if (flags & TokenFlag.AllCaps && norm.length <= 3) return norm;
  if (STOPWORDS.has(norm)) return null;
  return stemmedTerm(norm);
}
