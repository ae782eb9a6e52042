/** Typed requests to a tab's content script, and broadcasts from it. */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

import { firstProblem, isRecord } from './guards';
import { err, ok, toAppError, type Result } from './result';
import {
  tabRequestSchemas,
  type EventEnvelope,
  type PageEvents,
  type TabProtocol,
  type TabRequestType,
} from './tab-protocol';
import { isOwnTabRequest } from './tab-request';

/** Sends a request to the content script of `tabId` (never throws). */
export async function sendToTab<K extends TabRequestType>(
  tabId: number,
  type: K,
  payload: TabProtocol[K]['request'],
): Promise<Result<TabProtocol[K]['reply']>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { parallaxTab: 1, type, payload });
    if (!isRecord(reply) || typeof reply.ok !== 'boolean')
      return err({ code: 'no-content-script', message: 'Parallax is not running on this page.' });
    return reply as Result<TabProtocol[K]['reply']>;
  } catch (thrown) {
    return err(toAppError('no-content-script', thrown));
  }
}

/** Handlers the content script provides. */
export type TabHandlers = {
  [K in TabRequestType]: (payload: TabProtocol[K]['request']) => Promise<TabProtocol[K]['reply']>;
};

/**
 * Answers one tab request: the reply to send, or undefined when the message is
 * not a tab request from our own extension (left to other listeners).
 */
export type TabDispatch = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/** Checks a tab request against its schema and hands it to its handler. */
export function tabDispatcher(handlers: TabHandlers): TabDispatch {
  return (message, sender) => {
    if (!isOwnTabRequest(message, sender)) return undefined;
    const type = message.type as TabRequestType;
    const schemas = tabRequestSchemas();
    const checked = Object.hasOwn(schemas, type)
      ? v.safeParse(schemas[type], message.payload, { abortEarly: true })
      : null;
    if (!checked?.success) {
      return Promise.resolve(
        err({
          code: 'bad-request',
          message: `Malformed ${String(message.type)} request${checked ? ` (${firstProblem(checked.issues)})` : ''}.`,
        }),
      );
    }
    const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
    return handler(checked.output).then(
      (value) => ok(value),
      (thrown: unknown) => err(toAppError('failed', thrown)),
    );
  };
}

/** Answers tab requests from our own extension only, until `signal` aborts. */
export function serveTab(handlers: TabHandlers, signal: AbortSignal): void {
  const dispatch = tabDispatcher(handlers);
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    const reply = dispatch(message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** Tells extension pages (the side panel) that this page changed; nobody listening is fine. */
export function broadcast<K extends keyof PageEvents>(type: K, payload: PageEvents[K]): void {
  const envelope: EventEnvelope<K> = { parallaxEvent: 1, type, payload };
  browser.runtime.sendMessage(envelope).catch(() => undefined);
}

/** Listens for broadcasts from content scripts; the callback gets the sender's tab id. */
export function onPageEvent<K extends keyof PageEvents>(
  type: K,
  callback: (payload: PageEvents[K], tabId: number | null) => void,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    if (isRecord(message) && message.parallaxEvent === 1 && message.type === type && sender.id === browser.runtime.id) {
      callback(message.payload as PageEvents[K], sender.tab?.id ?? null);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
