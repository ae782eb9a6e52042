/**
 * The background's side of the protocol: checks who sent a message and what it
 * carries before any handler runs, and always answers with a `Result`.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

import { firstProblem, isRecord } from './guards';
import { REQUEST_SCHEMAS, type ReplyOf, type RequestOf, type RequestType } from './protocol';
import { err, ok, toAppError, type Result } from './result';

/** Who sent a request, as far as the background can tell. */
export interface RequestContext {
  /** The tab of a content script, if the sender is one. */
  tabId: number | null;
  /** The sender's frame URL or page URL. */
  url: string | null;
}

/** One handler per request type. */
export type Handlers = { [K in RequestType]: (payload: RequestOf<K>, context: RequestContext) => Promise<ReplyOf<K>> };

/** Decides what to answer for one raw message; exported for tests. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Result<unknown> | undefined> {
  if (!isRecord(message) || message.parallax !== 1 || typeof message.type !== 'string') return undefined;
  // Only our own content scripts and pages may talk to the background; pages and other extensions cannot.
  if (sender.id !== browser.runtime.id) return err({ code: 'forbidden', message: 'Unknown sender.' });
  const type = message.type as RequestType;
  if (!Object.hasOwn(REQUEST_SCHEMAS, type))
    return err({ code: 'unknown-type', message: `Unknown request ${message.type}.` });
  const checked = v.safeParse(REQUEST_SCHEMAS[type], message.payload, { abortEarly: true });
  if (!checked.success)
    return err({ code: 'bad-request', message: `Malformed ${type} request (${firstProblem(checked.issues)}).` });
  const handler = handlers[type] as (payload: unknown, context: RequestContext) => Promise<unknown>;
  try {
    // The checked copy: fields the protocol does not name never reach a handler or the database.
    return ok(await handler(checked.output, { tabId: sender.tab?.id ?? null, url: sender.url ?? null }));
  } catch (thrown) {
    return err(toAppError('failed', thrown));
  }
}

/** Registers the background's message listener until `signal` aborts. */
export function serveBackground(handlers: Handlers, signal?: AbortSignal): void {
  // Calling sendResponse and returning true works with every polyfill and browser version.
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isRecord(message) || message.parallax !== 1) return undefined;
    void dispatch(handlers, message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
