/**
 * One scan of a page's text, as a pure function of what is known: the index,
 * the reader's corrections, flags and settings, and the outlets. The
 * background runs it for every page, where the index is compiled once and its
 * code is warm; a page's own context would start both cold on every load.
 */
import { applySuppression, type Suppression } from '../feedback/suppression';
import type { Flag } from '../flags/types';
import { matchPage, type MatchIndex } from '../match';
import type { PageMatches, PageText } from '../match/types';
import { isEnabledOn, type Settings } from '../settings/schema';
import { openingOf } from './opening';
import { resolveOutlet, type OutletLookup } from './outlet';
import type { ProbeReply, ScanReply, ScanRequest } from './types';

/** Everything a scan depends on. */
export interface ScanContext {
  settings: Settings;
  index: MatchIndex;
  /** Entity name or event title by id. */
  names: ReadonlyMap<string, string>;
  /** Ids of the index's claims that are the reader's flags. */
  flagIds: ReadonlySet<string>;
  suppression: Suppression;
  outlets: OutletLookup;
  /** The reader's flags made on a page, by its URLs. */
  flagsFor: (urls: readonly string[]) => Flag[];
}

/** What the page is told when Parallax is off for its site. */
export function disabledReply(settings: Settings): ScanReply {
  return {
    matches: { entities: [], claims: [] },
    flags: [],
    flagLinks: [],
    outletId: null,
    outletName: null,
    names: {},
    matchMs: 0,
    enabled: false,
    settings,
  };
}

/** The names a page needs for its matches. */
export function namesFor(matches: PageMatches, names: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const hit of matches.entities) out[hit.id] = names.get(hit.id) ?? hit.id;
  for (const hit of matches.claims) out[hit.eventId] = names.get(hit.eventId) ?? hit.eventId;
  return out;
}

/** Matches a page and prepares everything it draws. */
export function scanPage(context: ScanContext, { page, outlet, urls }: ScanRequest): ScanReply {
  const { settings } = context;
  if (!isEnabledOn(settings, outlet.hostname)) return disabledReply(settings);
  const started = performance.now();
  const here = resolveOutlet(context.outlets, outlet);
  const own = context.flagsFor(urls);
  const found = applySuppression(matchPage(context.index, page), page.text, context.suppression);
  // Flags made on this page are found again by their quote; elsewhere they show as links.
  const ownIds = new Set(own.map((f) => f.id));
  const flagLinks = found.claims
    .filter((h) => context.flagIds.has(h.id) && !ownIds.has(h.id))
    .map((h) => ({ kind: 'flag' as const, id: h.id, start: h.start, end: h.end, score: h.score }));
  const matches = { entities: found.entities, claims: found.claims.filter((h) => !context.flagIds.has(h.id)) };
  return {
    matches,
    flags: own,
    flagLinks,
    outletId: here?.id ?? null,
    outletName: here?.name ?? null,
    names: namesFor(matches, context.names),
    matchMs: performance.now() - started,
    enabled: true,
    settings,
  };
}

/** Flags of a page among `flags`, by canonical or visited URL. */
export function flagsOfPage(flags: readonly Flag[], urls: readonly string[]): Flag[] {
  const wanted = new Set(urls);
  return flags.filter((f) => wanted.has(f.url) || wanted.has(f.pageUrl));
}

/**
 * The quick look first looks for names in this much of the page's text: a story names its people, units and places
 * in its headline and first paragraphs, and a worker just woken matches it in a fraction of the time the whole text
 * takes. Only a page whose opening names none is matched whole.
 */
export const PROBE_OPENING_CHARS = 2000;

/**
 * Whether a page's quick look holds anything the reader would see: a claim,
 * entity or flag highlight the settings show and the reader has not muted,
 * or a flag the reader made on this page. Names are looked up first, which is
 * quick, in the opening and then, if it names none, in the whole text: an
 * article that names a known person, unit or place is read properly (its
 * claims, if any, are found then); only one that names none is matched in
 * full here, for claims that need no name.
 */
export function probePage(context: ScanContext, request: ScanRequest): ProbeReply {
  const { settings } = context;
  if (!isEnabledOn(settings, request.outlet.hostname)) return { worth: false, enabled: false, settings };
  const { show } = settings;
  if (show.flags && context.flagsFor(request.urls).length > 0) return { worth: true, enabled: true, settings };
  if (show.entities || show.claims) {
    const names = (page: PageText): boolean =>
      applySuppression(matchPage(context.index, page, { claims: false }), page.text, context.suppression).entities
        .length > 0;
    const opening = openingOf(request.page, PROBE_OPENING_CHARS);
    if (opening.text.length < request.page.text.length && names(opening))
      return { worth: true, enabled: true, settings };
    if (names(request.page)) return { worth: true, enabled: true, settings };
  }
  const reply = scanPage(context, request);
  const worth =
    (show.claims && reply.matches.claims.length > 0) ||
    (show.entities && reply.matches.entities.length > 0) ||
    (show.flags && reply.flagLinks.length > 0);
  return { worth, enabled: true, settings };
}
