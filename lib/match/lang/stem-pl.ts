/**
 * A light Polish stemmer in the spirit of Dolamic & Savoy's light stemmers for
 * East European languages: it removes one case or number ending from nouns and
 * adjectives and leaves verbs and derivation alone, so zamach, zamachu,
 * zamachem and zamachy meet while distinct words stay apart.
 * Input is folded page text: ą→a, ę→e, ó→o, ś→s, ż→z are gone, but ł stays ł
 * (it has no Unicode decomposition).
 */

// Folded endings, longest first. Soft-stem variants (-iami, -iach, -iem) are
// not listed: the ending without the i is removed and the stem's final i goes
// in the next step, which also covers armia/armii/armią.
const ENDINGS = [
  'owie',
  'owi',
  'ami',
  'ach',
  'ego',
  'emu',
  'ymi',
  'imi',
  'ych',
  'ich',
  'ow',
  'om',
  'em',
  'ej',
  'ym',
  'im',
  'ie',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

/**
 * Endings that also end many nominatives (zamach, system, Krym). They are
 * removed a second time after another ending, so that zamach and zamachu (or
 * system and systemu) share a stem although neither is cut to its true root.
 */
const CLOSED = new Set(['ach', 'ych', 'ich', 'em', 'om', 'ej', 'ym', 'im']);

/** Characters a stem keeps at least, so short words are not mangled. */
const MIN_STEM = 3;

function removeEnding(word: string, only?: ReadonlySet<string>): string {
  for (const ending of ENDINGS) {
    if (only && !only.has(ending)) continue;
    // -ow- is part of names as much as an ending (Kijów, Kijowie): the same
    // four-letter floor as the -ow rule below keeps their forms together.
    const min = ending.startsWith('ow') ? 4 : MIN_STEM;
    if (word.length - ending.length >= min && word.endsWith(ending)) {
      // Locative -dzie is -d- softened (rząd, rządzie; sąd, sądzie).
      if (ending === 'ie' && word.endsWith('dzie') && word.length - 3 >= MIN_STEM) return word.slice(0, -3);
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** Stem of a folded Polish word. */
export function stemPolish(word: string): string {
  let stem = removeEnding(word);
  if (stem !== word) stem = removeEnding(stem, CLOSED);
  // A soft stem keeps an i before the ending (Rosji, armii, rosyjskiego).
  if (stem.length > MIN_STEM && stem.endsWith('i')) stem = stem.slice(0, -1);
  // Place names and Russian surnames in -ów keep -ow- through declension
  // (Charków, Charkowa; Ławrow, Ławrowem): drop it so every form meets, as
  // the genitive plural -ów is. Four letters stay (Kijów, Lwów).
  if (stem.length - 2 >= 4 && stem.endsWith('ow')) stem = stem.slice(0, -2);
  // The mobile e of -ek and -ec disappears in other cases (wypadek, wypadku).
  if (stem.length > MIN_STEM && /e[kc]$/.test(stem)) stem = stem.slice(0, -2) + stem.slice(-1);
  // k softens to c before e and y (Polska, Polsce; polski, polscy): write
  // every stem-final -sc as -sk so both spellings meet.
  if (stem.endsWith('sc')) stem = stem.slice(0, -1) + 'k';
  return stem;
}
