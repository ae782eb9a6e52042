/** Per-word memo for the folding and stemming functions the matcher calls on every token. */

/** Entries kept before a cache starts over (a page or a pack has far fewer distinct words). */
const CACHE_LIMIT = 50_000;

/** `fn` remembered per word; the memory is dropped whole once it holds `limit` words. */
export function memoise(fn: (word: string) => string, limit = CACHE_LIMIT): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(word);
      cache.set(word, v);
    }
    return v;
  };
}

/**
 * A table built at its first use rather than when its module loads. A service worker evaluates every
 * module again at each wake-up, and most wake-ups (a quick look at a page) need only the entity matcher.
 */
export function builtOnFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}
