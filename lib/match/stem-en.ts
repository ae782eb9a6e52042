/**
 * The Porter (1980) stemmer for English, so that "refused", "refusing" and
 * "refusal" meet at one term. Algorithm: https://tartarus.org/martin/PorterStemmer/def.txt
 */

function isCons(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 ? true : !isCons(w, i - 1);
  return true;
}

/** The measure m of a stem: the number of vowel-consonant sequences. */
function measure(w: string, len: number): number {
  let m = 0;
  let i = 0;
  while (i < len && isCons(w, i)) i++;
  while (i < len) {
    while (i < len && !isCons(w, i)) i++;
    if (i >= len) break;
    m++;
    while (i < len && isCons(w, i)) i++;
  }
  return m;
}

function hasVowel(w: string, len: number): boolean {
  for (let i = 0; i < len; i++) if (!isCons(w, i)) return true;
  return false;
}

function doubleCons(w: string, len: number): boolean {
  return len >= 2 && w[len - 1] === w[len - 2] && isCons(w, len - 1);
}

/** consonant-vowel-consonant ending, last not w, x or y. */
function cvc(w: string, len: number): boolean {
  if (len < 3 || !isCons(w, len - 1) || isCons(w, len - 2) || !isCons(w, len - 3)) return false;
  const c = w[len - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
}

function replace(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stemLen = w.length - suffix.length;
  return measure(w, stemLen) > minM ? w.slice(0, stemLen) + repl : w;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('eed')) return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  let cut = 0;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) cut = 2;
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) cut = 3;
  if (cut === 0) return w;
  w = w.slice(0, -cut);
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return w + 'e';
  if (doubleCons(w, w.length) && !/[lsz]$/.test(w)) return w.slice(0, -1);
  if (measure(w, w.length) === 1 && cvc(w, w.length)) return w + 'e';
  return w;
}

function applyList(w: string, list: [string, string][]): string {
  for (const [suffix, repl] of list) {
    const r = replace(w, suffix, repl, 0);
    if (r !== null) return r;
  }
  return w;
}

function step4(w: string): string {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const len = w.length - suffix.length;
    if (suffix === 'ion' && !/[st]$/.test(w.slice(0, len))) return w;
    return measure(w, len) > 1 ? w.slice(0, len) : w;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}

/** Porter stem of a lower-case English word; short words are returned unchanged. */
export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  let w = step1ab(word);
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
  w = applyList(w, STEP2);
  w = applyList(w, STEP3);
  w = step4(w);
  w = step5(w);
  // Porter leaves deploy|ment → deploy but deployed → deploi; one final form for both.
  return w.endsWith('y') && w.length > 2 ? w.slice(0, -1) + 'i' : w;
}
