// Word-level overlap between extracted text and expected text: recall and
// precision over word multisets (order-insensitive, case-folded).

/** Lowercased words (letters and digits, any script). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Size of the multiset intersection of two word lists. */
export function sharedWords(a: readonly string[], b: readonly string[]): number {
  const left = counts(a);
  let shared = 0;
  for (const [word, count] of counts(b)) shared += Math.min(count, left.get(word) ?? 0);
  return shared;
}
