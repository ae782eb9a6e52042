/**
 * Numbers as written in news text, in any of the usual notations: 45,000 =
 * 45 000 = 45.000 = 45k = 45 thousand. Dates are read in `dates.ts`.
 */

/** A number found in text, with its span and the words used. */
export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Words for a thousand, a million and a billion written after a number
 * ("80 Tausend", "80 тысяч", "80 tys.", "1,5 milionów"), in every language the
 * matcher reads and a few neighbours. Each is a pattern over the original text
 * (case aside) that must end the word: inflected forms are covered by a stem
 * followed by any letters (тысяча, тысячи, тысяч; tysiąc, tysiące, tysięcy),
 * abbreviations by an optional dot. "mil" is a thousand (Spanish, Portuguese);
 * the Czech "mil." for a million is left out for that reason.
 */
const MULTIPLIERS: readonly (readonly [number, string])[] = [
  // A thousand.
  [1e3, 'thousands?'],
  [1e3, 'тысяч\\p{L}*'],
  [1e3, 'тыс\\.?'],
  [1e3, 'тисяч\\p{L}*'],
  [1e3, 'тис\\.?'],
  [1e3, 'хиљад\\p{L}*'],
  [1e3, 'хиляд\\p{L}*'],
  [1e3, 'tausend'],
  [1e3, 'duizend'],
  [1e3, 'tusen'],
  [1e3, 'tusind'],
  [1e3, 'mille'],
  [1e3, 'mila'],
  [1e3, 'mil'],
  // Romanian: "80 de mii", "o mie".
  [1e3, 'mii'],
  [1e3, 'ezer'],
  [1e3, 'tuhat(?:ta)?'],
  [1e3, 'tuhannen'],
  [1e3, 'tysi[ąę]\\p{L}*'],
  [1e3, 'tys\\.?'],
  [1e3, 'tisíc\\p{L}*'],
  [1e3, 'tis\\.?'],
  [1e3, 'tisoč\\p{L}*'],
  [1e3, 'tisuć\\p{L}*'],
  [1e3, 'hiljad\\p{L}*'],
  [1e3, 'tūkst\\p{L}*\\.?'],
  // A million.
  [1e6, 'million\\p{L}*'],
  [1e6, 'mill[oó]n\\p{L}*'],
  [1e6, 'milh[ãõ]\\p{L}*'],
  [1e6, 'mili(?:[oó]n|oan)\\p{L}*'],
  [1e6, 'milij[ou]n\\p{L}*'],
  [1e6, 'miljo\\p{L}*'],
  [1e6, 'millió\\p{L}*'],
  [1e6, 'mln\\.?'],
  [1e6, 'mio\\.'],
  [1e6, 'миллион\\p{L}*'],
  [1e6, 'мільйон\\p{L}*'],
  [1e6, 'милион\\p{L}*'],
  [1e6, 'млн\\.?'],
  // A billion (a thousand million).
  [1e9, 'billions?'],
  [1e9, 'bn'],
  [1e9, 'milliard\\p{L}*'],
  [1e9, 'miliard\\p{L}*'],
  [1e9, 'milijard\\p{L}*'],
  [1e9, 'miljard\\p{L}*'],
  [1e9, 'milliárd\\p{L}*'],
  [1e9, 'bilh[ãõ]\\p{L}*'],
  [1e9, 'mrd\\.?'],
  [1e9, 'mlrd\\.?'],
  [1e9, 'миллиард\\p{L}*'],
  [1e9, 'мільярд\\p{L}*'],
  [1e9, 'млрд\\.?'],
];

/**
 * A stem followed by any letters: written once after all such stems in the expressions below, rather than
 * after each. A case-insensitive Unicode expression pays at its first use for every letter class it holds,
 * about half a millisecond each, and a service worker starts every such expression afresh at each wake-up.
 */
const ANY_LETTERS = '\\p{L}*';

/** The stem of a multiplier written as a stem and any letters (and no other letter class), else null. */
function stemOf(src: string): string | null {
  const stem = src.endsWith(ANY_LETTERS) ? src.slice(0, -ANY_LETTERS.length) : null;
  return stem === null || stem.includes('\\p') ? null : stem;
}

/** Each multiplier with its stem, or null when it must be matched as a whole word. */
const PARSED = MULTIPLIERS.map(([value, src]) => ({ value, src, stem: stemOf(src) }));
const STEMS = PARSED.flatMap(({ stem }) => stem ?? []);
const WORDS = PARSED.filter(({ stem }) => stem === null).map(({ src }) => src);

/**
 * Each multiplier as a test of a word NUMBER_RE matched: a stem's word is the stem and letters, so its
 * beginning tells it (no stem begins another multiplier's word); any other must be the whole word.
 */
const MULTIPLIER_TESTS = PARSED.map(
  ({ value, src, stem }) =>
    [stem === null ? new RegExp(`^(?:${src})$`, 'iu') : new RegExp(`^(?:${stem})`, 'iu'), value] as const,
);

