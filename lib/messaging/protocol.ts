/**
 * The message protocol between content scripts / extension pages and the
 * background, one entry per request type: its payload schema and reply type.
 * Every reply is a `Result`, so callers always learn why something failed.
 */
import * as v from 'valibot';

import type { ClaimComparison, EntityView, EventComparison } from '../compare/types';
import type { LoadSummary } from '../db/load';
import type { PackMeta } from '../db/records';
import type { SearchHit } from '../db/search';
import { FlagSchema } from '../flags/schema';
import { MAX_QUOTE_LENGTH, type Flag, type FlagImportResult, type FlagSuggestion } from '../flags/types';
import type { PageText } from '../match/types';
import type { OutletHintsPayload, ProbeReply, ScanReply, ScanRequest } from '../scan/types';
import type { SettingsPatch } from '../settings/migrations';
import type { Settings } from '../settings/schema';
import { boundedArray, boundedString, EmptyPayload, isRecord, wholeNumber, type PayloadSchema } from './guards';

/** Request/reply pairs sent to the background with `sendToBackground`. */
export interface BackgroundProtocol {
  'page.scan': { request: ScanRequest; reply: ScanReply };
  /** The light content script's quick look: is this page worth reading properly? */
  'page.probe': { request: ScanRequest; reply: ProbeReply };
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
/** Ids of pack records and flags; the handlers answer an unknown id with an error of their own. */
const id = boundedString(200);
const url = v.pipe(boundedString(4096), v.regex(/^https?:\/\//));
const span = v.object({ start: wholeNumber(0, MAX_PAGE_CHARS), end: wholeNumber(0, MAX_PAGE_CHARS) });

const pageText: PayloadSchema<PageText> = v.object({
  text: boundedString(MAX_PAGE_CHARS),
  blocks: boundedArray(span, 500_000),
  links: v.optional(boundedArray(wholeNumber(0, 500_000), 500_000)),
  lang: v.optional(boundedString(40)),
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  headline: v.optional(span),
});
const outletHints: PayloadSchema<OutletHintsPayload> = v.object({
  hostname: boundedString(255),
  canonicalHost: v.optional(boundedString(255)),
  siteName: v.optional(boundedString(300)),
});

/** Payload schemas, checked by the background before any handler runs. */
export const REQUEST_SCHEMAS: { [K in RequestType]: PayloadSchema<RequestOf<K>> } = {
  'page.scan': v.object({ page: pageText, outlet: outletHints, urls: boundedArray(boundedString(4096), 4) }),
  'page.probe': v.object({ page: pageText, outlet: outletHints, urls: boundedArray(boundedString(4096), 4) }),
  'settings.get': EmptyPayload,
  // The patch's values are checked field by field when applied (lib/settings/migrations).
  'settings.update': v.object({
    patch: v.custom<SettingsPatch>((patch) => isRecord(patch) && JSON.stringify(patch).length < 100_000),
  }),
  'settings.reset': EmptyPayload,
  'dataset.import': v.object({ text: boundedString(200_000_000) }),
  'claim.compare': v.object({ claimId: id, outletId: v.nullable(id) }),
  'entity.view': v.object({ entityId: id }),
  'panel.open': EmptyPayload,
  'event.compare': v.object({ eventId: id, outletId: v.nullable(id) }),
  'dataset.search': v.object({ query: boundedString(200), limit: wholeNumber(1, 200) }),
  'dataset.info': EmptyPayload,
  'dataset.warm': EmptyPayload,
  'feedback.wrong-match': v.object({
    kind: v.picklist(['entity', 'claim']),
    targetId: id,
    text: boundedString(5_000),
    url: boundedString(5_000),
  }),
  'entity.mute': v.object({ entityId: id }),
  'entity.unmute': v.object({ entityId: id }),
  'mutes.list': EmptyPayload,
  'flags.suggest': v.object({ text: boundedString(MAX_QUOTE_LENGTH) }),
  // The same schema an import checks every flag against: an imported flag can always be saved again.
  'flags.save': v.object({ flag: FlagSchema }),
  'flags.anchored': v.object({ found: boundedArray(id, 10_000), orphaned: boundedArray(id, 10_000) }),
  'flags.get': v.object({ id }),
  'flags.list': EmptyPayload,
  'flags.delete': v.object({ id }),
  'flags.export': EmptyPayload,
  'flags.import': v.object({ text: boundedString(50_000_000) }),
  'page.open': v.object({ url }),
};
