/**
 * One linear pass over page text that yields word tokens in their folded form
 * with exact UTF-16 offsets into the original text. Apostrophes inside words
 * and soft hyphens are dropped, a possessive `'s` is cut off (the token ends
 * before it), an elided French or Italian article stands apart (l'armée: l,
 * armée), and a word hyphenated across a line break is joined.
 */
import { CharClass, charClass, codePointClass, foldCodePoint, isCyrillic, isUpper } from './normalise';

/** Token flags, combined bitwise. */
export const enum TokenFlag {
  /** The first letter is upper case. */
  Capitalised = 1,
  /** Two or more letters, all upper case (an acronym such as LPR or ЛНР). */
  AllCaps = 2,
  Cyrillic = 4,
  /** Only digits. */
  Numeric = 8,
  /** Followed by a possessive `'s` that is not part of the token. */
  Possessive = 16,
  /** Joined to the next token by a hyphen (counter-offensive). */
  HyphenNext = 32,
  /** Has a Latin letter beyond ASCII (puțin, Prigojîn, Łuck): a mark or a letter of its own, folded away. */
  Marked = 64,
}

/**
 * French and Italian words written elided before a vowel (l'armée, d'enrôlement, qu'ils,
 * jusqu'à, dell'esercito, un'altra), folded. Before an apostrophe they end a token, so the
 * word after it is read alone, as the same word is read anywhere else; a name written with
 * one (D'Souza, L'Oréal: both letters capital) is left whole.
 */
const ELIDED: ReadonlySet<string> = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'dell',
  'dall',
  'nell',
  'sull',
  'all',
  'coll',
  'dagl',
  'degl',
  'negl',
  'sugl',
  'un',
  'quest',
  'quell',
  'nessun',
]);

/** Tokens of one text, in order; arrays are parallel. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Folded token text (lower case, no accents, no inner apostrophes). */
  norm: string[];
}

function grow(t: Tokens): void {
  const cap = t.start.length * 2 || 64;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  start.set(t.start);
  end.set(t.end);
  flags.set(t.flags);
  t.start = start;
  t.end = end;
  t.flags = flags;
}

/** An empty token list that `tokenize` can reuse across calls. */
export function createTokens(capacity = 256): Tokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    norm: [],
  };
}

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function classAt(text: string, i: number): CharClass {
  if (i >= text.length) return CharClass.Other;
  const cp = codePointAt(text, i);
  return cp < 65536 ? charClass(cp) : codePointClass(cp);
}

/** Index after a line-break hyphenation (`-\n` then a lower-case letter), or -1. */
function hyphenationEnd(text: string, i: number): number {
  let j = i + 1;
  let sawBreak = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 10) sawBreak = true;
    else if (c !== 32 && c !== 13 && c !== 9) break;
    j++;
  }
  if (!sawBreak || classAt(text, j) !== CharClass.Word) return -1;
  return isUpper(codePointAt(text, j)) ? -1 : j;
}

/**
 * Tokenizes `text[from, to)` into `out` (appending). Word characters are
 * letters, digits and combining marks in any script.
 */
export function tokenize(text: string, out: Tokens = createTokens(), from = 0, to = text.length): Tokens {
  let i = from;
  while (i < to) {
    const cp0 = codePointAt(text, i);
    const cls0 = cp0 < 65536 ? charClass(cp0) : codePointClass(cp0);
    if (cls0 !== CharClass.Word) {
      i += cp0 > 0xffff ? 2 : 1;
      continue;
    }
    const s = i;
    let e = i;
    let norm = '';
    let letters = 0;
    let uppers = 0;
    let flags = isUpper(cp0) ? TokenFlag.Capitalised : 0;
    let digitsOnly = true;
    while (i < to) {
      const cp = codePointAt(text, i);
      const w = cp > 0xffff ? 2 : 1;
      const cls = cp < 65536 ? charClass(cp) : codePointClass(cp);
      if (cls === CharClass.Word) {
        if (cp >= 48 && cp <= 57) {
          norm += String.fromCharCode(cp);
        } else {
          digitsOnly = false;
          letters++;
          if (isUpper(cp)) uppers++;
          if (isCyrillic(cp)) flags |= TokenFlag.Cyrillic;
          else if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) flags |= TokenFlag.Marked;
          norm += foldCodePoint(cp);
        }
        i += w;
        e = i;
      } else if (cls === CharClass.Apostrophe && classAt(text, i + 1) === CharClass.Word) {
        // An elided article or preposition is a word of its own: l'armée is l and armée, not larmee.
        // Both capitalised, it is a name (D'Souza, L'Oréal) and stays whole.
        if (ELIDED.has(norm) && !(isUpper(cp0) && isUpper(codePointAt(text, i + 1)))) break;
        const next = text.charCodeAt(i + 1);
        if ((next === 115 || next === 83) && classAt(text, i + 2) !== CharClass.Word) {
          flags |= TokenFlag.Possessive;
          i += 2;
          break;
        }
        i += 1;
      } else if (cls === CharClass.Ignorable && classAt(text, i + w) === CharClass.Word) {
        i += w;
      } else if (cls === CharClass.Hyphen && hyphenationEnd(text, i) > 0) {
        i = hyphenationEnd(text, i);
      } else {
        break;
      }
    }
    if (digitsOnly) flags |= TokenFlag.Numeric;
    if (letters >= 2 && uppers === letters) flags |= TokenFlag.AllCaps;
    if (e + 1 < to && charClass(text.charCodeAt(e)) === CharClass.Hyphen && classAt(text, e + 1) === CharClass.Word) {
      flags |= TokenFlag.HyphenNext;
    }
    if (out.count === out.start.length) grow(out);
    out.start[out.count] = s;
    out.end[out.count] = e;
    out.flags[out.count] = flags;
    out.norm[out.count] = norm;
    out.count++;
  }
  return out;
}
