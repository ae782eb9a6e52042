/**
 * Field checks for importing flags. Each reads one value of an import file with
 * a rule of the flag schema (`schema.ts`), records a readable issue at its
 * JSON-like path (`items[3].target.source`) and returns the value only when it
 * is usable, so one pass reports every problem of a file.
 */
import * as v from 'valibot';

import { isObject, IssueList, typeName, type JsonObject } from '../dataset/checks';
import { describeValue, FLAG_FIELDS } from './schema';

export { IssueList, isObject, typeName, type JsonObject };

/** Prefix of an exported annotation's id; the flag id follows. */
export const ANNOTATION_ID_PREFIX = 'urn:parallax:flag:';

/** Date, optional time and zone, as `Date` parses reliably. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const notIsoTime = (issue: v.BaseIssue<unknown>): string =>
  `expected an ISO 8601 time such as 2024-05-01T10:00:00.000Z, got ${describeValue(issue.input)}`;

/** An ISO 8601 time in a file, read as the epoch milliseconds a flag keeps. */
export const ISO_TIME_FIELD = v.pipe(
  v.string(notIsoTime),
  v.regex(ISO_TIME, notIsoTime),
  v.check(
    (text) => v.is(FLAG_FIELDS.createdAt, Date.parse(text)),
    (issue) => `'${issue.input}' is not a plausible time`,
  ),
  v.transform((text) => Date.parse(text)),
);

/**
 * Reads `value` with `schema`; on failure records each issue at `path` (plus
 * the issue's own path inside the value) and returns undefined.
 */
export function readField<T>(
  issues: IssueList,
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  path: string,
): T | undefined {
  // One issue per field: a value that is not text has no length to complain about.
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const inner = v.getDotPath(issue);
    issues.add(inner ? `${path}.${inner}` : path, issue.message);
  }
  return undefined;
}

/** A value as a list: arrays as they are, one value as a list of one, absent as empty. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
