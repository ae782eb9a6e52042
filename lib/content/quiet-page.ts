/**
 * An article Parallax looked at and left unread (nothing to show) still
 * listens for two things: the reader selecting words, which may become a flag,
 * and a live page growing, which earns another look. A page that was no
 * article is watched for a story arriving late, while it is young. All stop
 * when `signal` aborts.
 */
import { afterRendering } from '../page/yield';

/** This much added text earns another look. */
export const MORE_TEXT_CHARS = 400;

/** The quiet wait after added text before that look: live pages add paragraphs in bursts. */
export const MORE_TEXT_SETTLE_MS = 800;

/**
 * Calls `onSelect` once, at the reader's first selection of some words, or for words already selected.
 * Those are looked for once the page is laid out: reading the selection now could make the browser lay
 * it out on the spot.
 */
export function onFirstSelection(signal: AbortSignal, onSelect: () => void): void {
  let selected = false;
  const listener = (): void => {
    if (selected) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) return;
    selected = true;
    document.removeEventListener('selectionchange', listener);
    onSelect();
  };
  document.addEventListener('selectionchange', listener, { signal });
  afterRendering(listener, signal);
}

/** The length of the text the mutations added. */
function addedText(records: readonly MutationRecord[]): number {
  let added = 0;
  for (const record of records) for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
  return added;
}

/** Counts the text added under `root` from now on; `stop` ends the count and gives it. */
export function countAddedText(root: Node): { stop: () => number } {
  let added = 0;
  const observer = new MutationObserver((records) => (added += addedText(records)));
  observer.observe(root, { childList: true, subtree: true });
  return {
    stop: () => {
      added += addedText(observer.takeRecords());
      observer.disconnect();
      return added;
    },
  };
}

/**
 * Calls `onMore` once enough text was added under `root` and the page settled; `already` is text added
 * while Parallax was looking at the page, before this watch began.
 */
export function onMoreText(root: Node, signal: AbortSignal, onMore: () => void, already = 0): void {
  let added = already;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const more = (): void => {
    if (added < MORE_TEXT_CHARS) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      observer.disconnect();
      onMore();
    }, MORE_TEXT_SETTLE_MS);
  };
  const observer = new MutationObserver((records) => {
    added += addedText(records);
    more();
  });
  observer.observe(root, { childList: true, subtree: true });
  more();
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}

/**
 * A page that is no article when parsed may become one: a site that renders
 * its story with its own script, after DOMContentLoaded. For this long after
 * the page began (or a single-page navigation), such a page is watched for
 * added text, and looked at again when enough arrived. After that, a page
 * that keeps changing (a web app) is left alone: watching it would cost it
 * on every change.
 */
export const LATE_ARTICLE_MS = 10_000;

/** `onMoreText`, until `until` (a `performance.now()` time) at the latest: the watch for a story arriving late. */
export function onLateArticle(root: Node, signal: AbortSignal, until: number, onMore: () => void, already = 0): void {
  const left = until - performance.now();
  if (left <= 0) return;
  const watching = new AbortController();
  const watch = AbortSignal.any([signal, watching.signal]);
  const stop = setTimeout(() => watching.abort(), left);
  watch.addEventListener('abort', () => clearTimeout(stop), { once: true });
  onMoreText(root, watch, onMore, already);
}

/** Where Parallax left a page it did not read: not an article, or an article with nothing to show. */
export type QuietState = 'not-article' | 'ready';

/** What a page left unread listens for, and what to do when it comes. */
export interface UnreadWatch {
  /** Until when (a `performance.now()` time) a page that is no article is watched for one. */
  lateUntil: number;
  /** Looks at the page again: it grew. */
  lookAgain: () => void;
  /** The reader selected words on an article left unread (at once, when they already had). */
  select?: () => void;
  /** Text the page added while Parallax was looking at it (a live page does not wait for the answer). */
  added?: number;
}

/**
 * Watches a page left unread until `signal` aborts: a page that is no article
 * for a story arriving late, an article with nothing to show for the reader's
 * selection and for more text.
 */
export function watchUnread(root: Node, signal: AbortSignal, state: QuietState, on: UnreadWatch): void {
  if (state === 'not-article') {
    onLateArticle(root, signal, on.lateUntil, on.lookAgain, on.added);
    return;
  }
  if (on.select) onFirstSelection(signal, on.select);
  onMoreText(root, signal, on.lookAgain, on.added);
}
