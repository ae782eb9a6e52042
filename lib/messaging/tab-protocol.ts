/**
 * Requests the side panel (or the background) sends to the content script of a
 * tab. The content script is the source of truth for its page: what was found,
 * in reading order, and where each highlight is.
 */
import * as v from 'valibot';

import type { Suppression } from '../feedback/suppression';
import { settingsSchemas, type Settings } from '../settings/schema';
import { boundedArray, boundedString, EmptyPayload, type PayloadSchema } from './guards';

/** One event or entity found on the page, in reading order. */
export interface PageItem {
  kind: 'event' | 'entity';
  id: string;
  /** Event title or entity name. */
  label: string;
  /** How many highlights on the page stand for it. */
  count: number;
  /** For events: the claims matched on the page. */
  claimIds: string[];
}

/** What the content script knows about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** `ready` after a scan, `off` when disabled here, `not-article` when nothing looked like one. */
  state: 'scanning' | 'ready' | 'off' | 'not-article';
  outletId: string | null;
  outletName: string | null;
  items: PageItem[];
  /** Matches found but not drawn because of the per-page cap. */
  notDrawn: number;
}

/** The kinds of highlight the panel can ask to reveal. */
export type RevealKind = 'event' | 'entity' | 'claim' | 'flag';

/** Request/reply pairs sent to a tab with `sendToTab`. */
export interface TabProtocol {
  'page.summary': { request: Record<string, never>; reply: PageSummary };
  'page.reveal': { request: { kind: RevealKind; id: string }; reply: boolean };
  /** Removes highlights the reader muted or marked wrong, at once. */
  'page.suppress': { request: Suppression; reply: number };
  /** Scans the page afresh (an entity unmuted, the dataset or settings changed). */
  'page.rescan': { request: Record<string, never>; reply: null };
  /** Open the flag form for the current selection (context menu). */
  'flag.begin': { request: Record<string, never>; reply: boolean };
  /** The settings changed: turn off, on, or redraw as they now say. */
  'settings.changed': { request: { settings: Settings }; reply: null };
}

/** Every tab request type name. */
export type TabRequestType = keyof TabProtocol;

/** Payload schemas, checked by the content script before acting. */
export type TabRequestSchemas = { [K in TabRequestType]: PayloadSchema<TabProtocol[K]['request']> };

let schemas: TabRequestSchemas | null = null;

/**
 * The payload schemas of tab requests, built at the first request: the content
 * script runs on every page, and most pages never get one.
 */
export function tabRequestSchemas(): TabRequestSchemas {
  schemas ??= buildTabRequestSchemas();
  return schemas;
}

const buildTabRequestSchemas = (): TabRequestSchemas => ({
  'page.summary': EmptyPayload,
  'page.reveal': v.object({ kind: v.picklist(['event', 'entity', 'claim', 'flag']), id: boundedString(300) }),
  'page.suppress': v.object({
    mutedEntityIds: boundedArray(boundedString(300), 100_000),
    wrongMatchKeys: boundedArray(boundedString(5_000), 100_000),
  }),
  'page.rescan': EmptyPayload,
  'flag.begin': EmptyPayload,
  'settings.changed': v.object({ settings: settingsSchemas().settings }),
});

/** Notifications broadcast by content scripts to extension pages (no reply). */
export interface PageEvents {
  /** The page's matches changed (first scan, new paragraphs, navigation, settings). */
  'page.changed': { url: string };
}

/** The envelope of a broadcast notification; the background's request handler ignores it. */
export interface EventEnvelope<K extends keyof PageEvents = keyof PageEvents> {
  parallaxEvent: 1;
  type: K;
  payload: PageEvents[K];
}
