/**
 * One stemmer per language for claim terms. Every stemmer takes a FOLDED word
 * (lower case, accents stripped, as tokens carry it) and returns a key: words
 * that differ only by inflection share it. A key may contain letters that
 * folding removed (й, ї, é) because some stemmers need them back; it is never
 * shown, only compared with other keys made the same way.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

import { memoise } from '../memo';
import { readAs, type Lang, type READ_AS } from './languages';
import {
  restoreFrench,
  restoreHungarian,
  restorePortuguese,
  restoreRussian,
  restoreUkrainian,
  serbianToLatin,
} from './restore';
import { stemCzech } from './stem-cs';
import { stemPolish } from './stem-pl';
import { stemSlovak } from './stem-sk';
import { stemSlovene } from './stem-sl';
import { foldIzFamily, tidyUkrainianStem } from './stem-uk';

/** A word-to-stem function over folded words. */
export type Stemmer = (folded: string) => string;

/** Words kept per language before the cache starts over (pages repeat a few thousand words). */
const CACHE_LIMIT = 20_000;

const CYRILLIC = /[\u0400-\u052f]/;

// A word in the other script (a Latin name in a Russian article, a Russian
// quote in a German one) is left as it is: a stemmer for one alphabet would
// either ignore it or cut it by rules written for another language.
const latin =
  (stem: Stemmer): Stemmer =>
  (w) =>
    CYRILLIC.test(w) ? w : stem(w);
const cyrillic =
  (stem: Stemmer): Stemmer =>
  (w) =>
    CYRILLIC.test(w) ? stem(w) : w;

/**
 * Hungarian: without long vowels the stemmer reads a plain stem ending as a
 * case ending (Orbán, folded orban, loses "ban"); a stem under three letters is
 * such a misreading, and the word is kept whole instead.
 */
function stemHungarian(word: string): string {
  const stem = hungarian(restoreHungarian(word));
  return stem.length < 3 ? word : stem;
}

/** Languages read with the stemmer of a close neighbour, so that their words and its words meet. */
type Borrower = keyof typeof READ_AS;

const RECIPES: Readonly<Record<Exclude<Lang, 'und' | Borrower>, Stemmer>> = {
  en: latin(english),
  ru: cyrillic((w) => foldIzFamily(russian(restoreRussian(w)), 'ru')),
  uk: cyrillic((w) => tidyUkrainianStem(ukrainian(restoreUkrainian(w)))),
  // Both alphabets: Cyrillic is transliterated, see serbianToLatin.
  sr: (w) => serbian(serbianToLatin(w)),
  de: latin(german),
  fr: latin((w) => french(restoreFrench(w))),
  es: latin(spanish),
  it: latin(italian),
  pl: latin(stemPolish),
  nl: latin(dutch),
  ro: latin(romanian),
  hu: latin(stemHungarian),
  fi: latin(finnish),
  cs: latin(stemCzech),
  pt: latin((w) => portuguese(restorePortuguese(w))),
  sk: latin(stemSlovak),
  sl: latin(stemSlovene),
  da: latin(danish),
  no: latin(norwegian),
  sv: latin(swedish),
};

const identity: Stemmer = (w) => w;
const made = new Map<Lang, Stemmer>();

/**
 * The memoised stemmer for a language; the same function on every call, so its
 * cache is shared. An undetermined language is not stemmed: exact words still match.
 */
export function stemmerFor(lang: Lang): Stemmer {
  const as = readAs(lang);
  if (as === 'und') return identity;
  let s = made.get(as);
  if (s === undefined) {
    s = memoise(RECIPES[as], CACHE_LIMIT);
    made.set(as, s);
  }
  return s;
}
