/** Sends typed requests to the background from content scripts and extension pages. */
import { browser } from 'wxt/browser';

import { isRecord } from './guards';
import type { Envelope, ReplyOf, RequestOf, RequestType } from './protocol';
import { err, toAppError, type Result } from './result';

function isResultShape(value: unknown): value is Result<unknown> {
  return isRecord(value) && typeof value.ok === 'boolean' && (value.ok ? 'value' in value : isRecord(value.error));
}

/** A function that sends requests to the background as `sendToBackground` does: controllers take one, so tests can hand them a fake background. */
export type SendToBackground = <K extends RequestType>(type: K, payload: RequestOf<K>) => Promise<Result<ReplyOf<K>>>;

/** Sends `type` with `payload` and resolves with the background's `Result` (never throws). */
export async function sendToBackground<K extends RequestType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Result<ReplyOf<K>>> {
  const envelope: Envelope<K> = { parallax: 1, type, payload };
  try {
    const reply: unknown = await browser.runtime.sendMessage(envelope);
    if (!isResultShape(reply)) return err({ code: 'no-reply', message: `The background gave no answer to ${type}.` });
    return reply as Result<ReplyOf<K>>;
  } catch (thrown) {
    return err(toAppError('unreachable', thrown));
  }
}
