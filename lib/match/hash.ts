/**
 * Open-addressing hash tables held in typed arrays. Unlike a `Map`, they
 * survive structured cloning (IndexedDB) as they are, so a cached index is
 * usable the moment it is read back, with nothing to rebuild.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** Interned strings: id ↔ string. */
export interface StringTable {
  strings: string[];
  /** Slot → id + 1 (0 = empty). */
  slots: Int32Array;
}

/** Builds a table over distinct strings; the id of a string is its position. */
export function buildStringTable(strings: string[]): StringTable {
  const slots = new Int32Array(tableSize(strings.length));
  const mask = slots.length - 1;
  strings.forEach((s, id) => {
    let slot = hashString(s) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  });
  return { strings, slots };
}

/** Id of `s`, or -1. */
export function lookupString(table: StringTable, s: string): number {
  const { slots, strings } = table;
  const mask = slots.length - 1;
  let slot = hashString(s) & mask;
  for (;;) {
    const v = slots[slot] as number;
    if (v === 0) return -1;
    if (strings[v - 1] === s) return v - 1;
    slot = (slot + 1) & mask;
  }
}

/** Collects distinct strings in first-seen order and hands out their ids. */
export class Interner {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Id of `s`, adding it when new. */
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** Id of `s`, or -1. */
  get(s: string): number {
    return this.ids.get(s) ?? -1;
  }
}

/** A map from a pair of non-negative ints to an int. */
export interface PairTable {
  keyA: Int32Array;
  keyB: Int32Array;
  values: Int32Array;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

/** Builds a pair table from parallel arrays of keys and values. */
export function buildPairTable(a: ArrayLike<number>, b: ArrayLike<number>, values: ArrayLike<number>): PairTable {
  const size = tableSize(values.length);
  const keyA = new Int32Array(size).fill(-1);
  const keyB = new Int32Array(size);
  const vals = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < values.length; i++) {
    const ka = a[i] as number;
    const kb = b[i] as number;
    let slot = pairHash(ka, kb) & mask;
    while (keyA[slot] !== -1) slot = (slot + 1) & mask;
    keyA[slot] = ka;
    keyB[slot] = kb;
    vals[slot] = values[i] as number;
  }
  return { keyA, keyB, values: vals };
}

/** Value stored for (a, b), or -1. */
export function lookupPair(t: PairTable, a: number, b: number): number {
  const mask = t.keyA.length - 1;
  let slot = pairHash(a, b) & mask;
  for (;;) {
    const ka = t.keyA[slot] as number;
    if (ka === -1) return -1;
    if (ka === a && t.keyB[slot] === b) return t.values[slot] as number;
    slot = (slot + 1) & mask;
  }
}
