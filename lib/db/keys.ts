/**
 * Search keys: the lowercased, script-neutral forms stored in multi-entry
 * indexes so a prefix typed in any script (`dug`, `Дуги`, `дар'я`) finds records
 * with one IndexedDB range query instead of a scan.
 */

// Typographic apostrophes vary between outlets (Дар’я, Дар'я, Darʼya); store one form.
const APOSTROPHES = /[\u2019\u02BC\u2018`\u00B4]/g;
// Punctuation that never helps a prefix search: quotes, brackets, commas, full stops.
const NOISE = /["«»“”„()[\]{},.:;!?]/g;

/** Normalises text for searching: NFKC, lowercase, one apostrophe form, ё → е, single spaces. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/ё/g, 'е')
    .replace(NOISE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Keys that let a query match from the start of any word: `darya dugina` gives
 * `darya dugina` and `dugina`. Each key holds at most `window` words so long
 * statements do not bloat the index.
 */
export function wordPrefixKeys(texts: readonly string[], window: number): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    const words = normalizeKey(text).split(' ').filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) keys.add(words.slice(i, i + window).join(' '));
  }
  return [...keys];
}
