/**
 * The apostrophes and quotation marks news sites print for one another
 * (Дар’я, Дар'я, Darʼya; “Kyiv”, «Київ», „Kyjiw“), each folded to its ASCII
 * form. Search keys, wrong-match keys and flag re-anchoring fold with these
 * same lists, so a spelling that one of them treats as equal, all do.
 */

/** Apostrophes, single quotes and primes that stand for `'` (ASCII `'` itself left out). */
export const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u02bc\u02b9\u0060\u00b4\u2032';

/** Double quotes, guillemets and double primes that stand for `"` (ASCII `"` itself left out). */
export const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033';

/** Every character `foldQuotes` changes, as a global regular expression (escape-free: none is special in a class). */
export const QUOTES = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}]`, 'g');

/** The ASCII form of one character of `SINGLE_QUOTES` or `DOUBLE_QUOTES`. */
export function foldQuote(char: string): string {
  return DOUBLE_QUOTES.includes(char) ? '"' : "'";
}

/** `text` with every apostrophe and single quote as `'` and every double quote as `"`; the length is unchanged. */
export function foldQuotes(text: string): string {
  return text.replace(QUOTES, foldQuote);
}
