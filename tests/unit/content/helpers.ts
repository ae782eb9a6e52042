/** Shared set-up for the content-script controller tests: a fake background, trusted events and a content script context. */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

import { mountFlagging } from '@/lib/content/flagging';
import type { PageModule } from '@/lib/content/page-module';
import { mountPopover } from '@/lib/content/popover';
import { PageSession } from '@/lib/content/session';
import type { EntityHit } from '@/lib/match/types';
import type { SendToBackground } from '@/lib/messaging/client';
import type { ReplyOf, RequestOf, RequestType } from '@/lib/messaging/protocol';
import { err, ok } from '@/lib/messaging/result';
import { findArticleRegion } from '@/lib/page/article';
import type { ProbeReply, ScanReply, ScanRequest } from '@/lib/scan/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

/** Answers of the fake background, by request type; a request without one fails as an unreachable background would. */
export type FakeHandlers = { [K in RequestType]?: (payload: RequestOf<K>) => ReplyOf<K> | Promise<ReplyOf<K>> };

/** One request the fake background received. */
export interface SentRequest {
  type: RequestType;
  payload: unknown;
}

/** A background that answers with `handlers` and records every request, in order. */
export function fakeBackground(handlers: FakeHandlers): {
  send: SendToBackground;
  sent: SentRequest[];
  of: (type: RequestType) => unknown[];
} {
  const sent: SentRequest[] = [];
  const send: SendToBackground = async (type, payload) => {
    sent.push({ type, payload });
    const handler = handlers[type] as ((payload: unknown) => unknown) | undefined;
    if (!handler) return err({ code: 'unreachable', message: `No answer to ${type}.` });
    return ok(await handler(payload)) as Awaited<ReturnType<SendToBackground>>;
  };
  return { send, sent, of: (type) => sent.filter((s) => s.type === type).map((s) => s.payload) };
}

/** `event` as the browser makes it for the reader's own input (happy-dom leaves `isTrusted` unset, as a page script's event). */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let contexts = 0;

/** A fresh content script context; each has its own name, so creating one does not retire the others. */
export function newContext(): ContentScriptContext {
  contexts += 1;
  return new ContentScriptContext(`parallax-test-${contexts}`);
}

/** An entity hit over the first `words` in `text`. */
export function entityHit(text: string, words: string, id: string): EntityHit {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the page text: ${words}`);
  return { kind: 'entity', id, start, end: start + words.length, why: { alias: words, lang: 'en' } };
}

/** A scan reply with these entity hits and nothing else. */
export function scanReply(entities: EntityHit[], over: Partial<ScanReply> = {}): ScanReply {
  return {
    matches: { entities, claims: [] },
    flags: [],
    flagLinks: [],
    outletId: 'daily-example',
    outletName: 'The Daily Example',
    names: Object.fromEntries(entities.map((e) => [e.id, e.why.alias])),
    matchMs: 1,
    enabled: true,
    settings: DEFAULT_SETTINGS,
    ...over,
  };
}

/** Resolves after pending promises and timers of `ms` have run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** The heavy part of the content script, as the light part gets it once loaded. */
export const PAGE_MODULE: PageModule = { PageSession, mountPopover, mountFlagging, findArticleRegion };

/**
 * The background's answer to the light part's quick look, as the real one
 * derives it from a scan of the same text: worth reading when it has a hit.
 */
export async function probeFromScan(
  scan: ((request: ScanRequest) => ScanReply | Promise<ScanReply>) | undefined,
  request: ScanRequest,
): Promise<ProbeReply> {
  if (!scan) throw new Error('No answer to page.scan.');
  const reply = await scan(request);
  const worth =
    reply.matches.claims.length + reply.matches.entities.length + reply.flags.length + reply.flagLinks.length > 0;
  return { worth: reply.enabled && worth, enabled: reply.enabled, settings: reply.settings };
}
