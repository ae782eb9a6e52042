/**
 * A light suffix stripper for Russian and Ukrainian: it removes one case or
 * number ending so that Дугина, Дугиной, Дугіної or Луганской, Луганська meet
 * at one stem. Deliberately shallow (no derivational suffixes): names must not
 * collapse into each other.
 */
import { foldString } from './normalise';

// Endings written as in text and folded like text (й→и, ї→і, ё→е), longest first.
const RAW_ENDINGS = [
  // Nouns in -ия/-ія (Росгвардия, Хакасия, Росгвардія) lose the whole ending in every case.
  'ией',
  'ією',
  'ия',
  'ию',
  'ії',
  'ія',
  'ію',
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ей',
  'ую',
  'юю',
  'ою',
  'ею',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ых',
  'их',
  'ым',
  'им',
  'ої',
  'ій',
  'ім',
  'ів',
  'а',
  'я',
  'ы',
  'и',
  'у',
  'ю',
  'е',
  'о',
  'ь',
  'й',
  'і',
  'ї',
  'є',
];

const ENDINGS = [...new Set(RAW_ENDINGS.map(foldString))].sort((a, b) => b.length - a.length);

/** Minimum characters left after stripping, so short names are not mangled. */
const MIN_STEM = 3;

/** Stem of a folded Cyrillic word: the word without its inflectional ending. */
export function stemSlavic(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
