/** Reading the hover delays a reader types, within the limits the settings accept. */
import { err, ok, type Result } from '../messaging/result';
import { HOVER_LIMITS, type HoverSettings } from '../settings/schema';

/** Why typed text is not a delay. */
export type DelayProblem = 'empty' | 'not-whole' | 'out-of-range';

/** The three hover delays, in the order the reader meets them. */
export const DELAY_FIELDS: readonly (keyof HoverSettings)[] = ['prepareMs', 'showMs', 'graceMs'];

/** Reads a delay in whole milliseconds between the limits. */
export function parseDelay(text: string): Result<number, DelayProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return err('empty');
  // Digits only: "1e3", "0x10" and "1.5" are numbers to JavaScript, not to a reader.
  if (!/^\d+$/.test(trimmed)) return err('not-whole');
  const value = Number(trimmed);
  if (value < HOVER_LIMITS.min || value > HOVER_LIMITS.max) return err('out-of-range');
  return ok(value);
}
