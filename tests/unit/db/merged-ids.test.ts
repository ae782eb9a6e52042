import { afterEach, describe, expect, it } from 'vitest';

import { FeedbackService } from '@/lib/background/feedback';
import { FlagService } from '@/lib/background/flags';
import type { Pack } from '@/lib/dataset/types';
import { loadPack } from '@/lib/db/load';
import type { FlagRecord } from '@/lib/db/records';
import { ParallaxDB } from '@/lib/db/schema';
import { applySuppression, wrongMatchKey } from '@/lib/feedback/suppression';

import { asSchema, realPack } from '../dataset/real-pack';
import { storedItems } from './stored';

let db: ParallaxDB;
afterEach(() => db?.close());

function open(): ParallaxDB {
  db = new ParallaxDB();
  return db;
}

/** What a merge does to ids: claim `from` into claim `into`, and event `fromEvent` into event `intoEvent`. */
interface Merge {
  from: string;
  into: string;
  fromEvent: string;
  intoEvent: string;
}

/**
 * A 1.1.0 pack in which one claim was merged into another of its event, and one event
 * (with its claims) into another: the survivors list the retired ids as `formerIds`.
 */
function mergedPack(): { pack: Pack; merge: Merge } {
  const pack = realPack();
  pack.version = '1.1.0';
  const twoClaims = pack.events.find((e) => pack.claims.filter((c) => c.eventId === e.id).length >= 2);
  const intoEvent = pack.events.find((e) => e !== twoClaims && pack.claims.some((c) => c.eventId === e.id));
  if (!twoClaims || !intoEvent) throw new Error('the pack has no event to merge');
  const [into, from] = pack.claims.filter((c) => c.eventId === twoClaims.id);
  if (!into || !from) throw new Error('no claims to merge');
  pack.claims = pack.claims.filter((c) => c !== from);
  into.formerIds = [...(into.formerIds ?? []), from.id];
  const outlets = new Set(pack.reports.filter((r) => r.claimId === into.id).map((r) => r.outletId));
  pack.reports = pack.reports
    .filter((r) => r.claimId !== from.id || !outlets.has(r.outletId))
    .map((r) => (r.claimId === from.id ? { ...r, id: `${r.outletId}--${into.id}`, claimId: into.id } : r));
  // The event that held both claims is merged into another one.
  pack.events = pack.events.filter((e) => e !== twoClaims);
  intoEvent.formerIds = [...(intoEvent.formerIds ?? []), twoClaims.id];
  pack.claims = pack.claims.map((c) => (c.eventId === twoClaims.id ? { ...c, eventId: intoEvent.id } : c));
  pack.reports = pack.reports.map((r) => (r.eventId === twoClaims.id ? { ...r, eventId: intoEvent.id } : r));
  return { pack, merge: { from: from.id, into: into.id, fromEvent: twoClaims.id, intoEvent: intoEvent.id } };
}

const quote = { type: 'TextQuoteSelector' as const, exact: 'refused to fight', prefix: 'unit ', suffix: ' in Donetsk' };
function flag(id: string, claimId: string | null, eventId: string | null): FlagRecord {
  return {
    id,
    url: `https://example.com/${id}`,
    pageUrl: `https://example.com/${id}`,
    outletId: null,
    outletName: null,
    title: 'A page',
    publishedAt: null,
    quote: quote.exact,
    selectors: { quote, position: { type: 'TextPositionSelector', start: 10, end: 26 } },
    note: 'mine',
    label: 'disputed',
    claimId,
    eventId,
    createdAt: 1,
    updatedAt: 1,
  };
}

const WORDS = 'Units  refused to FIGHT';

/** The reader's data on the old pack: marks and flags on the claim and event about to be merged, and others that stay. */
async function readerData(d: ParallaxDB, merge: Merge): Promise<void> {
  const feedback = new FeedbackService(d);
  await feedback.reportWrongMatch({ kind: 'claim', targetId: merge.from, text: WORDS, url: 'https://example.com/a' });
  await feedback.reportWrongMatch({
    kind: 'claim',
    targetId: merge.into,
    text: 'other words',
    url: 'https://example.com/b',
  });
  await feedback.reportWrongMatch({
    kind: 'entity',
    targetId: 'darya-dugina',
    text: 'Dugina',
    url: 'https://example.com/c',
  });
  await feedback.mute('vladimir-putin');
  await d.flags.bulkAdd([
    flag('flag-merged', merge.from, merge.fromEvent),
    flag('flag-event', null, merge.fromEvent),
    flag('flag-kept', merge.into, merge.intoEvent),
    flag('flag-free', null, null),
  ]);
}

