/**
 * Character folding shared by aliases, claims and page text: NFKC-style
 * compatibility folding, case folding, accent stripping and one canonical form
 * for the many apostrophes, quotes, dashes and spaces that news sites use.
 * Folding is per code point, so every folded character maps back to exactly one
 * span of the original text.
 */

import { SINGLE_QUOTES } from '../text/quotes';

/** How the tokenizer treats a character. */
export const enum CharClass {
  Unknown = 0,
  Word = 1,
  Apostrophe = 2,
  Hyphen = 3,
  /** Soft hyphens and zero-width characters: invisible, removed inside words. */
  Ignorable = 4,
  Other = 5,
}

/** The ASCII apostrophe and every character folded to it elsewhere (search keys, wrong-match keys, flags). */
const APOSTROPHES = `'${SINGLE_QUOTES}`;
const HYPHENS = '-‐‑‒–—―−﹣－';
const IGNORABLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

const classes = new Uint8Array(65536);
/** BMP fold cache indexed by code unit (a Map lookup per character was the hot spot on Cyrillic text). */
const foldedBmp: (string | undefined)[] = new Array<string | undefined>(65536);
const foldedAstral = new Map<number, string>();
/** 0 unknown, 1 upper, 2 not upper. */
const upperBmp = new Uint8Array(65536);

function classify(ch: string): CharClass {
  if (APOSTROPHES.includes(ch)) return CharClass.Apostrophe;
  if (HYPHENS.includes(ch)) return CharClass.Hyphen;
  if (IGNORABLE.includes(ch)) return CharClass.Ignorable;
  return WORD_RE.test(ch) ? CharClass.Word : CharClass.Other;
}

/** The class of the code unit at `code` (astral characters are words unless proven otherwise). */
export function charClass(code: number): CharClass {
  let c = classes[code] as CharClass;
  if (c === CharClass.Unknown) {
    // Surrogate halves only occur in astral letters and emoji; a surrogate pair
    // is treated as one word character only when its code point is a letter.
    c = code >= 0xd800 && code <= 0xdfff ? CharClass.Other : classify(String.fromCharCode(code));
    classes[code] = c;
  }
  return c;
}

/** The class of a full code point, including astral ones. */
export function codePointClass(cp: number): CharClass {
  return cp < 65536 ? charClass(cp) : classify(String.fromCodePoint(cp));
}

function foldUncached(cp: number): string {
  const ch = String.fromCodePoint(cp);
  const cls = codePointClass(cp);
  if (cls === CharClass.Apostrophe) return "'";
  if (cls === CharClass.Hyphen) return '-';
  if (cls === CharClass.Ignorable) return '';
  // NFKD then dropping marks gives the NFKC compatibility folding plus accent
  // folding (ё→е, й→и, é→e), applied identically to data and page text.
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return base.replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** Folds one code point to its matching form (possibly empty or several characters). */
export function foldCodePoint(cp: number): string {
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  if (cp < 65536) {
    let f = foldedBmp[cp];
    if (f === undefined) {
      f = foldUncached(cp);
      foldedBmp[cp] = f;
    }
    return f;
  }
  let f = foldedAstral.get(cp);
  if (f === undefined) {
    f = foldUncached(cp);
    foldedAstral.set(cp, f);
  }
  return f;
}

/** Folds a whole string (no offset map); used for data, never for page text. */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0) ?? 0);
  return out;
}

/** True when the code point is an upper-case letter (the case is meaningful for short aliases). */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  const known = cp < 65536 ? (upperBmp[cp] as number) : 0;
  if (known !== 0) return known === 1;
  const ch = String.fromCodePoint(cp);
  const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  if (cp < 65536) upperBmp[cp] = upper ? 1 : 2;
  return upper;
}

/** True for Cyrillic letters, which take the Slavic stemmer. */
export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}
