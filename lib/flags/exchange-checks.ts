/**
 * Field checks for importing flags. Each records a readable issue at a
 * JSON-like path (`items[3].target.source`) and returns the value only when it
 * is usable, so one pass reports every problem of a file.
 */
import { IssueList, isObject, typeName, type JsonObject } from '../dataset/checks';
import { SLUG_PATTERN } from '../dataset/limits';

export { IssueList, isObject, typeName, type JsonObject };

/** Prefix of an exported annotation's id; the flag id follows. */
export const ANNOTATION_ID_PREFIX = 'urn:parallax:flag:';

/** Longest URL accepted. */
export const MAX_URL_LENGTH = 4096;

/** Earliest and latest plausible timestamps (1990 to 2200): anything else is a broken file. */
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Date, optional time and zone, as `Date` parses reliably. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a string of at most `max` characters; `undefined` when absent and optional. */
export function readText(issues: IssueList, value: unknown, path: string, rule: { max: number; optional?: boolean; nonEmpty?: boolean }): string | undefined {
  if (value === undefined && rule.optional) return undefined;
  if (typeof value !== 'string') {
    issues.add(path, `expected text, got ${typeName(value)}`);
    return undefined;
  }
  if (value.length > rule.max) {
    issues.add(path, `is ${value.length.toLocaleString('en')} characters long; at most ${rule.max.toLocaleString('en')} allowed`);
    return undefined;
  }
  if (rule.nonEmpty && !value.trim()) {
    issues.add(path, 'must not be empty');
    return undefined;
  }
  return value;
}

/** Reads an absolute http(s) URL. */
export function readUrl(issues: IssueList, value: unknown, path: string): string | undefined {
  const text = readText(issues, value, path, { max: MAX_URL_LENGTH, nonEmpty: true });
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    issues.add(path, `'${text.slice(0, 80)}' is not a URL`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.add(path, `only http and https addresses can be imported, not ${url.protocol.replace(/:$/, '')}`);
    return undefined;
  }
  return text;
}

/** Reads an ISO 8601 time as epoch milliseconds. */
export function readTime(issues: IssueList, value: unknown, path: string): number | undefined {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) {
    issues.add(path, `expected an ISO 8601 time such as 2024-05-01T10:00:00.000Z, got ${typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeName(value)}`);
    return undefined;
  }
  const time = Date.parse(value);
  if (!Number.isFinite(time) || time < EARLIEST || time > LATEST) {
    issues.add(path, `'${value}' is not a plausible time`);
    return undefined;
  }
  return time;
}

/** Reads an optional dataset id (a slug) or null; absent → null. */
export function readOptionalSlug(issues: IssueList, value: unknown, path: string): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length <= 160 && SLUG_PATTERN.test(value)) return value;
  issues.add(path, `expected a dataset id (lowercase letters, digits and hyphens) or null, got ${typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeName(value)}`);
  return undefined;
}

/** Reads a non-negative integer offset. */
export function readOffset(issues: IssueList, value: unknown, path: string): number | undefined {
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1e9) return value as number;
  issues.add(path, `expected a whole number of characters (0 or more), got ${typeName(value) === 'number' ? String(value) : typeName(value)}`);
  return undefined;
}

/** A value as a list: arrays as they are, one value as a list of one, absent as empty. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
