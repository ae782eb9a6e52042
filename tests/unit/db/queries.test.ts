import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadPack } from '@/lib/db/load';
import {
  getClaimView,
  getDatasetInfo,
  getEntityView,
  getEventView,
  getMatchData,
  searchDataset,
} from '@/lib/db/queries';
import { ParallaxDB } from '@/lib/db/schema';

import { realPack } from '../dataset/real-pack';

let db: ParallaxDB;
beforeEach(async () => {
  db = new ParallaxDB();
  const loaded = await loadPack(db, realPack());
  if (!loaded.ok) throw new Error(loaded.error.message);
});
afterEach(() => db.close());

describe('dataset queries', () => {
  it('gives the matcher every entity, claim and event as plain pack records', async () => {
    const pack = realPack();
    const data = await getMatchData(db);
    expect(data.entities).toHaveLength(pack.entities.length);
    expect(data.claims).toHaveLength(pack.claims.length);
    expect(data.events).toHaveLength(pack.events.length);
    const dugina = data.entities.find((e) => e.id === 'darya-dugina');
    expect(dugina).toEqual(pack.entities.find((e) => e.id === 'darya-dugina'));
    expect(dugina).not.toHaveProperty('aliasKeys');
  });

  it('shows a claim with its event and every outlet that reported it', async () => {
    const view = await getClaimView(db, 'ukraine-denies-dugina-involvement');
    expect(view?.event.id).toBe('darya-dugina-killing');
    // Every report of the claim in the pack, each with its outlet.
    const expected = realPack()
      .reports.filter((r) => r.claimId === 'ukraine-denies-dugina-involvement')
      .map((r) => r.outletId)
      .sort();
    expect(expected).toEqual(expect.arrayContaining(['finanzen-at', 'huffpost-uk', 'kyiv-independent']));
    expect(view?.reports.map((r) => r.outlet.id).sort()).toEqual(expected);
    expect(
      view?.reports.every((r) => r.report.claimId === 'ukraine-denies-dugina-involvement' && r.outlet.name.length > 0),
    ).toBe(true);
    expect(view?.entities.map((e) => e.id)).toContain('mykhailo-podolyak');
    expect(await getClaimView(db, 'no-such-claim')).toBeNull();
  });

  it('keeps the two casualty counts apart: killed versus killed and wounded', async () => {
    const ukraine = await getClaimView(db, 'ukraine-estimate-45000-killed');
    const us = await getClaimView(db, 'us-estimate-70-80k-casualties');
    const express = (view: typeof ukraine) =>
      view?.reports.find((r) => r.outlet.id === 'express')?.report.figures ?? [];
    expect(express(ukraine).map((f) => [f.value, f.what])).toEqual([
      [45000, 'Russian soldiers killed since 24 February 2022'],
    ]);
    expect(express(us).map((f) => f.value)).toEqual([75000, 80000]);
    expect(express(us).every((f) => f.what.includes('killed and injured'))).toBe(true);
  });

  it('shows an event with its claims and reports from at least four outlets for the headline events', async () => {
    for (const id of ['lpr-unit-refusal-video', 'darya-dugina-killing']) {
      const view = await getEventView(db, id);
      expect(view?.claims.length).toBeGreaterThan(0);
      expect(new Set(view?.reports.map((r) => r.outlet.id)).size).toBeGreaterThanOrEqual(4);
      expect(view?.reports.every((r) => r.report.eventId === id)).toBe(true);
    }
    const dugina = await getEventView(db, 'darya-dugina-killing');
    expect(dugina?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['darya-dugina', 'fsb', 'natalya-vovk']));
    // Dated reports come first, oldest first.
    const dates = dugina?.reports.map((r) => r.report.date).filter((d): d is string => d !== null) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(await getEventView(db, 'nothing')).toBeNull();
  });

  it('shows an entity with the events that involve it and how many outlets covered them', async () => {
    const view = await getEntityView(db, 'darya-dugina');
    expect(view?.entity.name).toBe('Darya Dugina');
    expect(view?.events.map((e) => e.id)).toEqual(['darya-dugina-killing']);
    const pack = realPack();
    expect(view?.outletCount).toBe(
      new Set(pack.reports.filter((r) => r.eventId === 'darya-dugina-killing').map((r) => r.outletId)).size,
    );
    expect(view?.outletCount).toBeGreaterThanOrEqual(8);
    expect(await getEntityView(db, 'nobody')).toBeNull();
  });

  it('reports the installed dataset', async () => {
    expect(await getDatasetInfo(db)).toMatchObject({ version: '1.0.0', counts: { claims: realPack().claims.length } });
  });

  it('finds Dugina by a prefix in Latin, Cyrillic (Russian and Ukrainian) and any case', async () => {
    for (const query of ['Dugina', 'dug', 'Daria Dug', 'Дугина', 'дарья', 'Дугіна', "Дар'я", 'Дар’я', 'DARJA']) {
      const hits = await searchDataset(db, query, 10);
      expect(
        hits.map((h) => `${h.kind}:${h.id}`),
        query,
      ).toContain('entity:darya-dugina');
    }
  });

  it('ranks an exact alias first and finds events, claims and outlets too', async () => {
    const lpr = await searchDataset(db, 'ЛНР', 5);
    expect(lpr[0]).toMatchObject({ kind: 'entity', id: 'luhansk-peoples-republic', exact: true });
    expect((await searchDataset(db, 'kyiv ind', 5)).map((h) => h.id)).toContain('kyiv-independent');
    expect((await searchDataset(db, 'filtration', 5)).map((h) => `${h.kind}:${h.id}`)).toEqual(
      expect.arrayContaining(['claim:mariupol-men-filtration']),
    );
    expect((await searchDataset(db, 'killing of', 5)).map((h) => `${h.kind}:${h.id}`)).toContain(
      'event:darya-dugina-killing',
    );
  });

  it('finds a claim by its statement in any language it is written in, and shows the English', async () => {
    for (const query of ['autobombe', 'samochodzie wybuchła', 'взрывное устройство']) {
      const hits = await searchDataset(db, query, 10);
      expect(
        hits.filter((h) => h.kind === 'claim').map((h) => h.id),
        query,
      ).toContain('dugina-killed-car-bomb');
    }
    const [hit] = (await searchDataset(db, 'autobombe', 10)).filter((h) => h.id === 'dugina-killed-car-bomb');
    expect(hit?.label).toMatch(/^Darya Dugina was killed/);
  });

  it('returns nothing for an empty or unknown query and honours the limit', async () => {
    expect(await searchDataset(db, '   ', 5)).toEqual([]);
    expect(await searchDataset(db, 'zzzzqqq', 5)).toEqual([]);
    expect(await searchDataset(db, 'r', 3)).toHaveLength(3);
  });
});
