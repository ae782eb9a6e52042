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
 * Folds the romanisation variants of Slavic names that the languages' press spell differently:
 * Zelenskiy/Zelenskyy/Zelenskii → zelensky, Daria/Darja/Dariya → darya, Iurii/Yuri → yuri,
 * Filatyev/Filatiev/Filatjev/Filatjew/Filatieff → filatev, Kadyrow → kadyrov, Kharkiv/Harkiv → harkiv,
 * Douguine/Poutine (French), Doegin (Dutch) → dugine/putine/dugin, Prigozhin/Prigoschin/Prigožin/Prigozjin → prigozin,
 * Shoigu/Schoigu/Šojgu/Szojgu → soigu. Page words and aliases are folded alike.
 */
export function latinFold(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/ff$/, 'v')
    .replace(/w/g, 'v')
    .replace(/ou|oe/g, 'u')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/t?sch|sz|sh|sj/g, 's')
    .replace(/zh|zj/g, 'z')
    .replace(/(?:iy|yy|ii|yi|ij)$/, 'y')
    .replace(/iya|ija|ia|ja/g, 'ya')
    .replace(/iu|ju/g, 'yu')
    .replace(/([^aeiouy])(?:ye|ie|je)(?=v)/g, '$1e')
    .replace(/([aeiou])j(?=[^aeiouy]|$)/g, '$1i');
}

/** A masculine surname in the nominative (Кадыров, Філатьєв, Пригожин) is the stem its other cases share. */
const SURNAME_STEM = /(?:ов|ев|ин|ын|ін|їн|єв)$/;

/**
 * Letters by which Russian and Ukrainian (and Belarusian, Bulgarian) spell one name differently:
 * Кадыров and Кадиров, Дугина and Дугіна, Колезев and Колезєв, Путин and Путін.
 */
const CYRILLIC_SPELLING: Readonly<Record<string, string>> = { ы: 'и', і: 'и', є: 'е', э: 'е', ґ: 'г', ў: 'у' };
const SPELLING_LETTERS = /[ыіэєґў]/g;

/**
 * Entity key of a folded Cyrillic word: Кадыров, Кадырова, Кадыровым all give кадыров. The key is
 * then spelt one way for every Cyrillic language, so a Ukrainian page meets a name listed only in
 * Russian (Кадирова → кадиров, as Кадырова).
 */
export function cyrillicNameKey(word: string): string {
  const key = word.length >= 5 && SURNAME_STEM.test(word) ? word : stemSlavic(word);
  return key.replace(SPELLING_LETTERS, (ch) => CYRILLIC_SPELLING[ch] ?? ch);
}

// Case endings of names written in Latin script (Polish, Czech, Slovak, the languages of former Yugoslavia,
// Romanian), longest first. Only one is removed, and a surname keeps at least four letters.
// Text is folded first (ą → a, é → e), so the endings are written folded too.
const LATIN_NAME_ENDINGS = [
  'iego',
  'iemu',
  'ovej',
  'ego',
  'emu',
  'eho',
  'owi',
  'ovi',
  'em',
  'om',
  'ym',
  'im',
  'ou',
  'ej',
  'ie',
  'ui',
  'a',
  'e',
  'i',
  'u',
  'y',
  'o',
];
const LATIN_MIN_STEM = 4;

/**
 * Entity key of a folded Latin-script word: its romanisation variants folded (see latinFold),
 * then one case ending removed, so Putina, Putinem, Putinovi meet Putin, and Kadyrowa Kadyrow.
 */
export function latinNameKey(word: string): string {
  const folded = latinFold(word);
  for (const ending of LATIN_NAME_ENDINGS) {
    if (folded.length - ending.length >= LATIN_MIN_STEM && folded.endsWith(ending))
      return folded.slice(0, -ending.length);
  }
  return folded;
}

// Cyrillic and Latin words never share a folded form, so one memo per function is enough.
const slavicKey = memoise(cyrillicNameKey);
const latinKey = memoise(latinNameKey);

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
