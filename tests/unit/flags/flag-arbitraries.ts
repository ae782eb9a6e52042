/**
 * Random import files and random flags for the property tests of flag exchange.
 * Every value is drawn from the whole range the import accepts, with the edges
 * (the longest context, title, id, quote and note) drawn often, because that is
 * where the import and the save check used to disagree.
 */
import fc from 'fast-check';

import { FLAG_LABELS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, type Flag, type FlagLabel } from '@/lib/flags/types';

/** Limits the import accepts, written out here so a change to them is a visible decision. */
export const IMPORT_LIMITS = {
  context: 1000,
  title: 2000,
  outletName: 300,
  publishedAt: 100,
  offset: 1e9,
  slug: 160,
  id: 128,
} as const;

const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Text of at most `max` UTF-16 code units: short prose, any Unicode, or close to the limit. */
export function textUpTo(max: number, minLength = 0): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength: Math.min(max, 40) }) },
    // Astral characters take two code units each, so half the limit in characters stays within it.
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.floor(max / 2) }) },
    { weight: 2, arbitrary: fc.string({ minLength: Math.max(minLength, max - 3), maxLength: max }) },
  );
}

/** Text that is not only white space. */
export function nonBlankUpTo(max: number): fc.Arbitrary<string> {
  return textUpTo(max, 1).filter((text) => text.trim() !== '');
}

/** An id as another install or tool may have written it. */
export const foreignIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/),
  fc.constant(`A${'_'.repeat(IMPORT_LIMITS.id - 1)}`),
  fc.stringMatching(/^flag-[a-z0-9]{4,40}$/),
);

/** A dataset id (slug) of any length the pack allows. */
export const slugArb: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/)
  .filter((slug) => slug.length <= IMPORT_LIMITS.slug);

/** An http(s) address, sometimes a very long one. */
export const urlArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.nat(3900).map((n) => `https://news.example/${'a'.repeat(n)}`) },
);

/** A time the import finds plausible, in epoch milliseconds. */
export const timeArb: fc.Arbitrary<number> = fc.integer({ min: EARLIEST, max: LATEST });

/** A label. */
export const labelArb: fc.Arbitrary<FlagLabel> = fc.constantFrom(...FLAG_LABELS);

const positionArb = fc
  .tuple(fc.nat(IMPORT_LIMITS.offset), fc.nat(IMPORT_LIMITS.offset))
  .map(([a, b]) => ({ type: 'TextPositionSelector', start: Math.min(a, b), end: Math.max(a, b) }));

/** Fields that are sometimes left out: `undefined` drops the key when the file is written as JSON. */
function maybe<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** One annotation as Parallax, another install or another annotation tool may write it. */
export const annotationArb = fc
  .record({
    id: fc.oneof(
      foreignIdArb.map((id) => `urn:parallax:flag:${id}`),
      fc.constant('https://annotations.example/a/123'),
    ),
    created: maybe(timeArb.map((time) => new Date(time).toISOString())),
    modified: maybe(
      fc.oneof(
        timeArb.map((time) => new Date(time).toISOString()),
        fc.constant('2024-02-03'),
        fc.constant('2024-02-03T04:05+02:00'),
      ),
    ),
    notes: fc.array(textUpTo(MAX_NOTE_LENGTH), { maxLength: 3 }),
    tag: maybe(labelArb),
    source: urlArb,
    exact: nonBlankUpTo(MAX_QUOTE_LENGTH),
    prefix: maybe(textUpTo(IMPORT_LIMITS.context)),
    suffix: maybe(textUpTo(IMPORT_LIMITS.context)),
    position: maybe(positionArb),
    // A fact-checking tool's Claim text need not be the page's text.
    claimText: maybe(textUpTo(MAX_QUOTE_LENGTH)),
    headline: maybe(textUpTo(IMPORT_LIMITS.title)),
    publisher: maybe(textUpTo(IMPORT_LIMITS.outletName)),
    published: maybe(textUpTo(IMPORT_LIMITS.publishedAt)),
    own: maybe(
      fc.record(
        {
          id: foreignIdArb,
          label: labelArb,
          pageUrl: urlArb,
          outletId: fc.option(slugArb),
          claimId: fc.option(slugArb),
          eventId: fc.option(slugArb),
        },
        { requiredKeys: [] },
      ),
    ),
  })
  // Notes are joined with a blank line; together they stay within the note limit.
  .filter(({ notes }) => notes.join('\n\n').length <= MAX_NOTE_LENGTH)
  .map((a) => ({
    type: 'Annotation',
    id: a.id,
    created: a.created,
    modified: a.modified,
    body: [
      ...a.notes.map((value) => ({ type: 'TextualBody', purpose: 'commenting', value })),
      ...(a.tag ? [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }] : []),
    ],
    target: {
      source: a.source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        ...(a.position ? [a.position] : []),
      ],
    },
    'schema:about': {
      type: 'schema:Claim',
      'schema:text': a.claimText,
      'schema:datePublished': a.published,
      'schema:appearance': {
        type: 'schema:NewsArticle',
        'schema:headline': a.headline,
        'schema:publisher': a.publisher === undefined ? undefined : { 'schema:name': a.publisher },
      },
    },
    'parallax:flag': a.own,
  }));

/** An import file of one to four annotations, as JSON text. */
export const importFileArb: fc.Arbitrary<string> = fc
  .array(annotationArb, { minLength: 1, maxLength: 4 })
  .map((items) => JSON.stringify({ type: 'AnnotationCollection', items }));

/** A flag within every limit of the flag schema, as the background would store it. */
export const flagArb: fc.Arbitrary<Flag> = fc
  .record({
    id: foreignIdArb,
    url: urlArb,
    pageUrl: urlArb,
    outletId: fc.option(slugArb),
    outletName: fc.option(textUpTo(IMPORT_LIMITS.outletName)),
    title: textUpTo(IMPORT_LIMITS.title),
    publishedAt: fc.option(textUpTo(IMPORT_LIMITS.publishedAt)),
    exact: nonBlankUpTo(MAX_QUOTE_LENGTH),
    prefix: textUpTo(IMPORT_LIMITS.context),
    suffix: textUpTo(IMPORT_LIMITS.context),
    position: positionArb,
    note: textUpTo(MAX_NOTE_LENGTH),
    label: labelArb,
    claimId: fc.option(slugArb),
    eventId: fc.option(slugArb),
    createdAt: timeArb,
    updatedAt: timeArb,
  })
  .map(({ exact, prefix, suffix, position, ...rest }) => ({
    ...rest,
    quote: exact,
    selectors: {
      quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
      position: { type: 'TextPositionSelector' as const, start: position.start, end: position.end },
    },
  }));
