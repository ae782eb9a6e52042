/**
 * Typography-insensitive text for re-anchoring: a page re-rendered with other
 * white space, non-breaking spaces, curly quotes or dashes still holds the same
 * words. The normalised text remembers where it came from, so a match in it
 * maps back to the page text exactly.
 *
 * Built with native regex replaces (a per-character loop took ~60 ms on a
 * 100,000-word page); the offset map is sparse: one entry per place where the
 * length changed, which is only where white space was collapsed or an
 * invisible character dropped.
 */
import { DOUBLE_QUOTES, foldQuote, SINGLE_QUOTES } from '../text/quotes';

/** A normalised text and the map back to the original. */
export interface NormalText {
  text: string;
  /** Pairs `[normalStart, rawStart, …]`: from each `normalStart` on, offsets run in step until the next pair. */
  steps: Int32Array;
  /** Length of the original text. */
  rawLength: number;
}

/** Invisible characters that editors and CMSs add or drop freely (soft hyphen, zero-width marks, word joiner, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Only what changes length: a run of two or more spacing/invisible units, or one that is not a plain space. */
const LENGTH_CHANGING = /[\s\u00ad\u200b-\u200d\u2060\ufeff]{2,}|[^\S ]|[\u00ad\u200b-\u200d\u2060]/g;

/** Hyphens and dashes (a character-class range) and the minus sign, folded to `-`. */
const DASHES = '\u2010-\u2015\u2212';

/** Quotes, apostrophes and dashes, each folded to its ASCII form (same length), in one pass over the page. */
const FOLDABLE = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}]`, 'g');

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 ? '-' : foldQuote(char);
}

/** Normalises `raw` keeping the offset map: white space runs become one space, invisibles vanish, quotes and dashes fold. */
export function normaliseWithMap(raw: string): NormalText {
  const steps: number[] = [0, 0];
  let shrink = 0;
  const collapsed = raw.replace(LENGTH_CHANGING, (run: string, offset: number) => {
    // A run of only invisible characters disappears; anything with real white space becomes one
    // space, which maps to the run's first real white space (not to an invisible character before it).
    let visible = 0;
    while (visible < run.length && INVISIBLE.test(run.charAt(visible))) visible += 1;
    const replacement = visible < run.length ? ' ' : '';
    if (replacement && visible > 0) steps.push(offset - shrink, offset + visible);
    shrink += run.length - replacement.length;
    steps.push(offset + run.length - shrink, offset + run.length);
    return replacement;
  });
  return { text: collapsed.replace(FOLDABLE, foldChar), steps: Int32Array.from(steps), rawLength: raw.length };
}

/** Normalises a short string (a quote) the same way, trimmed. */
export function normalise(raw: string): string {
  return normaliseWithMap(raw).text.trim();
}

let cached: NormalText | null = null;
let cachedRaw: string | null = null;

/** `normaliseWithMap` remembering the last page, since every flag of a page anchors against the same text. */
export function normalisePage(raw: string): NormalText {
  if (cached && cachedRaw === raw) return cached;
  cached = normaliseWithMap(raw);
  cachedRaw = raw;
  return cached;
}

/** The original offset of normalised unit `index` (or the end of the original for the end of the text). */
export function rawOffset(normal: NormalText, index: number): number {
  if (index >= normal.text.length) return normal.rawLength;
  const steps = normal.steps;
  // Binary search over pairs for the last step starting at or before `index`.
  let low = 0;
  let high = steps.length / 2 - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((steps[middle * 2] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return (steps[low * 2 + 1] as number) + index - (steps[low * 2] as number);
}

/** The original span covered by normalised units `[start, end)`. */
export function toRaw(normal: NormalText, start: number, end: number): { start: number; end: number } {
  const rawStart = rawOffset(normal, start);
  return { start: rawStart, end: end > start ? rawOffset(normal, end - 1) + 1 : rawStart };
}
