/**
 * Undo, where it can be done safely, the damage that accent folding does to
 * the endings some Snowball stemmers look for. Page text reaches the stemmers
 * folded (й→и, ї→і, é→e, á→a), and several stemmers only recognise an ending
 * in its accented spelling. Each function rewrites a folded word into a form
 * the stemmer handles; it only has to be consistent, since queries and pages
 * go through the same path.
 * The endings each stemmer expects are those of its Snowball algorithm
 * (https://snowballstem.org/algorithms/); the Ukrainian stemmer is a set of
 * regular expressions over the same kind of endings.
 */

const RU_VOWELS = 'аеиоуыэюя';
const UK_VOWELS = 'аеєиіоуюя';

/**
 * Russian: й folds to и, so Дугиной arrives as дугинои and the stemmer, which
 * knows -ой but not -ои, leaves a different stem than for Дугина. A vowel
 * followed by a final и is almost always a folded й (новой, мой, музей); where
 * it is not (мои, герои), мой and мои stem alike either way.
 * Inside words the folded и is left alone: it is consistent across all forms.
 */
export function restoreRussian(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 0x438 || !RU_VOWELS.includes(word.charAt(n - 2))) return word;
  return word.slice(0, -1) + 'й';
}

/**
 * Ukrainian: ї folds to і and й to и. Ukrainian spelling writes ї, never і,
 * after a vowel, and a vowel is followed by й rather than и, so both letters
 * can be restored from the preceding letter (Дугіної, військо, нової).
 */
export function restoreUkrainian(word: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (i > 0 && UK_VOWELS.includes(word.charAt(i - 1))) {
      if (ch === 'і') {
        out += 'ї';
        changed = true;
        continue;
      }
      if (ch === 'и') {
        out += 'й';
        changed = true;
        continue;
      }
    }
    out += ch;
  }
  return changed ? out : word;
}

/**
 * French: the stemmer strips -ée and -ière only when accented; folded
 * "attaquee" would keep a final e that "attaque" loses. Final -ee(s) and
 * -iere(s) exist only as folded -ée(s) and -ière(s). After an i the
 * feminine e is dropped instead: folded "refugie" (réfugié) is stemmed as
 * a plain -ie word, and "refugiee" has to follow it.
 */
export function restoreFrench(word: string): string {
  if (word.length < 4) return word;
  if (/iees?$/.test(word)) return word.replace(/iee(s?)$/, 'ie$1');
  return word.replace(/ee(s?)$/, 'ée$1').replace(/iere(s?)$/, 'ière$1');
}

/**
 * Portuguese: the stemmer does not unify -ão with its plurals -ões, -ães,
 * -ãos even with accents; folded they become -ao, -oes, -aes, -aos. Mapping the
 * plurals onto -ao brings eleição/eleições and alemão/alemães together. A
 * four-letter -aes is the plural of -ãe (mães, mãe), kept apart from mão.
 */
export function restorePortuguese(word: string): string {
  const n = word.length;
  if (n >= 4 && word.endsWith('aos')) return word.slice(0, -1);
  if (n === 4 && word.endsWith('aes')) return word.slice(0, -1);
  if (n >= 5 && (word.endsWith('oes') || word.endsWith('aes'))) return word.slice(0, -3) + 'ao';
  return word;
}

// Hungarian case endings the stemmer lists only with their long vowel; the
// front-vowel variants (ről, ből, től) fold to the same letters and are
// removed by the stemmer just the same.
const HU_ENDINGS: readonly (readonly [string, string])[] = [
  ['rol', 'ról'],
  ['bol', 'ból'],
  ['tol', 'tól'],
  ['nal', 'nál'],
  ['nel', 'nél'],
  ['kent', 'ként'],
  ['ert', 'ért'],
];

/**
 * Hungarian: a folded case ending (-rol for -ról/-ről, -nal for -nál) is not
 * recognised by the stemmer, so Ukrajnáról would keep its ending. Put the
 * accent back on the ending when the word is long enough to carry one.
 */
export function restoreHungarian(word: string): string {
  if (word.length < 6) return word;
  for (const [folded, accented] of HU_ENDINGS) {
    if (word.endsWith(folded)) return word.slice(0, -folded.length) + accented;
  }
  return word;
}

// Serbian Cyrillic to Latin, already folded the way page text is (č, ć → c;
// š → s; ž → z; đ stays, since folding keeps it).
const SR_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
};

/**
 * Serbian is written in both alphabets. The stemmer transliterates Cyrillic
 * itself, but to accented Latin (ћ→ć), while Latin page text arrives folded
 * (ć→c); transliterating to folded Latin first gives one stem for both
 * spellings of a word.
 */
export function serbianToLatin(word: string): string {
  let out = '';
  for (const ch of word) out += SR_LATIN[ch] ?? ch;
  return out;
}
