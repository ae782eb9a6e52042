/**
 * Splits a block into sentences without ever crossing the block's edges:
 * a stop (. ! ? …), optional closing quotes, white space, then something that
 * can open a sentence (a capital, or the opening quotation mark of the languages
 * the matcher reads); abbreviations (Mr., Gen., Aug.) and initials do not end one.
 * A line break always ends a sentence (headlines, captions, list items).
 */
import type { TextSpan } from './types';

/**
 * Words that end with a full stop but not a sentence: titles, months, the St. of St. Petersburg. None is a
 * word a sentence of the languages the matcher reads may end with ('mar', 'no', 'est' and 'co' are).
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st gen col lt sgt capt maj cpl pvt prof gov sen rep jr sr inc ltd vs etc approx ' +
    'jan feb apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e г ул им т.е ген'
  ).split(' '),
);
/**
 * What may close a quotation or a parenthesis right after a stop: English quotes, and those of languages that
 * open low and close high („…“ in German and Czech, ‚…‘), or open with » and close with « (German, Danish).
 */
const CLOSERS = '"\'”’»“‘«›‹)]';
const STOPS = '.!?…';
/** White space between sentences, the no-break spaces French sets inside its quotation marks included. */
const SPACE = /[ \t\u00a0\u202f]/;

function wordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, end).toLowerCase();
}

/** A capital, a figure, an opening quote („ ‚ “ ‘ « » ‹ ›), a bracket, a dash, or Spanish ¿ and ¡. */
function opensSentence(ch: string): boolean {
  return /[\p{Lu}\d"'“‘„‚«»‹›([—–¿¡-]/u.test(ch);
}

function pushTrimmed(text: string, out: TextSpan[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}

/** Where the white space (see SPACE) that starts at `from` ends, at `end` at most. */
function skipSpace(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && SPACE.test(text[k] ?? '')) k++;
  return k;
}

// A stop that can end a sentence: . ! ? …
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Sentences of `text` within `block`, in order, trimmed of white space. */
export function splitSentences(text: string, block: TextSpan, out: TextSpan[] = []): TextSpan[] {
  let start = block.start;
  let i = block.start;
  while (i < block.end) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      pushTrimmed(text, out, start, i);
      start = i + 1;
    } else if (isStop(code)) {
      let j = i + 1;
      while (j < block.end && (STOPS.includes(text[j] ?? '') || CLOSERS.includes(text[j] ?? ''))) j++;
      let k = skipSpace(text, j, block.end);
      // A closing mark set apart by a space, as French writes it (« Non. » Puis…), closes this sentence.
      if (k > j && (text[k] === '»' || text[k] === '”') && SPACE.test(text[k + 1] ?? '')) {
        j = k + 1;
        k = skipSpace(text, j, block.end);
      }
      const word = code === 0x2e ? wordBefore(text, i, start) : '';
      const abbreviation = word.length === 1 || ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
      if (k > j && k < block.end && opensSentence(text[k] ?? '') && !abbreviation) {
        pushTrimmed(text, out, start, j);
        start = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(text, out, start, block.end);
  return out;
}
