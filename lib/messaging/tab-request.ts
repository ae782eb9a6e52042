/**
 * What a tab request looks like on the wire, told apart without its schemas:
 * the content script's first look answers tab requests too, and runs on every
 * page, where the schemas (lib/messaging/tab-protocol.ts) would weigh.
 */
import { browser, type Browser } from 'wxt/browser';

/** A tab request as `sendToTab` sends it, payload unchecked. */
export interface TabRequestEnvelope {
  parallaxTab: 1;
  type: string;
  payload?: unknown;
}

/**
 * True for a tab request from our own extension. Pages cannot reach
 * runtime.onMessage, but other extensions could try: only ours is answered.
 */
export function isOwnTabRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): message is TabRequestEnvelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { parallaxTab?: unknown }).parallaxTab === 1 &&
    typeof (message as { type?: unknown }).type === 'string' &&
    sender.id === browser.runtime.id
  );
}
