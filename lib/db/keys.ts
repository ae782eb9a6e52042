/**
 * Search keys: the lowercased, script-neutral forms kept in the in-memory
 * prefix index (`search-index.ts`) so a prefix typed in any script (`dug`,
 * `Дуги`, `дар'я`) finds records with one binary search instead of a scan.
 */
import { DOUBLE_QUOTES, foldQuotes, SINGLE_QUOTES } from '../text/quotes';

// Punctuation that never helps a prefix search: double quotes (all folded to `"` first), brackets, commas, full stops.
const NOISE = /["()[\]{},.:;!?]/g;

// Anything the replacements below would change, once the text is NFKC and lowercase.
const NEEDS_CLEANING = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}ё"()[\\]{},.:;!?]|\\s\\s|[^\\S ]`);

/** Normalises text for searching: NFKC, lowercase, one apostrophe form, ё → е, single spaces. */
export function normalizeKey(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  // Most names and statements need no cleaning; skipping the replacements for them
  // halves the time to normalise a 100k-entity pack.
  if (!NEEDS_CLEANING.test(lower)) return lower.trim();
  // Typographic apostrophes vary between outlets (Дар’я, Дар'я, Darʼya): one form is stored.
  return foldQuotes(lower).replace(/ё/g, 'е').replace(NOISE, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Keys that let a query match from the start of any word: `darya dugina` gives
 * `darya dugina` and `dugina`. Each key holds at most `window` words so long
 * statements do not bloat the index.
 */
export function wordPrefixKeys(texts: readonly string[], window: number): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    const words = normalizeKey(text)
      .split(' ')
      .filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) keys.add(words.slice(i, i + window).join(' '));
  }
  return [...keys];
}
