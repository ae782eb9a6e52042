/**
 * Watches the article region for text the page adds later (live blogs,
 * "load more", lazy paragraphs) and reports the new subtrees, debounced.
 * Parallax's own DOM changes are not reported: those made through
 * `ignoring()` (the highlighter's `mutate` option) are dropped outright, and
 * anything added inside a `parallax-*` element is ignored anyway.
 */
import { isExcludedElement } from './exclusion';

/** Options of `watchAddedText`. */
export interface AddedTextOptions {
  /** The region to watch (its whole subtree). */
  root: Element;
  /** Aborting disconnects the observer and drops pending reports. */
  signal: AbortSignal;
  /** Quiet time before reporting, in ms; a burst of changes becomes one report. Default 400. */
  debounceMs?: number;
  /** Receives the top-most new nodes (elements or text nodes), in document order, still connected. */
  onAdded: (roots: Node[]) => void;
  /**
   * Coarse alternative to `ignoring`: while it returns true, delivered mutations are dropped
   * (e.g. `() => highlighter.isApplying`). Page changes in that window are lost, so prefer `ignoring`.
   */
  isPaused?: () => boolean;
}

/** A running watcher: run own DOM changes through `ignoring`, or `flush` to report now. */
export interface AddedTextWatcher {
  /** Runs `change` and drops the mutations it causes (page mutations queued before it are kept). */
  ignoring(change: () => void): void;
  /** Reports pending additions now instead of after the debounce. */
  flush(): void;
}

function insideOwnElement(node: Node, root: Element): boolean {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && (current as Element).tagName.startsWith('PARALLAX-')) return true;
  }
  return false;
}

// Text added inside a share bar, comment list or form of the region is not article text either.
function insideExcluded(node: Node, root: Element): boolean {
  for (let current = node.parentElement; current && current !== root; current = current.parentElement) {
    if (isExcludedElement(current)) return true;
  }
  return false;
}

function worthReading(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  return node.nodeType === 1 && !isExcludedElement(node as Element) && /\S/.test(node.textContent ?? '');
}

// Drops nodes inside other reported nodes and nodes the page removed again; sorts in document order.
function topMost(nodes: Iterable<Node>, root: Element): Node[] {
  const connected = [...nodes].filter(
    (node) => node.isConnected && root.contains(node) && !insideOwnElement(node, root) && !insideExcluded(node, root),
  );
  const sorted = connected.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const result: Node[] = [];
  for (const node of sorted) {
    const last = result[result.length - 1];
    if (!last || !last.contains(node)) result.push(node);
  }
  return result;
}

/** Starts watching `root` for added text; stops when `signal` aborts. */
export function watchAddedText(options: AddedTextOptions): AddedTextWatcher {
  const { root, signal, onAdded } = options;
  const debounceMs = options.debounceMs ?? 400;
  const pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (signal.aborted || pending.size === 0) return;
    const roots = topMost(pending, root);
    pending.clear();
    if (roots.length > 0) onAdded(roots);
  };

  const collect = (records: MutationRecord[]): void => {
    if (options.isPaused?.()) return;
    for (const record of records) {
      if (insideOwnElement(record.target, root)) continue;
      if (record.type === 'characterData') {
        if (worthReading(record.target)) pending.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).tagName.startsWith('PARALLAX-')) continue;
        if (worthReading(node)) pending.add(node);
      }
    }
    if (pending.size > 0) {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    }
  };

  const observer = new MutationObserver(collect);
  if (!signal.aborted) observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
    },
    { once: true },
  );

  return {
    ignoring(change) {
      collect(observer.takeRecords());
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
    flush() {
      collect(observer.takeRecords());
      flush();
    },
  };
}
