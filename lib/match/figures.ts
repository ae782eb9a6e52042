/**
 * Numbers and calendar dates as written in news text, in any of the usual
 * notations: 45,000 = 45 000 = 45.000 = 45k = 45 thousand; 20 August = August 20
 * = 20 серпня = 20.08.2022.
 */

/** A number found in text, with its span and the words used. */
export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  text: string;
}

/** A day of a month found in text. */
export interface FoundDate {
  month: number;
  day: number;
  year?: number;
  start: number;
  end: number;
  text: string;
}

const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:k|thousand|тыс|тысяч|тисяч)/i, 1e3],
  [/^(?:million|mln|млн|миллион|мільйон)/i, 1e6],
  [/^(?:billion|bn|млрд|миллиард|мільярд)/i, 1e9],
];

const NUMBER_RE =
  /(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)(?:[\s\u00a0]?(k\b|thousand|million|mln|bn\b|billion|тыс\S*|тысяч\S*|тисяч\S*|млн|млрд|миллион\S*|мільйон\S*|миллиард\S*|мільярд\S*))?/giu;

function parseNumber(digits: string, grouped: boolean): number {
  if (grouped) return Number(digits.replace(/[^\d]/g, ''));
  return Number(digits.replace(',', '.'));
}

// "70 to 80 thousand", "от 70 до 80 тысяч": the first number of a range shares the second's multiplier.
const RANGE_JOIN_RE = /^\s*(?:to|and|or|-|–|—|до|и|і|та|або)\s*$/i;

/** Every number in `text` with the multiplier words folded in. */
export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  const multipliers: number[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const digits = m[1] ?? '';
    const grouped = /^\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+$/.test(digits);
    let value = parseNumber(digits, grouped);
    const word = m[2];
    const mult = word ? (MULTIPLIERS.find(([re]) => re.test(word))?.[1] ?? 1) : 1;
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

const MONTHS: string[][] = [
  ['jan', 'january', 'января', 'январь', 'січня', 'січень'],
  ['feb', 'february', 'февраля', 'февраль', 'лютого', 'лютий'],
  ['mar', 'march', 'марта', 'март', 'березня', 'березень'],
  ['apr', 'april', 'апреля', 'апрель', 'квітня', 'квітень'],
  ['may', 'мая', 'май', 'травня', 'травень'],
  ['jun', 'june', 'июня', 'июнь', 'червня', 'червень'],
  ['jul', 'july', 'июля', 'июль', 'липня', 'липень'],
  ['aug', 'august', 'августа', 'август', 'серпня', 'серпень'],
  ['sep', 'sept', 'september', 'сентября', 'сентябрь', 'вересня', 'вересень'],
  ['oct', 'october', 'октября', 'октябрь', 'жовтня', 'жовтень'],
  ['nov', 'november', 'ноября', 'ноябрь', 'листопада', 'листопад'],
  ['dec', 'december', 'декабря', 'декабрь', 'грудня', 'грудень'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));
const MONTH_ALT = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(\\d{4}))?|(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\d])`,
  'giu',
);

function toDate(m: RegExpMatchArray): Omit<FoundDate, 'start' | 'end' | 'text'> | null {
  const n = (s: string | undefined): number => Number(s);
  if (m[2]) return { day: n(m[1]), month: MONTH_OF.get(m[2].toLowerCase()) ?? 0, ...(m[3] ? { year: n(m[3]) } : {}) };
  if (m[4]) return { day: n(m[5]), month: MONTH_OF.get(m[4].toLowerCase()) ?? 0, ...(m[6] ? { year: n(m[6]) } : {}) };
  if (m[9]) return { day: n(m[7]), month: n(m[8]), year: n(m[9]) };
  if (m[10]) return { day: n(m[12]), month: n(m[11]), year: n(m[10]) };
  return null;
}

/** Every day-and-month date in `text`. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const d = toDate(m);
    if (!d || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) continue;
    const start = m.index ?? 0;
    out.push({ ...d, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** True when a written figure agrees with a known one (rounded figures within 2 %). */
export function sameFigure(written: number, known: number): boolean {
  if (written === known) return true;
  return known >= 1000 && Math.abs(written - known) <= known * 0.02;
}
