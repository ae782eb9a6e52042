/** Filtering the reader's flags in the side panel by words and by label. */
import type { Flag, FlagLabel } from './types';

/** Lowercased, accent-free, single-spaced: "Kyïv  Post" finds "kyiv post". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Flags whose quote, note, outlet or page title contain every word of `query`,
 * with label `label` (`'all'` for any). Order is kept.
 */
export function filterFlags<T extends Flag>(flags: readonly T[], query: string, label: FlagLabel | 'all'): T[] {
  const words = fold(query).split(' ').filter(Boolean);
  return flags.filter((flag) => {
    if (label !== 'all' && flag.label !== label) return false;
    if (words.length === 0) return true;
    const haystack = fold([flag.quote, flag.note, flag.outletName ?? '', flag.title].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}
