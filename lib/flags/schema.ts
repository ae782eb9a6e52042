/**
 * The one description of a valid flag, as a valibot schema (https://valibot.dev).
 * The background saves only flags that pass `FlagSchema`; an import reads each
 * field of a file with the rules in `FLAG_FIELDS` and checks every flag it
 * builds against `FlagSchema` as well, so a flag that imports can always be
 * saved again: edited, or restored after a delete. The export writes exactly
 * the fields these rules read back. Messages are sentences a reader can act on,
 * because an import shows them next to the field's place in the file.
 */
import * as v from 'valibot';

import { typeName } from '../dataset/checks';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../dataset/limits';
import { FLAG_LABELS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, type Flag } from './types';

/** Longest value of each text field, in UTF-16 code units, and the largest text offset. */
export const FLAG_LIMITS = {
  /** Prefix and suffix: ours are 32 characters, other annotation tools keep more. */
  context: 1000,
  title: 2000,
  outletName: 300,
  publishedAt: 100,
  url: 4096,
  offset: 1e9,
} as const;

/**
 * A flag id. Ours are `flag-` and base36 (`newFlagId`), but an import keeps the
 * ids of files from other installs and tools, which may use capitals and `_`.
 */
export const FLAG_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Earliest and latest plausible flag times (1990 to 2200): anything else is a broken clock or file. */
const FLAG_TIME_RANGE = { earliest: Date.UTC(1990, 0, 1), latest: Date.UTC(2200, 0, 1) } as const;

/** A value as messages quote it: text in quotes (cut short), anything else by its JSON type. */
export function describeValue(value: unknown): string {
  return typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeName(value);
}

const count = (n: number): string => n.toLocaleString('en');

/** Text of at most `max` code units. */
export function boundedText(max: number) {
  return v.pipe(
    v.string((issue) => `expected text, got ${typeName(issue.input)}`),
    v.maxLength(max, (issue) => `is ${count(issue.input.length)} characters long; at most ${count(max)} allowed`),
  );
}

const nonBlank = v.check((text: string) => text.trim() !== '', 'must not be empty');

/** The URL's scheme without its colon, or null when the text is not a URL. */
function schemeOf(text: string): string | null {
  try {
    return new URL(text).protocol.replace(/:$/, '');
  } catch {
    return null;
  }
}

const httpUrl = v.pipe(
  boundedText(FLAG_LIMITS.url),
  nonBlank,
  v.check(
    (text) => schemeOf(text) !== null,
    (issue) => `'${issue.input.slice(0, 80)}' is not a URL`,
  ),
  // Text that is not a URL passes here: the check above has reported it.
  v.check(
    (text) => [null, 'http', 'https'].includes(schemeOf(text)),
    (issue) => `only http and https addresses can be imported, not ${schemeOf(issue.input) ?? ''}`,
  ),
);

const notDatasetId = (issue: v.BaseIssue<unknown>): string =>
  `expected a dataset id (lowercase letters, digits and hyphens) or null, got ${describeValue(issue.input)}`;

/** A pack record's id (outlet, claim, event), as the pack itself allows it, or null. */
const datasetId = v.nullable(
  v.pipe(v.string(notDatasetId), v.maxLength(MAX_SLUG_LENGTH, notDatasetId), v.regex(SLUG_PATTERN, notDatasetId)),
);

const notOffset = (issue: v.BaseIssue<unknown>): string =>
  `expected a whole number of characters (0 or more), got ${typeof issue.input === 'number' ? String(issue.input) : typeName(issue.input)}`;

const offset = v.pipe(
  v.number(notOffset),
  v.integer(notOffset),
  v.minValue(0, notOffset),
  v.maxValue(FLAG_LIMITS.offset, notOffset),
);

const notTime = `expected a time between 1990 and 2200, in epoch milliseconds`;

const flagTime = v.pipe(
  v.number(notTime),
  v.integer(notTime),
  v.minValue(FLAG_TIME_RANGE.earliest, notTime),
  v.maxValue(FLAG_TIME_RANGE.latest, notTime),
);

const notFlagId = 'expected letters, digits, hyphens or underscores (at most 128)';

/** The quoted text with its context (W3C TextQuoteSelector). */
export const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(boundedText(MAX_QUOTE_LENGTH), nonBlank),
  prefix: boundedText(FLAG_LIMITS.context),
  suffix: boundedText(FLAG_LIMITS.context),
});

/** Where the quote was in the page text (W3C TextPositionSelector); an end before the start is reported at `end`. */
export const PositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.forward(
    v.partialCheck(
      [['start'], ['end']],
      (position) => position.end >= position.start,
      (issue) => `ends (${issue.input.end}) before it starts (${issue.input.start})`,
    ),
    ['end'],
  ),
);

/** The rule for each field of a flag, for readers that find the fields in other places (an import file). */
export const FLAG_FIELDS = {
  id: v.pipe(v.string(notFlagId), v.regex(FLAG_ID_PATTERN, notFlagId)),
  url: httpUrl,
  pageUrl: httpUrl,
  outletId: datasetId,
  outletName: v.nullable(boundedText(FLAG_LIMITS.outletName)),
  title: boundedText(FLAG_LIMITS.title),
  publishedAt: v.nullable(boundedText(FLAG_LIMITS.publishedAt)),
  quote: v.pipe(boundedText(MAX_QUOTE_LENGTH), nonBlank),
  selectors: v.object({ quote: QuoteSelectorSchema, position: PositionSelectorSchema }),
  note: v.pipe(
    v.string((issue) => `expected text, got ${typeName(issue.input)}`),
    v.maxLength(
      MAX_NOTE_LENGTH,
      (issue) => `the note is ${count(issue.input.length)} characters long; at most ${count(MAX_NOTE_LENGTH)} allowed`,
    ),
  ),
  label: v.picklist(
    FLAG_LABELS,
    (issue) => `must be one of ${FLAG_LABELS.join(', ')}; got ${describeValue(issue.input)}`,
  ),
  claimId: datasetId,
  eventId: datasetId,
  createdAt: flagTime,
  updatedAt: flagTime,
};

/** A complete flag: every field within its limits, the quote being the text its selector holds. */
export const FlagSchema: v.GenericSchema<Flag> = v.pipe(
  v.object(FLAG_FIELDS),
  v.forward(
    v.partialCheck(
      [['quote'], ['selectors', 'quote', 'exact']],
      (flag) => flag.quote === flag.selectors.quote.exact,
      'must be the text its quote selector holds',
    ),
    ['quote'],
  ),
);
