/**
 * A light Czech stemmer after Dolamic & Savoy, "Indexing and stemming
 * approaches for the Czech language" (http://portal.acm.org/citation.cfm?id=1598600),
 * whose light stemmer Lucene's CzechStemmer implements: it removes one
 * case or number ending and undoes the palatalisation that endings cause, so
 * útok, útoku and útokem meet, and vojáci, vojáků and vojákům too. Verbs and
 * derivation are left alone.
 * Input is folded page text: á→a, ě→e, ů→u, č→c, ř→r, š→s, ž→z are gone,
 * so č and c (and ž and z) can no longer be told apart; the rules below treat
 * them alike, which the original stemmer did too.
 */

// Folded endings, longest first. Dolamic & Savoy also remove -at, -os, -us
// and -es, which end foreign names (Dombrovskis, Markus) more often than they
// are case endings; they are left out here.
const ENDINGS = [
  'atech',
  'etem',
  'atum',
  'ech',
  'ich',
  'eho',
  'emi',
  'emu',
  'ete',
  'eti',
  'iho',
  'imi',
  'imu',
  'ach',
  'ata',
  'aty',
  'ych',
  'ama',
  'ami',
  'ove',
  'ovi',
  'ymi',
  'em',
  'im',
  'um',
  'am',
  'ym',
  'mi',
  'ou',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

/**
 * Endings that also end many nominatives (problém, program). They are removed
 * a second time after another ending, so that problém and problému share a
 * stem although neither is cut to its true root.
 */
const CLOSED = ['ech', 'ich', 'ach', 'ych', 'em', 'im', 'um', 'am', 'ym'];

/** Characters a stem keeps at least, so short words are not mangled. */
const MIN_STEM = 3;

/** The endings a light West or South Slavic stemmer removes. */
export interface LightEndings {
  /** Case and number endings, folded; any order (the longest that fits is removed). */
  endings: readonly string[];
  /** Endings removed a second time after another one (see CLOSED above). */
  closed: readonly string[];
}

/**
 * A stemmer made like the Czech one for a related language: one ending, then
 * one closed ending, then the -ov-, mobile e and k/c, h/z rules below, which
 * hold alike in Slovak and Slovene.
 */
export function lightSlavicStemmer({ endings, closed }: LightEndings): (word: string) => string {
  const ordered = [...new Set(endings)].sort((a, b) => b.length - a.length);
  const closedSet = new Set(closed);
  const removeEnding = (word: string, only?: ReadonlySet<string>): string => {
    for (const ending of ordered) {
      if (only && !only.has(ending)) continue;
      if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
    }
    return word;
  };
  return (word) => {
    let stem = removeEnding(word);
    if (stem !== word) stem = removeEnding(stem, closedSet);
    // Possessive adjectives and surnames keep -ov-/-ův- (Lavrov, Lavrova,
    // Lavrovem; Putinův): drop it. Four letters stay (domov, slovo).
    if (stem.length - 2 >= 4 && (stem.endsWith('ov') || stem.endsWith('uv'))) stem = stem.slice(0, -2);
    // The mobile e disappears in other cases (Němec, Němce; domek, domku).
    if (stem.length > MIN_STEM && stem.charAt(stem.length - 2) === 'e') stem = stem.slice(0, -2) + stem.slice(-1);
    // Endings in -i and -e soften k to c and h to z (voják, vojáci; Praha,
    // Praze): write every stem-final c as k and z as h.
    if (stem.endsWith('c')) stem = stem.slice(0, -1) + 'k';
    else if (stem.endsWith('z')) stem = stem.slice(0, -1) + 'h';
    return stem;
  };
}

/** The Czech endings, for the stemmers of neighbouring languages to start from. */
export const CZECH: LightEndings = { endings: ENDINGS, closed: CLOSED };

/** Stem of a folded Czech word. */
export const stemCzech = lightSlavicStemmer(CZECH);
