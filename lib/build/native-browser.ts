/**
 * The extension API as the browser gives it, for the content script's two
 * parts: Chrome's `chrome` (promise-based in Manifest V3) and Firefox's
 * `browser`. It replaces the promise polyfill there (see wxt.config.ts): the
 * content script runs on every page, where the polyfill's wrapping of every
 * API call is measurable, and what it uses needs no polyfill (replies go
 * through `sendResponse`).
 */
export { browser } from '@wxt-dev/browser';
export type { Browser } from '@wxt-dev/browser';