/** The value of a multiplier word as matched by NUMBER_RE ("Tausend" → 1000). */
function multiplierOf(word: string): number {
  return MULTIPLIER_TESTS.find(([re]) => re.test(word))?.[1] ?? 1;
}

// A number: grouped thousands (45,000; 45 000; 45.000) or plain digits with a
// decimal part; then "k" written against it, or a multiplier word after a space
// (Romanian puts "de" between: 80 de mii). The word must end there.
const NUMBER_RE = new RegExp(
  '(?<![\\d.,])(\\d{1,3}(?:[,.\\u00a0\\u202f\\u2009 ]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)' +
    `(?:(k)(?![\\p{L}\\d])|[\\s\\u00a0]?(?:de\\s)?((?:${STEMS.join('|')})${ANY_LETTERS}|${WORDS.join('|')})(?![\\p{L}\\d]))?`,
  'giu',
);

function parseNumber(digits: string, grouped: boolean): number {
  if (grouped) return Number(digits.replace(/[^\d]/g, ''));
  return Number(digits.replace(',', '.'));
}

// "70 to 80 thousand", "от 70 до 80 тысяч", "70 bis 80 Tausend", "od 70 do 80 tysięcy":
// the first number of a range shares the second's multiplier.
const RANGE_JOIN_RE = new RegExp(
  '^\\s*(?:-|–|—|to|and|or|до|и|і|та|або|или|bis|und|oder|tot|en|of|à|et|ou|a|e|y|o|al|og|och|eller|do|i|' +
    'ili|lub|albo|nebo|alebo|in|ali|és|vagy|ja|tai|și|sau)\\s*$',
  'iu',
);

/**
 * "A million" written without a digit ("up to a million people", "до миллиона",
 * "milion Rosjan", "eine Million", "un million"): the singular of the word for a
 * million or a billion standing alone counts as one of it. Plurals ("millions of
 * people", "миллионов", "Millionen") say no number; a word for a number or a
 * quantity before it ("two million", "два миллиона", "полтора миллиона",
 * "several million") makes it another number, and it is left out.
 */
const BARE_SCALE_RE =
  /(?<![\p{L}\d])(million|millón|milhão|milione|mili?on[au]?|milión|milijon|milijun|miljoen|miljon|millió|milliard|milliarde|miliard|миллиона?|мільйона?|милиона?|миллиарда?|мільярда?)(?![\p{L}\d])/giu;
const BARE_BILLION = /^(?:milliarde?|miliard|миллиарда?|мільярда?)$/iu;
const BEFORE_BARE_SCALE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|several|few|many|half|zwei|drei|vier|fünf|zehn|mehrere|einige|paar|halbe?|deux|trois|quatre|cinq|dix|plusieurs|quelques|demi|dos|tres|cuatro|cinco|due|tre|quattro|cinque|varios|varias|vari|varie|medio|mezzo|dwa|trzy|cztery|kilka|kilku|parę|pół|półtora|twee|drie|vier|enkele|halve|dva|tři|několik|niekoľko|pár|půl)|(?<![\p{L}])(?:два|две|три|четыре|пять|десять|несколько|нескольких|полтора|пол|дві|чотири|п'ять|кілька|кількох|півтора|пів))[\s\u00a0]*$/iu;

/** Every number in `text` with the multiplier words folded in. */
export function findNumbers(text: string): FoundNumber[] {
  const out = findDigitNumbers(text);
  for (const m of text.matchAll(BARE_SCALE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((n) => start < n.end && end > n.start)) continue;
    if (BEFORE_BARE_SCALE.test(text.slice(Math.max(0, start - 20), start))) continue;
    out.push({ value: BARE_BILLION.test(m[0]) ? 1e9 : 1e6, start, end, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

function findDigitNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  const multipliers: number[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const digits = m[1] ?? '';
    const grouped = /^\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+$/.test(digits);
    let value = parseNumber(digits, grouped);
    const word = m[2] ?? m[3];
    const mult = m[2] ? 1e3 : word ? multiplierOf(word) : 1;
    value *= mult;
    const start = m.index ?? 0;
    const prev = out[out.length - 1];
    if (
      prev &&
      mult > 1 &&
      multipliers[multipliers.length - 1] === 1 &&
      prev.value < value / mult &&
      RANGE_JOIN_RE.test(text.slice(prev.end, start))
    ) {
      prev.value *= mult;
    }
    out.push({ value, start, end: start + m[0].length, text: m[0].trim() });
    multipliers.push(mult);
  }
  return out;
}

/** True when a written figure agrees with a known one (rounded figures within 2 %). */
export function sameFigure(written: number, known: number): boolean {
  if (written === known) return true;
  return known >= 1000 && Math.abs(written - known) <= known * 0.02;
}

/** Figures below this are common in any text (ages, counts of people) and only weak evidence. */
const DISTINCTIVE_FIGURE = 100;

/** True for a figure that can identify a claim: at least 100, and not a year (years recur across unrelated stories). */
export function isDistinctiveFigure(n: number): boolean {
  return n >= DISTINCTIVE_FIGURE && !(Number.isInteger(n) && n >= 1900 && n <= 2099);
}
