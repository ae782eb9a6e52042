/**
 * Turns a reader's selection into W3C selectors: the exact text, ~32
 * characters of context on each side (white space runs collapsed, cut at a
 * word boundary so an export reads well), and the position as a tie-breaker.
 */
import type { PageText, TextSpan } from '../match/types';
import type { FlagSelectors } from './types';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** How far into the context a word boundary is looked for before a word is cut. */
const WORD_SLACK = 12;

/** The span without leading or trailing white space, or null if nothing else is selected. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

/** Collapsed text before `start`, at most CONTEXT_LENGTH long, starting at a word when one starts nearby. */
function contextBefore(text: string, start: number): string {
  for (let reach = CONTEXT_LENGTH * 2; ; reach *= 4) {
    const from = Math.max(0, start - reach);
    const collapsed = text.slice(from, start).replace(/\s+/g, ' ');
    if (collapsed.length <= CONTEXT_LENGTH && from > 0) continue;
    if (collapsed.length <= CONTEXT_LENGTH) return collapsed.trimStart();
    let tail = collapsed.slice(-CONTEXT_LENGTH);
    const cutsWord = collapsed.charAt(collapsed.length - CONTEXT_LENGTH - 1) !== ' ' && tail.charAt(0) !== ' ';
    const space = tail.indexOf(' ');
    if (cutsWord && space !== -1 && space < WORD_SLACK) tail = tail.slice(space + 1);
    return tail.trimStart();
  }
}

/** Collapsed text after `end`, at most CONTEXT_LENGTH long, ending at a word when one ends nearby. */
function contextAfter(text: string, end: number): string {
  for (let reach = CONTEXT_LENGTH * 2; ; reach *= 4) {
    const to = Math.min(text.length, end + reach);
    const collapsed = text.slice(end, to).replace(/\s+/g, ' ');
    if (collapsed.length <= CONTEXT_LENGTH && to < text.length) continue;
    if (collapsed.length <= CONTEXT_LENGTH) return collapsed.trimEnd();
    let head = collapsed.slice(0, CONTEXT_LENGTH);
    const cutsWord = collapsed.charAt(CONTEXT_LENGTH) !== ' ' && head.charAt(head.length - 1) !== ' ';
    const space = head.lastIndexOf(' ');
    if (cutsWord && space !== -1 && space > CONTEXT_LENGTH - WORD_SLACK) head = head.slice(0, space);
    return head.trimEnd();
  }
}

/**
 * Selectors for the page text `[start, end)`; white space at the selection's
 * edges is left out of the quote. Throws a RangeError when the selection holds
 * no text (callers offer flagging only for a non-blank selection).
 */
export function describeSelection(page: PageText, start: number, end: number): FlagSelectors {
  const span = trimSpan(page.text, start, end);
  if (!span) throw new RangeError('The selection holds no text to flag.');
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: page.text.slice(span.start, span.end),
      prefix: contextBefore(page.text, span.start),
      suffix: contextAfter(page.text, span.end),
    },
    position: { type: 'TextPositionSelector', start: span.start, end: span.end },
  };
}
