/**
 * An in-memory prefix index: every search key of one kind of record, so the
 * keys that start with a query form one contiguous range of a sorted list,
 * found by binary search. This replaces IndexedDB multi-entry indexes, which
 * made every record cost one put per key at load time.
 *
 * A 100k-entity pack has about a million keys; sorting them all took seconds,
 * so keys are grouped by their first UTF-16 code unit and a group is sorted the
 * first time a query needs it. Every key that starts with a query shares the
 * query's first code unit, so one group always holds the whole range.
 */
import { normalizeKey } from './keys';

/** Aliases are one to four words; statements and titles are searched by their first three words from any word. */
export const ALIAS_WINDOW = 4;
/** Words per key for titles and statements. */
export const TEXT_WINDOW = 3;

interface Group {
  keys: string[];
  /** `refs[i]` is the position of the record `keys[i]` came from. */
  refs: number[];
  sorted: boolean;
}

/** One kind's keys, grouped by first code unit; build with `buildPrefixIndex`. */
export interface PrefixIndex {
  groups: Map<number, Group>;
}

/** A record whose key starts with the query, and whether one of its keys equals the query. */
export interface PrefixMatch {
  ref: number;
  exact: boolean;
}

/**
 * Calls `emit` with each key of an already normalised text: the words from each
 * word on, at most `window` of them. The same keys as `wordPrefixKeys`, taken as
 * slices of the text instead of joined word arrays, which is several times faster.
 */
export function eachWindowKey(normalized: string, window: number, emit: (key: string) => void): void {
  if (normalized === '') return;
  // A normalised text is trimmed and single-spaced, so words are exactly the runs between spaces.
  const starts = [0];
  const ends: number[] = [];
  for (let i = normalized.indexOf(' '); i !== -1; i = normalized.indexOf(' ', i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  ends.push(normalized.length);
  for (let w = 0; w < starts.length; w++) {
    emit(normalized.slice(starts[w], ends[Math.min(w + window, ends.length) - 1]));
  }
}

/** Collects the keys of every record; `texts[ref]` are the texts of record `ref`, records in id order. */
export function buildPrefixIndex(texts: readonly (readonly string[])[], window: number): PrefixIndex {
  const groups = new Map<number, Group>();
  let ref = 0;
  // One closure for all records (not one per record): this runs for about a million keys.
  const emit = (key: string): void => {
    const code = key.charCodeAt(0);
    let group = groups.get(code);
    if (!group) groups.set(code, (group = { keys: [], refs: [], sorted: false }));
    group.keys.push(key);
    group.refs.push(ref);
  };
  for (; ref < texts.length; ref++) {
    for (const text of texts[ref] ?? []) eachWindowKey(normalizeKey(text), window, emit);
  }
  return { groups };
}

function sortGroup(group: Group): void {
  const order = group.keys.map((_, i) => i);
  // `<` compares UTF-16 code units, as IndexedDB compares string keys. The sort is
  // stable and keys were pushed in record (= id) order, so equal keys stay in id
  // order: the order an IndexedDB index walk gave (key, then primary key).
  order.sort((a, b) => {
    const ka = group.keys[a] as string;
    const kb = group.keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  group.keys = order.map((i) => group.keys[i] as string);
  group.refs = order.map((i) => group.refs[i] as number);
  group.sorted = true;
}

/** The position of the first key that is not smaller than `query`. */
export function lowerBound(keys: readonly string[], query: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < query) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Up to `limit` distinct records with a key starting with `query` (normalised),
 * in key order. A key equal to the query sorts before every longer key with that
 * prefix, so a record's first key in the range equals the query exactly when
 * any of its keys does.
 */
export function prefixMatches(index: PrefixIndex, query: string, limit: number): PrefixMatch[] {
  const group = index.groups.get(query.charCodeAt(0));
  if (!group || query === '') return [];
  if (!group.sorted) sortGroup(group);
  const out: PrefixMatch[] = [];
  const seen = new Set<number>();
  for (let i = lowerBound(group.keys, query); i < group.keys.length && out.length < limit; i++) {
    const key = group.keys[i] as string;
    if (!key.startsWith(query)) break;
    const ref = group.refs[i] as number;
    if (seen.has(ref)) continue;
    seen.add(ref);
    out.push({ ref, exact: key === query });
  }
  return out;
}
