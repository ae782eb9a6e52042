/**
 * Every user-visible string goes through `t`, backed by `browser.i18n` and
 * `assets/public/_locales/<lang>/messages.json`, so a new language is a new file.
 */
import { browser } from 'wxt/browser';

import type messages from '@/assets/public/_locales/en/messages.json';

/** A key of the message catalogue; unknown keys do not compile. */
export type MessageKey = keyof typeof messages;

/** The localised message for `key`, with `$1`… placeholders filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing translation: showing the key beats showing nothing.
  return text || key;
}
