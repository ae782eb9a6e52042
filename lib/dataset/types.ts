/**
 * The dataset pack format: what Parallax knows about outlets, entities, events,
 * claims and how each outlet reported each claim. One JSON document, validated
 * by `validatePack` before anything is written to the database.
 *
 * Rules for content (see PRODUCT.md): facts, headlines, key terms of three words
 * at most, and neutral one-line summaries of our own; never sentences copied
 * from articles.
 */

/**
 * Bumped only when the shape of a pack changes. Schema 2 added events' distinctive
 * terms; schema 3 added the former ids of merged claims and events, and a claim's
 * reason for having fewer outlets than the rule asks; schema 4 added a claim's
 * statement in other languages. An older pack is the same without them and
 * still reads. Loaders reject any other value.
 */
export const PACK_SCHEMA_VERSION = 4;

/** Every schema this version of Parallax reads. */
export const READABLE_PACK_SCHEMAS: readonly number[] = [1, 2, 3, 4];

/** A stable, lowercase, hyphenated identifier such as `darya-dugina`. */
export type Slug = string;

/** What kind of thing an entity is; decides its highlight style and wording. */
export type EntityKind = 'person' | 'organisation' | 'unit' | 'place';

/** How an outlet presented a claim, from most to least committed. */
export type Certainty = 'asserted' | 'attributed' | 'hedged' | 'disputed' | 'denied';

/** Every certainty, in display order. */
export const CERTAINTIES: readonly Certainty[] = ['asserted', 'attributed', 'hedged', 'disputed', 'denied'];

/** Every entity kind. */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'unit', 'place'];

/** One way of writing an entity's name. */
export interface Alias {
  /** The surface form as it appears in text, e.g. `ЛНР`, `Darya Dugina`. */
  text: string;
  /** BCP 47 language of the spelling: `en`, `uk`, `ru`, … */
  lang: string;
  /**
   * True for short or common forms (LPR, FSB, GRU) that are highlighted only
   * where the article also names the entity, or a related one, in full.
   */
  ambiguous?: boolean;
}

/** Who owns an outlet, as a fact (no rating): a state, a public broadcaster, or private owners. */
export type Ownership = 'state-owned' | 'public-broadcaster' | 'private';

/** Every ownership, in display order. */
export const OWNERSHIPS: readonly Ownership[] = ['state-owned', 'public-broadcaster', 'private'];

/** A news outlet that reported at least one claim. */
export interface Outlet {
  id: Slug;
  name: string;
  /** Hostnames without `www.` (`kyivpost.com`), used to recognise the current page's outlet. */
  domains: string[];
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** BCP 47 language of the outlet's edition. */
  language: string;
  /** Who owns it, when known. */
  ownership?: Ownership;
}

/** A person, organisation, military unit or place. */
export interface Entity {
  id: Slug;
  kind: EntityKind;
  /** Display name in English. */
  name: string;
  aliases: Alias[];
  /** One neutral sentence of our own. */
  description: string;
}

/** A calendar date (`2022-08-20`) or an inclusive range of them. */
export interface DateRange {
  start: string;
  end?: string;
}

/** A word or short phrase (three words at most) that signals an event, in one language. */
export interface EventTerm {
  text: string;
  /** BCP 47 language of the term. */
  lang: string;
}

/** A real-world happening that outlets reported; groups claims. */
export interface PackEvent {
  id: Slug;
  title: string;
  date: DateRange;
  place: string;
  /** A neutral one-line summary of our own. */
  summary: string;
  entityIds: Slug[];
  /**
   * Words an article reporting this event uses and an unrelated one rarely does,
   * in each language readers read (written by us from the facts). Schema 2.
   */
  terms?: EventTerm[];
  /** Ids of events merged into this one in earlier packs (see `Claim.formerIds`). Schema 3. */
  formerIds?: Slug[];
}

/** Evidence the claim matcher looks for, beyond the statement's own words. */
export interface ClaimHints {
  /** Distinctive words or short phrases (any language) that signal this claim. */
  terms: string[];
  /** Entities whose mention near a sentence supports the claim. */
  entityIds: Slug[];
  /** Numbers that characterise the claim (45000, 2300). */
  figures?: number[];
}

/** One specific proposition about an event that outlets report. */
export interface Claim {
  id: Slug;
  eventId: Slug;
  /** A neutral statement of the proposition, in our own words. */
  statement: string;
  hints: ClaimHints;
  /**
   * Ids of claims merged into this one in earlier packs. The reader's marks stored
   * under one of them (a wrong match, a linked flag) move to this id when the pack
   * is loaded. Ids are only ever added, so a reader who skipped packs is moved too.
   * Schema 3.
   */
  formerIds?: Slug[];
  /**
   * Why fewer outlets than a claim needs (`COVERAGE_RULES`) report it and it is kept
   * apart all the same, in our own words; `dataset:check` accepts such a claim only
   * with one. Schema 3.
   */
  fewerOutletsReason?: string;
  /**
   * The statement in other languages the matcher reads, by language tag (`de`, `uk`), in our own
   * words: a sentence of a page in one of them is measured against it rather than the English.
   * Schema 4.
   */
  statements?: Partial<Record<string, string>>;
}

/** A number an outlet gave, with what it counts and whom it cites. */
export interface Figure {
  value: number;
  unit: string;
  what: string;
  source: string;
  /** How the outlet wrote it (`70 or 80,000`), when that differs from `value`. */
  asWritten?: string;
  /**
   * What is counted, as a slug shared across outlets (`russian-troops-killed`,
   * `russian-troops-killed-and-wounded`), so that figures from different outlets
   * can be compared and two different counts are never merged.
   */
  measure?: Slug;
}

/** How one outlet reported one claim. */
export interface Report {
  id: Slug;
  claimId: Slug;
  eventId: Slug;
  outletId: Slug;
  url: string;
  /** Publication date: ISO `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string | null;
  headline: string | null;
  attributedTo: string[];
  certainty: Certainty;
  figures: Figure[];
  /** Words the outlet chose; three words at most each. */
  keyTerms: string[];
  /** Outlet id or name of the original when the report is a syndicated copy. */
  syndicatedFrom?: string;
}

/** A whole dataset pack as shipped in `assets/` or imported by the reader. */
export interface Pack {
  /** `PACK_SCHEMA_VERSION`, or an older schema this version still reads. */
  schema: number;
  /** Semantic version of the content; a higher version replaces a lower one. */
  version: string;
  /** ISO date the content was last curated. */
  date: string;
  outlets: Outlet[];
  entities: Entity[];
  events: PackEvent[];
  claims: Claim[];
  reports: Report[];
}
