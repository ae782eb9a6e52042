/**
 * Numbers written as words ("ten times", "five warships", "п'ять", "десять"),
 * so they meet the same number written in digits. "One" is left out: it is
 * mostly a pronoun ("one of the soldiers"), not a count.
 */

const WORDS: [number, string][] = [
  [2, 'two'], [3, 'three'], [4, 'four'], [5, 'five'], [6, 'six'], [7, 'seven'], [8, 'eight'], [9, 'nine'], [10, 'ten'],
  [11, 'eleven'], [12, 'twelve'], [13, 'thirteen'], [14, 'fourteen'], [15, 'fifteen'], [16, 'sixteen'], [17, 'seventeen'],
  [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'], [40, 'forty'], [50, 'fifty'], [60, 'sixty'],
  [70, 'seventy'], [80, 'eighty'], [90, 'ninety'], [100, 'hundred'],
  // Russian and Ukrainian nominative forms (folded: й→и, ї→і).
  [2, 'два'], [2, 'две'], [2, 'дві'], [3, 'три'], [4, 'четыре'], [4, 'чотири'], [5, 'пять'], [6, 'шесть'],
  [6, 'шість'], [7, 'семь'], [7, 'сім'], [8, 'восемь'], [8, 'вісім'], [9, 'девять'], [10, 'десять'],
  [11, 'одиннадцать'], [11, 'одинадцять'], [12, 'двенадцать'], [12, 'дванадцять'], [20, 'двадцать'], [20, 'двадцять'],
  [100, 'сто'],
];

/** Folded word → value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(WORDS.map(([v, w]) => [w, v]));
