/**
 * Tiny structural checks for message payloads. Messages cross a trust boundary
 * (any page can host a content script), so the background checks every payload's
 * shape before acting on it.
 */

/** A check that narrows `unknown` to `T`. */
export type Guard<T> = (value: unknown) => value is T;

/** True for plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of at most `max` characters. */
export function isString(max = 10_000): Guard<string> {
  return (value): value is string => typeof value === 'string' && value.length <= max;
}

/** A finite integer within `[min, max]`. */
export function isInt(min = 0, max = Number.MAX_SAFE_INTEGER): Guard<number> {
  return (value): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** An array of at most `max` items, each passing `item`. */
export function isArrayOf<T>(item: Guard<T>, max = 100_000): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.length <= max && value.every(item);
}

/** An object whose listed keys pass their guards; optional keys may be absent or undefined. */
export function isShape<T>(required: { [K in keyof T]-?: Guard<T[K]> }, optional: readonly (keyof T)[] = []): Guard<T> {
  return (value): value is T => {
    if (!isRecord(value)) return false;
    for (const key of Object.keys(required) as (keyof T)[]) {
      const v = value[key as string];
      if (v === undefined && optional.includes(key)) continue;
      if (!required[key](v)) return false;
    }
    return true;
  };
}

/** Either `null` or a value passing `guard`. */
export function isNullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

/** One of the listed literal values. */
export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Accepts an empty object (messages without payload). */
export const isEmpty: Guard<Record<string, never>> = (value): value is Record<string, never> =>
  isRecord(value) && Object.keys(value).length === 0;
