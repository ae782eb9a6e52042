/**
 * The message protocol between content scripts / extension pages and the
 * background, one entry per request type: its payload guard and reply type.
 * Every reply is a `Result`, so callers always learn why something failed.
 */
import type { ClaimComparison, EntityView, EventComparison } from '../compare/types';
import type { SearchHit } from '../db/search';
import type { PackMeta } from '../db/records';
import type { LoadSummary } from '../db/load';
import type { Settings } from '../settings/schema';
import type { SettingsPatch } from '../settings/migrations';
import type { Flag } from '../flags/types';
import { MAX_QUOTE_LENGTH } from '../flags/types';
import { isFlag } from '../flags/guard';
import type { FlagImportResult } from '../background/flags';
import type { PageMatches, PageText } from '../match/types';
import { isArrayOf, isEmpty, isInt, isNullable, isOneOf, isRecord, isShape, isString, type Guard } from './guards';

/** What the page says about who published it (see lib/page/outlet). */
export interface OutletHintsPayload {
  hostname: string;
  canonicalHost?: string;
  siteName?: string;
}

/** Request: match one page's article text. */
export interface ScanRequest {
  page: PageText;
  outlet: OutletHintsPayload;
  /** The page's visited and canonical URLs, to find the reader's flags made here. */
  urls: string[];
}

/** Reply to a scan: the matches and the dataset outlet this page belongs to. */
export interface ScanReply {
  matches: PageMatches;
  /** The reader's flags made on this page, to be found again in its text. */
  flags: Flag[];
  /** Sentences like a flag the reader made on another page: drawn as flag highlights. */
  flagLinks: FlagLinkHit[];
  outletId: string | null;
  outletName: string | null;
  /** Display names of the entities and events in `matches`, by id. */
  names: Record<string, string>;
  /** Time the background spent matching, for diagnostics and benchmarks. */
  matchMs: number;
  /** False when Parallax is off for this site or everywhere: nothing was matched, nothing is drawn. */
  enabled: boolean;
  /** The settings the page is to follow (styles, categories, hover delays). */
  settings: Settings;
}

/** Request/reply pairs sent to the background with `sendToBackground`. */
export interface BackgroundProtocol {
  'page.scan': { request: ScanRequest; reply: ScanReply };
  /** Sent while the page is still loading: wakes the background, readies the index, returns the settings for this site. */
  'page.prepare': { request: { hostname: string }; reply: PageSettings };
  'settings.get': { request: Record<string, never>; reply: Settings };
  'settings.update': { request: { patch: SettingsPatch }; reply: Settings };
  'settings.reset': { request: Record<string, never>; reply: Settings };
  /** Installs a reader-chosen dataset pack (JSON text); an invalid pack changes nothing. */
  'dataset.import': { request: { text: string }; reply: LoadSummary };
  'claim.compare': { request: { claimId: string; outletId: string | null }; reply: ClaimComparison };
  'entity.view': { request: { entityId: string }; reply: EntityView };
  'panel.open': { request: Record<string, never>; reply: null };
  'event.compare': { request: { eventId: string; outletId: string | null }; reply: EventComparison };
  'dataset.search': { request: { query: string; limit: number }; reply: SearchHit[] };
  'dataset.info': { request: Record<string, never>; reply: PackMeta | null };
  /** Sent when the side panel opens: builds the search index before the first keystroke. */
  'dataset.warm': { request: Record<string, never>; reply: null };
  'feedback.wrong-match': { request: WrongMatchRequest; reply: null };
  'entity.mute': { request: { entityId: string }; reply: null };
  'entity.unmute': { request: { entityId: string }; reply: null };
  'mutes.list': { request: Record<string, never>; reply: { entityId: string; name: string }[] };
  'flags.suggest': { request: { text: string }; reply: FlagSuggestion[] };
  'flags.save': { request: { flag: Flag }; reply: Flag };
  'flags.anchored': { request: { found: string[]; orphaned: string[] }; reply: null };
  'flags.get': { request: { id: string }; reply: Flag };
  'flags.list': { request: Record<string, never>; reply: (Flag & { orphaned?: boolean })[] };
  'flags.delete': { request: { id: string }; reply: Flag | null };
  'flags.export': { request: Record<string, never>; reply: string };
  'flags.import': { request: { text: string }; reply: FlagImportResult };
  /** Opens (or focuses) a page the reader flagged. */
  'page.open': { request: { url: string }; reply: null };
}

/** A sentence that says what one of the reader's flags says, on another page. */
export interface FlagLinkHit {
  kind: 'flag';
  /** The flag's id. */
  id: string;
  start: number;
  end: number;
  score: number;
}

