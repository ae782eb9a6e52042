/**
 * Calendar dates as written in news text: 20 August = August 20 = 20 серпня = 21. September = 20.08.2022 =
 * 2022. augusztus 20. (Hungarian, year first) = 20/08/2022.
 */

/** A day of a month found in text. */
export interface FoundDate {
  month: number;
  day: number;
  year?: number;
  start: number;
  end: number;
  text: string;
}

/** The day a date writes, without where it was found. */
type Day = Omit<FoundDate, 'start' | 'end' | 'text'>;

// Month names as news writes them beside a day, one line per month, in the languages the matcher reads:
// English, Russian and Ukrainian (genitive and nominative), German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech and
// Slovak (genitive), Romanian, Hungarian, Finnish (partitive), Serbian, Croatian and Bosnian, the Scandinavian
// languages and Turkish; last, the forms Russian, Ukrainian and Polish give a month written with its year
// alone ("в марте 2024 года", "у травні 2024", "w maju 2024"). Croatian "listopada" (October) is left out:
// in Polish and Czech it is November.
const MONTHS: readonly string[] = [
  'jan january января январь січня січень januar janvier enero gennaio janeiro januari stycznia ledna januára ianuarie január tammikuuta siječnja јануар јануара ocak январе січні styczniu',
  'feb february февраля февраль лютого лютий februar février fevrier febrero febbraio fevereiro februari lutego února februára februarie február helmikuuta veljače фебруар фебруара şubat subat феврале лютому lutym',
  'mar march марта март березня березень märz maerz mars marzo março marco maart marca března martie március maaliskuuta ožujka mart марта marts марте березні marcu',
  'apr april апреля апрель квітня квітень avril abril aprile kwietnia dubna apríla aprilie április huhtikuuta travnja април априла nisan апреле квітні kwietniu',
  'may мая май травня травень mai mayo maggio maio mei maja května mája május toukokuuta svibnja maj мај маја mayıs мае травні maju',
  'jun june июня июнь червня червень juni juin junio giugno junho czerwca června júna iunie június kesäkuuta lipnja јун јуна haziran июне червні czerwcu',
  'jul july июля июль липня липень juli juillet julio luglio julho lipca července júla iulie július heinäkuuta srpnja јул јула temmuz июле липні lipcu',
  'aug august августа август серпня серпень août aout agosto augustus sierpnia srpna augusta augusztus elokuuta kolovoza avgust avgusta августа augusti ağustos agustos августе серпні sierpniu',
  'sep sept september сентября сентябрь вересня вересень septembre septiembre setiembre settembre setembro września wrzesnia září septembra septembrie szeptember syyskuuta rujna septembar септембар септембра eylül eylul сентябре вересні wrześniu',
  'oct october октября октябрь жовтня жовтень oktober octobre octubre ottobre outubro października pazdziernika října októbra octombrie október lokakuuta oktobar октобар октобра ekim октябре жовтні październiku',
  'nov november ноября ноябрь листопада листопад novembre noviembre novembro listopada listopadu novembra noiembrie marraskuuta studenoga novembar новембар новембра kasım kasim ноябре листопаді listopadzie',
  'dec december декабря декабрь грудня грудень dezember décembre decembre diciembre dicembre dezembro grudnia prosince decembra decembrie joulukuuta prosinca decembar децембар децембра desember aralık aralik декабре грудні grudniu',
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as [string, number])));
const MONTH_ALT = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?|(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{4})\\.\\s+(${MONTH_ALT})\\s+(\\d{1,2})\\.?|(\\d{1,2})/(\\d{1,2})/(\\d{4}))(?![\\p{L}\\d])`,
  'giu',
);

/** The day a match of `DATE_RE` writes, or null when it is none (a 13th month, a 32nd day). */
function dayOf(m: RegExpMatchArray): Day | null {
  const d = toDate(m);
  return !d || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 ? null : d;
}

function toDate(m: RegExpMatchArray): Day | null {
  const n = (s: string | undefined): number => Number(s);
  if (m[2]) return { day: n(m[1]), month: MONTH_OF.get(m[2].toLowerCase()) ?? 0, ...(m[3] ? { year: n(m[3]) } : {}) };
  if (m[4]) return { day: n(m[5]), month: MONTH_OF.get(m[4].toLowerCase()) ?? 0, ...(m[6] ? { year: n(m[6]) } : {}) };
  if (m[9]) return { day: n(m[7]), month: n(m[8]), year: n(m[9]) };
  if (m[10]) return { day: n(m[12]), month: n(m[11]), year: n(m[10]) };
  if (m[14]) return { day: n(m[15]), month: MONTH_OF.get(m[14].toLowerCase()) ?? 0, year: n(m[13]) };
  if (m[18]) return slashed(n(m[16]), n(m[17]), n(m[18]));
  return null;
}

/**
 * A date written with slashes: day first as most languages write it (21/09/2022), month first as American
 * English does (9/21/2022) when the first number cannot be a day's month; none when either reading could be.
 */
function slashed(a: number, b: number, year: number): Day | null {
  if (a > 12 && b <= 12) return { day: a, month: b, year };
  if (b > 12 && a <= 12) return { day: b, month: a, year };
  return a === b ? { day: a, month: b, year } : null;
}

/** `DATE_RE` tried at one place only. */
const DATE_AT = new RegExp(DATE_RE.source, 'iuy');

/** A run of digits: every date begins at one, or at the month written before one. */
const DIGIT_RUN = /\d+/g;

/** The longest month name. */
const LONGEST_MONTH = Math.max(...[...MONTH_OF.keys()].map((m) => m.length));

/**
 * Where a month written before the digits at `at` would begin ("September 21", "Sept. 21"): the word before
 * them, over white space and a full stop; or -1 when no word of a month's length stands there.
 */
function monthBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  if (i === at) return -1;
  if (text.charAt(i - 1) === '.') i--;
  let w = i;
  while (w > 0 && i - w <= LONGEST_MONTH && /\p{L}/u.test(text.charAt(w - 1))) w--;
  return w < i && i - w <= LONGEST_MONTH ? w : -1;
}

/**
 * Every day-and-month date in `text`. The pattern is tried only where a date can begin (a run of digits, or a
 * month just before one), in order, each match ending where the next may begin: the dates `matchAll` would
 * find, read in a fraction of the time, since a sentence holds few digits and trying every month name at
 * every character was the cost.
 */
export function findDates(text: string): FoundDate[] {
  const starts: number[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const at = m.index ?? 0;
    const month = monthBefore(text, at);
    if (month >= 0) starts.push(month);
    starts.push(at);
  }
  const out: FoundDate[] = [];
  let free = 0;
  for (const start of starts) {
    if (start < free) continue;
    DATE_AT.lastIndex = start;
    const m = DATE_AT.exec(text);
    if (!m) continue;
    free = start + m[0].length;
    const d = dayOf(m);
    if (d) out.push({ ...d, start, end: free, text: m[0] });
  }
  return out;
}

/** Every day-and-month date in `text`, the pattern tried at every character (what `findDates` finds). */
export function findDatesEverywhere(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const d = dayOf(m);
    const start = m.index ?? 0;
    if (d) out.push({ ...d, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** A year as dates write it: four digits from 1900 to 2099, not part of a longer number. */
const YEAR_RE = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * How far before its year a date may begin ("24th of September, de 2022"), and after it end
 * ("2022. szeptember 24.").
 */
const BEFORE_YEAR = 40;
const AFTER_YEAR = 20;

/**
 * The dates of `text` that state their year, as `findDates` finds them, read only around the years the
 * text holds: on a long page with few years this is a fraction of reading every date.
 */
export function findDatesWithYear(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(YEAR_RE)) {
    const at = m.index ?? 0;
    let from = Math.max(0, at - BEFORE_YEAR);
    // Start on a word edge: a window opening inside "24" would read its day as 4.
    while (from > 0 && /[\p{L}\d]/u.test(text.charAt(from - 1))) from--;
    const to = Math.min(text.length, at + 4 + AFTER_YEAR);
    for (const d of findDates(text.slice(from, to))) {
      if (d.year === undefined || seen.has(d.start + from)) continue;
      seen.add(d.start + from);
      out.push({ ...d, start: d.start + from, end: d.end + from });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A month name just before a year, with nothing between but a full stop, a comma, "de" or "of". */
const MONTH_BEFORE_YEAR = new RegExp(`(?<![\\p{L}\\d])(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|of\\s+)?$`, 'iu');

/**
 * Every month written with its year ("in May 2024", "en septiembre de 2022", "в марте 2024 года"), as its first
 * day; read around the years the text holds, as findDatesWithYear reads.
 */
export function findMonthsWithYear(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const at = m.index ?? 0;
    const before = MONTH_BEFORE_YEAR.exec(text.slice(Math.max(0, at - BEFORE_YEAR), at));
    const month = MONTH_OF.get((before?.[1] ?? '').toLowerCase()) ?? 0;
    if (!before || month === 0) continue;
    const start = at - before[0].length;
    out.push({ day: 1, month, year: Number(m[0]), start, end: at + 4, text: text.slice(start, at + 4) });
  }
  return out;
}

/** Days since 1970 of a `YYYYMMDD` number, to count the days between two of them. */
export function dayNumber(yyyymmdd: number): number {
  return Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
}
