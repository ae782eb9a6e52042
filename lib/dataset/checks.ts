/**
 * Small, reusable field checks for pack validation. Each check records a
 * readable issue at a JSON-like path (`claims[3].eventId`) and returns the
 * value only when it is usable, so callers can keep walking a broken pack and
 * report every problem at once instead of stopping at the first.
 */
import { MAX_SLUG_LENGTH, MAX_TERM_LENGTH, SLUG_PATTERN } from './limits';

/** One problem found in a pack, at a path such as `claims[3].eventId`. */
export interface PackIssue {
  path: string;
  message: string;
}

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** Stops a hopeless pack (say, 100k broken records) from producing a giant report. */
export const MAX_ISSUES = 200;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Collects issues up to `MAX_ISSUES`. */
export class IssueList {
  readonly items: PackIssue[] = [];

  /** Records one issue unless the list is already full. */
  add(path: string, message: string): void {
    if (this.items.length < MAX_ISSUES) this.items.push({ path, message });
  }

  /** True once no more issues will be recorded. */
  get full(): boolean {
    return this.items.length >= MAX_ISSUES;
  }
}

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a value's JSON type for messages ("expected a string, got number"). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Flags fields a pack must not carry, which usually are typos of real ones. */
export function checkKnownKeys(issues: IssueList, obj: JsonObject, path: string, allowed: readonly string[]): void {
  // for…in rather than Object.keys: no array per record (parsed JSON has no inherited keys).
  for (const key in obj) {
    if (!allowed.includes(key)) issues.add(`${path}.${key}`, `unknown field '${key}'`);
  }
}

/** Options for `readString`. */
export interface StringRule {
  max: number;
  optional?: boolean;
  nullable?: boolean;
}

/** Reads a trimmed, non-empty string field of bounded length. */
export function readString(
  issues: IssueList,
  obj: JsonObject,
  key: string,
  path: string,
  rule: StringRule,
): string | undefined {
  const value = obj[key];
  // Paths are built only for an issue: a 100k-entity pack has millions of good fields.
  if (value === undefined && rule.optional) return undefined;
  if (value === null && rule.nullable) return undefined;
  if (typeof value !== 'string') {
    issues.add(`${path}.${key}`, `expected a string${rule.nullable ? ' or null' : ''}, got ${typeName(value)}`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === value && value !== '' && value.length <= rule.max) return value;
  const at = `${path}.${key}`;
  if (trimmed === '') issues.add(at, 'must not be empty');
  else if (value !== trimmed) issues.add(at, 'must not start or end with spaces');
  else issues.add(at, `is ${value.length} characters long; at most ${rule.max} allowed`);
  return undefined;
}

/** Reads an array field of bounded length; its items are checked by the caller. */
export function readArray(
  issues: IssueList,
  obj: JsonObject,
  key: string,
  path: string,
  max: number,
  optional = false,
): unknown[] | undefined {
  const value = obj[key];
  if (value === undefined && optional) return undefined;
  if (!Array.isArray(value)) {
    issues.add(`${path}.${key}`, `expected an array, got ${typeName(value)}`);
    return undefined;
  }
  if (value.length > max) {
    issues.add(`${path}.${key}`, `has ${value.length} items; at most ${max} allowed`);
    return undefined;
  }
  return value;
}

/** Checks that a value is a slug (`darya-dugina`); `at` is the value's own path. */
export function checkSlug(issues: IssueList, value: unknown, at: string): string | undefined {
  if (typeof value !== 'string') {
    issues.add(at, `expected a slug string, got ${typeName(value)}`);
    return undefined;
  }
  if (value.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(value)) {
    issues.add(
      at,
      `'${value.slice(0, MAX_SLUG_LENGTH)}' is not a slug (lowercase letters, digits and hyphens, at most ${MAX_SLUG_LENGTH} characters)`,
    );
    return undefined;
  }
  return value;
}

/** Reads a slug field (`darya-dugina`). */
export function readSlug(issues: IssueList, obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  // The common, valid case without building the field's path.
  if (typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)) return value;
  return checkSlug(issues, value, `${path}.${key}`);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar day written `YYYY-MM-DD` (years before 100 are refused, as `Date.UTC` would misread them). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** True for `YYYY-MM-DD` or, when only the month is known, `YYYY-MM` (ISO 8601 reduced precision). */
export function isIsoDayOrMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDay(value);
}

// ISO 3166-1 alpha-2 codes (plus XK, Kosovo, in common use), so 'UK' for GB is caught.
const COUNTRIES = new Set(
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(
    ' ',
  ),
);

/** True for an ISO 3166-1 alpha-2 country code (`GB`, `UA`). */
export function isCountryCode(value: string): boolean {
  return COUNTRIES.has(value);
}

/** True for a BCP 47 tag of the simple kind used in packs (`en`, `uk`, `pt-BR`). */
export function isLanguageTag(value: string): boolean {
  return LANG.test(value);
}

/** Counts whitespace-separated words. */
export function wordCount(value: string): number {
  return value.trim().split(/\s+/u).length;
}

/** The value as an object, or an issue saying what it is instead. */
export function asObject(issues: IssueList, value: unknown, path: string): JsonObject | undefined {
  if (isObject(value)) return value;
  issues.add(path, `expected an object, got ${typeName(value)}`);
  return undefined;
}

/** The list at `obj[key]`, kept when `check` (which adds an issue for each bad item) passes every item. */
function readEach(
  issues: IssueList,
  obj: JsonObject,
  key: string,
  path: string,
  max: number,
  check: (item: unknown, at: string) => void,
): unknown[] | undefined {
  const list = readArray(issues, obj, key, path, max);
  if (!list) return undefined;
  const before = issues.items.length;
  list.forEach((item, i) => check(item, `${path}.${key}[${i}]`));
  return issues.items.length === before ? list : undefined;
}

/** A list of non-empty strings of at most `maxWords` words and `MAX_TERM_LENGTH` characters each. */
export function readStrings(
  issues: IssueList,
  obj: JsonObject,
  key: string,
  path: string,
  max: number,
  maxWords: number,
): string[] | undefined {
  return readEach(issues, obj, key, path, max, (item, at) => {
    if (typeof item !== 'string' || item.trim() === '')
      issues.add(
        at,
        `expected a non-empty string, got ${typeof item === 'string' ? 'an empty string' : typeName(item)}`,
      );
    else if (wordCount(item) > maxWords)
      issues.add(at, `'${item}' has ${wordCount(item)} words; at most ${maxWords} allowed`);
    else if (item.length > MAX_TERM_LENGTH)
      issues.add(at, `is ${item.length} characters long; at most ${MAX_TERM_LENGTH} allowed`);
  }) as string[] | undefined;
}

/** A list of slugs. */
export function readSlugs(
  issues: IssueList,
  obj: JsonObject,
  key: string,
  path: string,
  max: number,
): string[] | undefined {
  return readEach(issues, obj, key, path, max, (item, at) => checkSlug(issues, item, at)) as string[] | undefined;
}
