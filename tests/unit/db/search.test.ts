import { afterEach, describe, expect, it } from 'vitest';

import { synthPack } from '@/lib/dataset/synth';
import type { Pack } from '@/lib/dataset/types';
import { normalizeKey, wordPrefixKeys } from '@/lib/db/keys';
import { loadPack } from '@/lib/db/load';
import { searchDataset, type SearchHit } from '@/lib/db/queries';
import { ParallaxDB } from '@/lib/db/schema';

import { realPack } from '../dataset/real-pack';

let db: ParallaxDB;
afterEach(() => db?.close());

interface Doc {
  kind: SearchHit['kind'];
  id: string;
  label: string;
  detail?: string;
  keys: string[];
}

function docs(pack: Pack): Doc[] {
  return [
    ...pack.entities.map((e): Doc => ({
      kind: 'entity',
      id: e.id,
      label: e.name,
      detail: e.kind,
      keys: wordPrefixKeys([e.name, ...e.aliases.map((a) => a.text)], 4),
    })),
    ...pack.events.map((e): Doc => ({ kind: 'event', id: e.id, label: e.title, keys: wordPrefixKeys([e.title], 3) })),
    ...pack.claims.map((c): Doc => ({
      kind: 'claim',
      id: c.id,
      label: c.statement,
      detail: c.eventId,
      keys: wordPrefixKeys([c.statement, ...Object.values(c.statements ?? {}).filter((t) => t !== undefined)], 3),
    })),
    ...pack.outlets.map((o): Doc => ({
      kind: 'outlet',
      id: o.id,
      label: o.name,
      keys: wordPrefixKeys([o.name, ...o.domains], 4),
    })),
  ];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const ORDER = ['entity', 'event', 'claim', 'outlet'];

/**
 * What the IndexedDB multi-entry indexes returned, written the slow, obvious way:
 * per kind, records ordered by their smallest matching key then id, `limit` of
 * each; exact matches first, then by kind.
 */
function reference(all: Doc[], query: string, limit: number): SearchHit[] {
  const q = normalizeKey(query);
  if (q === '' || limit <= 0) return [];
  const hits: SearchHit[] = [];
  for (const kind of ORDER) {
    const matched = all
      .filter((d) => d.kind === kind)
      .map((d) => ({ d, first: d.keys.filter((k) => k.startsWith(q)).sort(cmp)[0] }))
      .filter((m): m is { d: Doc; first: string } => m.first !== undefined)
      .sort((a, b) => cmp(a.first, b.first) || cmp(a.d.id, b.d.id))
      .slice(0, limit);
    for (const { d } of matched) {
      const hit: SearchHit = { kind: d.kind, id: d.id, label: d.label, exact: d.keys.includes(q) };
      if (d.detail !== undefined) hit.detail = d.detail;
      hits.push(hit);
    }
  }
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return hits.slice(0, limit);
}

describe('searchDataset over the in-memory sorted keys', () => {
  it('returns exactly what the per-record index search returned, on a synthetic pack in two scripts', async () => {
    const pack = synthPack({ entities: 3000, claims: 300, seed: 7 });
    db = new ParallaxDB();
    await loadPack(db, pack);
    const all = docs(pack);
    const someEntity = pack.entities[1234];
    const queries = [
      'k',
      'ka',
      'Каро',
      'ро',
      'mir',
      'sk',
      'forces',
      'forces off',
      'Forces officials reported',
      'news',
      'outlet-1',
      'outlet-12.example',
      'ЛЕН',
      'zz',
      'я',
    ];
    if (someEntity) queries.push(someEntity.name, someEntity.aliases[1]?.text ?? someEntity.name);
    for (const query of queries) {
      for (const limit of [1, 5, 20]) {
        const got = await searchDataset(db, query, limit);
        expect(got, `${query} / ${limit}`).toEqual(reference(all, query, limit));
      }
    }
    // The queries exercise real results, not only empty ones.
    expect((await searchDataset(db, 'ka', 20)).length).toBe(20);
  });

  it('puts every exact alias first, even when many longer names share its prefix', async () => {
    db = new ParallaxDB();
    await loadPack(db, realPack());
    const hits = await searchDataset(db, 'fsb', 5);
    expect(hits[0]).toMatchObject({ kind: 'entity', id: 'fsb', exact: true });
    expect(hits.slice(1).every((h) => !h.exact)).toBe(true);
    expect(hits).toEqual(reference(docs(realPack()), 'fsb', 5));
  });
});
