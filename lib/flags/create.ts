/** Building and editing flags from what the content script knows about the page and the reader's choices. */
import type { TextSpan } from '../match/types';
import { trimSpan } from './describe';
import { MAX_QUOTE_LENGTH, newFlagId, type Flag, type FlagDraft, type FlagSelectors } from './types';

/** What the page says about itself when a flag is made. */
export interface FlagPageInfo {
  /** The canonical URL when the page declares one, else the visited URL. */
  url: string;
  pageUrl: string;
  title: string;
  publishedAt: string | null;
  outletId: string | null;
  outletName: string | null;
}

/**
 * The span a selection would flag, or null when it cannot be flagged (blank,
 * or longer than MAX_QUOTE_LENGTH): decides whether "Flag claim" is offered.
 */
export function flaggableSpan(text: string, start: number, end: number): TextSpan | null {
  const span = trimSpan(text, start, end);
  return span && span.end - span.start <= MAX_QUOTE_LENGTH ? span : null;
}

/** A new flag from the page, the selection's selectors and the form's values. */
export function createFlag(
  page: FlagPageInfo,
  selectors: FlagSelectors,
  draft: FlagDraft,
  now: number = Date.now(),
): Flag {
  return {
    id: newFlagId(),
    ...page,
    quote: selectors.quote.exact,
    selectors,
    ...draft,
    createdAt: now,
    updatedAt: now,
  };
}

/** The flag with the form's new values, stamped as edited now. */
export function editFlag(flag: Flag, draft: FlagDraft, now: number = Date.now()): Flag {
  return { ...flag, ...draft, updatedAt: Math.max(now, flag.updatedAt + 1) };
}
