/**
 * A light Slovene stemmer made like the Czech one (stem-cs.ts): it removes
 * one case or number ending of nouns and adjectives, so napad, napada and
 * napadom meet, and ruski, ruskega and ruskih too. The -ov rule of the Czech
 * stemmer also serves the Slovene genitive plural (kilometrov), and its mobile
 * e the nouns in -ec and -ev (Nemec, Nemca; osvoboditev, osvoboditve).
 * Verbs keep their participle (osvobodili, osvobodile meet at osvobodil).
 */
import { lightSlavicStemmer } from './stem-cs';

/** Stem of a folded Slovene word. */
export const stemSlovene = lightSlavicStemmer({
  endings: [
    'ega',
    'emu',
    'ima',
    'imi',
    'ama',
    'ami',
    'ih',
    'ah',
    'eh',
    'em',
    'im',
    'om',
    'am',
    'a',
    'e',
    'i',
    'o',
    'u',
  ],
  closed: ['ih', 'ah', 'eh', 'em', 'im', 'om', 'am'],
});
