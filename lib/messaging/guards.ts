/**
 * Building blocks for the message payload schemas (valibot, https://valibot.dev).
 * Messages cross a trust boundary (any page can host a content script), so the
 * receiver checks every payload's shape before acting on it, and hands the
 * handler the checked copy, without fields the protocol does not name.
 */
import * as v from 'valibot';

/** The schema of a payload of type `T`: takes any value, gives a checked `T`. */
export type PayloadSchema<T> = v.GenericSchema<unknown, T>;

/** True for plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of at most `max` characters. */
export function boundedString(max = 10_000) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A whole number within `[min, max]`. */
export function wholeNumber(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

/** An array of at most `max` items, each passing `item`. */
export function boundedArray<TItem extends v.GenericSchema>(item: TItem, max = 100_000) {
  return v.pipe(v.array(item), v.maxLength(max));
}

/** An empty object: the payload of requests that carry nothing. */
export const EmptyPayload: PayloadSchema<Record<string, never>> = v.custom<Record<string, never>>(
  (value) => isRecord(value) && Object.keys(value).length === 0,
  'expected an empty object: this request carries nothing',
);

/** The first problem of a refused payload, as `path: message` (for the refusal's message). */
export function firstProblem(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [issue] = issues;
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
