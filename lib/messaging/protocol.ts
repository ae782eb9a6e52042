/**
 * The message protocol between content scripts / extension pages and the
 * background, one entry per request type: its payload guard and reply type.
 * Every reply is a `Result`, so callers always learn why something failed.
 */
import type { ClaimComparison, EntityView } from '../compare/types';
import type { PageMatches, PageText } from '../match/types';
import { isArrayOf, isEmpty, isInt, isNullable, isShape, isString, type Guard } from './guards';

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
}

/** Reply to a scan: the matches and the dataset outlet this page belongs to. */
export interface ScanReply {
  matches: PageMatches;
  outletId: string | null;
  outletName: string | null;
}

/** Request/reply pairs sent to the background with `sendToBackground`. */
export interface BackgroundProtocol {
  'page.scan': { request: ScanRequest; reply: ScanReply };
  'claim.compare': { request: { claimId: string; outletId: string | null }; reply: ClaimComparison };
  'entity.view': { request: { entityId: string }; reply: EntityView };
  'panel.open': { request: Record<string, never>; reply: null };
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
  'page.scan': isShape<ScanRequest>({ page: isPageText, outlet: isOutletHints }),
  'claim.compare': isShape<RequestOf<'claim.compare'>>({ claimId: isSlug, outletId: isNullable(isSlug) }),
  'entity.view': isShape<RequestOf<'entity.view'>>({ entityId: isSlug }),
  'panel.open': isEmpty,
};