describe('loading a pack that merged claims and events', () => {
  it('moves a wrong-match mark on a merged claim to the claim that absorbed it, and it still hides that match', async () => {
    const { pack, merge } = mergedPack();
    await loadPack(open(), realPack());
    await readerData(db, merge);
    const result = await loadPack(db, pack);
    expect(result).toMatchObject({
      ok: true,
      value: { outcome: 'loaded', previousVersion: '1.0.0', moved: { flags: 2, wrongMatches: 1 } },
    });
    expect((await storedItems(db, 'claims')).map((c) => c.id)).not.toContain(merge.from);

    const marks = await db.wrongMatches.orderBy('id').toArray();
    expect(marks.map((m) => m.id).sort()).toEqual(
      [
        wrongMatchKey('claim', merge.into, WORDS),
        wrongMatchKey('claim', merge.into, 'other words'),
        wrongMatchKey('entity', 'darya-dugina', 'Dugina'),
      ].sort(),
    );
    expect(marks.find((m) => m.id === wrongMatchKey('claim', merge.into, WORDS))).toMatchObject({
      kind: 'claim',
      targetId: merge.into,
      text: 'units refused to fight',
      url: 'https://example.com/a',
    });

    // A fresh background (after the update) hides those words on the surviving claim, and only those.
    const suppression = await new FeedbackService(db).suppression();
    const text = 'Units refused to fight. Other units advanced.';
    const hit = (start: number, end: number) => ({
      kind: 'claim' as const,
      id: merge.into,
      eventId: merge.intoEvent,
      start,
      end,
      score: 1,
      why: { terms: [], entityIds: [], figures: [], score: 1, threshold: 0.5 },
    });
    expect(applySuppression({ entities: [], claims: [hit(0, 22), hit(24, 44)] }, text, suppression).claims).toEqual([
      hit(24, 44),
    ]);
    expect(suppression.mutedEntityIds).toEqual(['vladimir-putin']);
  });

  it('links a flag on a merged claim and event to the ones that absorbed them, and leaves other flags alone', async () => {
    const { pack, merge } = mergedPack();
    await loadPack(open(), realPack());
    await readerData(db, merge);
    await loadPack(db, pack);
    const flags = new FlagService(db, () => undefined);
    expect(await flags.get('flag-merged')).toMatchObject({
      claimId: merge.into,
      eventId: merge.intoEvent,
      note: 'mine',
    });
    expect(await flags.get('flag-event')).toMatchObject({ claimId: null, eventId: merge.intoEvent });
    expect(await flags.get('flag-kept')).toEqual(flag('flag-kept', merge.into, merge.intoEvent));
    expect(await flags.get('flag-free')).toEqual(flag('flag-free', null, null));
    expect(await db.mutes.toArray()).toEqual([expect.objectContaining({ entityId: 'vladimir-putin' })]);
  });

  it('moves nothing when the load is cut short: the old pack and the marks stay as they were', async () => {
    const { pack, merge } = mergedPack();
    await loadPack(open(), realPack());
    await readerData(db, merge);
    const before = await db.wrongMatches.orderBy('id').toArray();
    const stopped = await loadPack(db, pack, {
      onProgress: (step) => {
        if (step.table === 'reports') throw new Error('worker stopped');
      },
    });
    expect(stopped.ok).toBe(false);
    expect(await db.wrongMatches.orderBy('id').toArray()).toEqual(before);
    expect((await db.flags.get('flag-merged'))?.claimId).toBe(merge.from);
    // The next start completes the load, and the move with it.
    expect(await loadPack(db, pack)).toMatchObject({ ok: true, value: { moved: { flags: 2, wrongMatches: 1 } } });
    expect((await db.flags.get('flag-merged'))?.claimId).toBe(merge.into);
  });

  it('moves the marks a reader left on the claims the bundled pack merged away, whatever pack they were made on', async () => {
    const bundled = realPack();
    const merged = bundled.claims.filter((c) => (c.formerIds ?? []).length > 0);
    expect(merged.length).toBeGreaterThan(0);
    // The reader's profile from before the merges: a schema-2 pack of an earlier version.
    await loadPack(open(), { ...asSchema(realPack(), 2), version: '0.9.0' });
    for (const claim of merged) {
      for (const old of claim.formerIds ?? [])
        await new FeedbackService(db).reportWrongMatch({
          kind: 'claim',
          targetId: old,
          text: WORDS,
          url: 'https://example.com/a',
        });
    }
    const result = await loadPack(db, bundled);
    const formerCount = merged.reduce((n, c) => n + (c.formerIds?.length ?? 0), 0);
    expect(result).toMatchObject({ ok: true, value: { moved: { wrongMatches: formerCount } } });
    const keys = (await new FeedbackService(db).suppression()).wrongMatchKeys;
    expect(new Set(keys)).toEqual(new Set(merged.map((c) => wrongMatchKey('claim', c.id, WORDS))));
    // For instance, the Krasnodar lawyer's remark now lives in the claim about the riot police.
    expect(keys).toContain(wrongMatchKey('claim', 'krasnodar-omon-refused-to-enter-ukraine', WORDS));
  });

  it('links flags on the bundled pack’s merged claims and events to the survivors', async () => {
    await loadPack(open(), { ...asSchema(realPack(), 2), version: '0.9.0' });
    await db.flags.bulkAdd([
      flag('flag-cit', 'cit-20-40-percent-refusing', 'cit-refusal-estimate'),
      flag('flag-camps', null, 'general-staff-tent-towns'),
      flag('flag-fsb', 'fsb-gru-shootout-war-spoils', 'fsb-gru-shootout'),
    ]);
    expect(await loadPack(db, realPack())).toMatchObject({ ok: true, value: { moved: { flags: 3, wrongMatches: 0 } } });
    const flags = new FlagService(db, () => undefined);
    expect(await flags.get('flag-cit')).toMatchObject({
      claimId: 'refusals-in-russian-units',
      eventId: 'refusals-to-fight-2022',
    });
    expect(await flags.get('flag-camps')).toMatchObject({ claimId: null, eventId: 'refusals-to-fight-2022' });
    expect(await flags.get('flag-fsb')).toMatchObject({
      claimId: 'russian-forces-turn-on-each-other',
      eventId: 'russian-forces-infighting-2022',
    });
  });
});
