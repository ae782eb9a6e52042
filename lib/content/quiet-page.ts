/**
 * An article Parallax looked at and left unread (nothing to show) still
 * listens for two things: the reader selecting words, which may become a flag,
 * and a live page growing, which earns another look. Both stop when `signal`
 * aborts.
 */

/** This much added text earns another look. */
export const MORE_TEXT_CHARS = 400;

/** The quiet wait after added text before that look: live pages add paragraphs in bursts. */
export const MORE_TEXT_SETTLE_MS = 800;

/** Calls `onSelect` once, at the reader's first selection of some words. */
export function onFirstSelection(signal: AbortSignal, onSelect: () => void): void {
  const listener = (): void => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) return;
    document.removeEventListener('selectionchange', listener);
    onSelect();
  };
  document.addEventListener('selectionchange', listener, { signal });
}

/** Calls `onMore` once enough text was added under `root` and the page settled. */
export function onMoreText(root: Node, signal: AbortSignal, onMore: () => void): void {
  let added = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    if (added < MORE_TEXT_CHARS) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      observer.disconnect();
      onMore();
    }, MORE_TEXT_SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
