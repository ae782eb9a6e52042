/**
 * A reader's flag: a passage of a news page the reader marked as a claim,
 * stored on the device only. Selectors follow the W3C Web Annotation model
 * (https://www.w3.org/TR/annotation-model/#selectors) so flags can be
 * re-anchored on a changed page and exchanged with other annotation tools.
 */
import type { Slug } from '../dataset/types';

/** What the reader thinks of the flagged passage. */
export type FlagLabel = 'unverified' | 'disputed' | 'misleading' | 'important';

/** Every label, in display order. */
export const FLAG_LABELS: readonly FlagLabel[] = ['unverified', 'disputed', 'misleading', 'important'];

/** The label of a new flag. */
export const DEFAULT_FLAG_LABEL: FlagLabel = 'unverified';

/** The quoted text with a little context on each side (W3C TextQuoteSelector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the quote was, as UTF-16 offsets into the page text (W3C TextPositionSelector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of a flag: the quote finds the text, the position breaks ties. */
export interface FlagSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** One flagged passage. */
export interface Flag {
  /** Stable identifier: `flag-` and base36 for flags made here; an imported flag keeps its file's id (`FLAG_ID_PATTERN`). */
  id: string;
  /** The page's canonical URL when it declares one, else the visited URL. */
  url: string;
  /** The URL as visited. */
  pageUrl: string;
  outletId: Slug | null;
  outletName: string | null;
  /** The page title. */
  title: string;
  /** The page's publication time as it declares it (ISO 8601), when known. */
  publishedAt: string | null;
  /** The flagged text exactly as it was on the page. */
  quote: string;
  selectors: FlagSelectors;
  note: string;
  label: FlagLabel;
  /** A known claim the reader linked the flag to. */
  claimId: Slug | null;
  /** A known event the reader linked the flag to. */
  eventId: Slug | null;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds; the newer side wins when two copies of a flag meet. */
  updatedAt: number;
}

/** What the reader chooses in the flag form. */
export interface FlagDraft {
  note: string;
  label: FlagLabel;
  claimId: Slug | null;
  eventId: Slug | null;
}

/** One problem in an import file, at a path such as `items[3].target.source`. */
export interface ImportIssue {
  path: string;
  message: string;
}

/** What an import did, or why it could not (a file with problems changes nothing). */
export type FlagImportResult =
  { ok: true; added: number; updated: number; unchanged: number } | { ok: false; errors: ImportIssue[] };

/** A known claim a new flag may belong to, as ranked by the matcher. */
export interface FlagSuggestion {
  claimId: string;
  eventId: string;
  statement: string;
  eventTitle: string;
  score: number;
}

/** Longest quote a flag may hold, in UTF-16 code units; longer selections are refused. */
export const MAX_QUOTE_LENGTH = 2000;

/** Longest note a flag may hold. */
export const MAX_NOTE_LENGTH = 5000;

/** Most flags one import may carry. */
export const MAX_IMPORT_ITEMS = 10_000;

/** True for a known label. */
export function isFlagLabel(value: unknown): value is FlagLabel {
  return typeof value === 'string' && (FLAG_LABELS as readonly string[]).includes(value);
}

/** A new random flag id such as `flag-k3j9x0a1b2c3d4`. */
export function newFlagId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  // The time plus ~50 random bits: collisions between one reader's flags are not a concern.
  let id = '';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return `flag-${Date.now().toString(36)}${id}`;
}
