/**
 * The pack format's limits and identifier rule, in one place. The pack
 * validator (`validate.ts`, `validate-records.ts`) stays hand-written because
 * on a 100k-entity pack it runs in well under half the time a valibot schema
 * of the same rules takes; it reads every bound from here, and so do other
 * schemas that refer to pack records (a flag's outlet, claim and event ids).
 */

/** Lowercase words joined by one hyphen; two hyphens separate the parts of a composite id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;

/** Longest slug, in characters. */
export const MAX_SLUG_LENGTH = 160;

/** Most records of each kind; upper bounds that keep a pack loadable in a browser profile (a synthetic 100k-entity pack fits). */
export const PACK_LIMITS = {
  outlets: 10_000,
  entities: 500_000,
  events: 200_000,
  claims: 200_000,
  reports: 1_000_000,
} as const;

/** Longest key term, in words (PRODUCT.md: three words at most). */
export const MAX_KEY_TERM_WORDS = 3;

/** Longest claim hint term, in words: hints are short phrases, not sentences. */
export const MAX_HINT_TERM_WORDS = 5;

/** Longest term of any list (key terms, hint terms, attributions), in characters. */
export const MAX_TERM_LENGTH = 120;

/** Bounds of the pack's own fields. */
export const PACK_FIELD_LIMITS = { version: 64, date: 40 } as const;

/** Bounds of each record's fields: text lengths in characters, list lengths in items. */
export const RECORD_LIMITS = {
  outlet: { name: 200, domains: 20, country: 2, language: 35 },
  alias: { text: 100 },
  entity: { name: 200, description: 400, aliases: 256 },
  event: { title: 200, place: 200, summary: 400, entityIds: 200, date: 40, terms: 600, formerIds: 200 },
  claim: { statement: 400, terms: 60, entityIds: 60, figures: 40, formerIds: 200, fewerOutletsReason: 400 },
  figure: { unit: 60, what: 300, source: 200, asWritten: 100 },
  report: {
    url: 2000,
    date: 40,
    headline: 300,
    attributedTo: 20,
    attributedToWords: 20,
    figures: 40,
    keyTerms: 12,
    syndicatedFrom: 200,
  },
} as const;