/** A known claim a new flag may belong to. */
export interface FlagSuggestion {
  claimId: string;
  eventId: string;
  statement: string;
  eventTitle: string;
  score: number;
}

/** What a page needs to know before it is read. */
export interface PageSettings {
  /** False when Parallax is off everywhere or on this site. */
  enabled: boolean;
  settings: Settings;
}

/** Request: the words matched for this entity or claim are not about it. */
export interface WrongMatchRequest {
  kind: 'entity' | 'claim';
  targetId: string;
  text: string;
  url: string;
}

/** Every request type name. */
export type RequestType = keyof BackgroundProtocol;
/** The payload of request `K`. */
export type RequestOf<K extends RequestType> = BackgroundProtocol[K]['request'];
/** The successful reply of request `K`. */
export type ReplyOf<K extends RequestType> = BackgroundProtocol[K]['reply'];

/** The envelope on the wire. */
export interface Envelope<K extends RequestType = RequestType> {
  parallax: 1;
  type: K;
  payload: RequestOf<K>;
}

const MAX_PAGE_CHARS = 5_000_000;
const isSlug = isString(200);
const isSpan = isShape<{ start: number; end: number }>({ start: isInt(0, MAX_PAGE_CHARS), end: isInt(0, MAX_PAGE_CHARS) });

const isPageText: Guard<PageText> = isShape<PageText>(
  { text: isString(MAX_PAGE_CHARS), blocks: isArrayOf(isSpan, 500_000), lang: isString(40) },
  ['lang'],
);
const isOutletHints: Guard<OutletHintsPayload> = isShape<OutletHintsPayload>(
  { hostname: isString(255), canonicalHost: isString(255), siteName: isString(300) },
  ['canonicalHost', 'siteName'],
);

/** Payload guards, checked by the background before any handler runs. */
export const REQUEST_GUARDS: { [K in RequestType]: Guard<RequestOf<K>> } = {
  'page.scan': isShape<ScanRequest>({ page: isPageText, outlet: isOutletHints, urls: isArrayOf(isString(4096), 4) }),
  'page.prepare': isShape<RequestOf<'page.prepare'>>({ hostname: isString(255) }),
  'settings.get': isEmpty,
  // The patch's values are checked field by field when applied (lib/settings/migrations).
  'settings.update': isShape<RequestOf<'settings.update'>>({ patch: (v): v is SettingsPatch => isRecord(v) && JSON.stringify(v).length < 100_000 }),
  'settings.reset': isEmpty,
  'dataset.import': isShape<RequestOf<'dataset.import'>>({ text: isString(200_000_000) }),
  'claim.compare': isShape<RequestOf<'claim.compare'>>({ claimId: isSlug, outletId: isNullable(isSlug) }),
  'entity.view': isShape<RequestOf<'entity.view'>>({ entityId: isSlug }),
  'panel.open': isEmpty,
  'event.compare': isShape<RequestOf<'event.compare'>>({ eventId: isSlug, outletId: isNullable(isSlug) }),
  'dataset.search': isShape<RequestOf<'dataset.search'>>({ query: isString(200), limit: isInt(1, 200) }),
  'dataset.info': isEmpty,
  'dataset.warm': isEmpty,
  'feedback.wrong-match': isShape<WrongMatchRequest>({ kind: isOneOf(['entity', 'claim'] as const), targetId: isSlug, text: isString(5_000), url: isString(5_000) }),
  'entity.mute': isShape<RequestOf<'entity.mute'>>({ entityId: isSlug }),
  'entity.unmute': isShape<RequestOf<'entity.unmute'>>({ entityId: isSlug }),
  'mutes.list': isEmpty,
  'flags.suggest': isShape<RequestOf<'flags.suggest'>>({ text: isString(MAX_QUOTE_LENGTH) }),
  'flags.save': isShape<RequestOf<'flags.save'>>({ flag: isFlag }),
  'flags.anchored': isShape<RequestOf<'flags.anchored'>>({ found: isArrayOf(isSlug, 10_000), orphaned: isArrayOf(isSlug, 10_000) }),
  'flags.get': isShape<RequestOf<'flags.get'>>({ id: isSlug }),
  'flags.list': isEmpty,
  'flags.delete': isShape<RequestOf<'flags.delete'>>({ id: isSlug }),
  'flags.export': isEmpty,
  'flags.import': isShape<RequestOf<'flags.import'>>({ text: isString(50_000_000) }),
  'page.open': isShape<RequestOf<'page.open'>>({ url: (v): v is string => typeof v === 'string' && /^https?:\/\//.test(v) && v.length <= 4096 }),
};
