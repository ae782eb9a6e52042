import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { COVERAGE_RULES, coverageIssues } from '@/lib/dataset/stats';
import type { Pack } from '@/lib/dataset/types';

import { realPack } from './real-pack';

// The committed pack itself, read here without the pack code, so a broken count in it cannot hide a thin claim.
const committed = JSON.parse(
  readFileSync(resolve(__dirname, '../../../assets/pack/parallax.pack.json'), 'utf8'),
) as Pack;

function distinctOutlets(pack: Pack, key: 'claimId' | 'eventId'): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const r of pack.reports) {
    const set = by.get(r[key]) ?? new Set<string>();
    set.add(r.outletId);
    by.set(r[key], set);
  }
  return by;
}

describe('the committed pack’s coverage', () => {
  const perClaim = distinctOutlets(committed, 'claimId');
  const perEvent = distinctOutlets(committed, 'eventId');

  it('has every claim reported by at least three distinct outlets, or a written reason why not', () => {
    const thin = committed.claims.filter((c) => (perClaim.get(c.id)?.size ?? 0) < 3);
    expect(
      thin
        .filter((c) => (c.fewerOutletsReason ?? '').trim().length < 40)
        .map((c) => `${c.id}: ${perClaim.get(c.id)?.size ?? 0} outlet(s)`),
    ).toEqual([]);
  });

  it('has every event reported by at least four distinct outlets', () => {
    expect(
      committed.events
        .filter((e) => (perEvent.get(e.id)?.size ?? 0) < 4)
        .map((e) => `${e.id}: ${perEvent.get(e.id)?.size ?? 0} outlet(s)`),
    ).toEqual([]);
  });

  it('has no claim hint that is a stock phrase of war coverage, which any report of the war may write', () => {
    // A sentence that only says "what Moscow calls a special military operation" or "since the Second World
    // War" reports no claim; as hints, such phrases made those sentences look like one.
    const stock = [
      /special military operation/i,
      /специальн\S* военн\S* операци|спецоперац/iu,
      /militärische Spezialoperation/i,
      /World War|Weltkrieg|Guerra Mundial|světové války|мировой войн|світової війни/iu,
    ];
    expect(
      committed.claims.flatMap((c) =>
        c.hints.terms.filter((t) => stock.some((re) => re.test(t))).map((t) => `${c.id}: ${t}`),
      ),
    ).toEqual([]);
  });

  it('gives a reason only to a claim that needs one', () => {
    expect(
      committed.claims
        .filter((c) => c.fewerOutletsReason !== undefined && (perClaim.get(c.id)?.size ?? 0) >= 3)
        .map((c) => c.id),
    ).toEqual([]);
  });

  it('agrees with the rules dataset:check applies', () => {
    expect(COVERAGE_RULES).toEqual({ claimOutlets: 3, eventOutlets: 4 });
    expect(coverageIssues(committed)).toEqual([]);
  });
});

describe('coverageIssues', () => {
  /** The real pack with one claim cut down to the reports of its first two outlets. */
  function withThinClaim(): { pack: Pack; claimId: string } {
    const pack = realPack();
    const perClaim = distinctOutlets(pack, 'claimId');
    const claim = pack.claims.find(
      (c) => (perClaim.get(c.id)?.size ?? 0) >= 3 && (distinctOutlets(pack, 'eventId').get(c.eventId)?.size ?? 0) >= 6,
    );
    if (!claim) throw new Error('no claim to thin out');
    const keep = [...(perClaim.get(claim.id) ?? [])].slice(0, 2);
    pack.reports = pack.reports.filter((r) => r.claimId !== claim.id || keep.includes(r.outletId));
    return { pack, claimId: claim.id };
  }

  it('names a claim of fewer than three outlets, and accepts it once it says why', () => {
    const { pack, claimId } = withThinClaim();
    expect(coverageIssues(pack)).toContain(
      `claim '${claimId}' is reported by 2 outlet(s); at least 3, or a fewerOutletsReason, needed`,
    );
    const claim = pack.claims.find((c) => c.id === claimId);
    if (claim)
      claim.fewerOutletsReason = 'Only two outlets covered this, and it is kept apart from the rest of its event.';
    expect(coverageIssues(pack).filter((i) => i.includes(claimId))).toEqual([]);
  });

  it('names a reason that has become stale', () => {
    const pack = realPack();
    const claim = pack.claims.find((c) => c.fewerOutletsReason === undefined);
    if (!claim) throw new Error('no claim');
    claim.fewerOutletsReason = 'Thought to have one outlet.';
    expect(coverageIssues(pack).filter((i) => i.includes(`'${claim.id}'`))).toEqual([
      expect.stringMatching(
        new RegExp(`^claim '${claim.id}' is reported by \\d+ outlets and still gives a fewerOutletsReason`),
      ),
    ]);
  });

  it('names an event of fewer than four outlets, whatever its claims say', () => {
    const pack = realPack();
    const event = pack.events[0];
    if (!event) throw new Error('no event');
    const keep = [...new Set(pack.reports.filter((r) => r.eventId === event.id).map((r) => r.outletId))].slice(0, 3);
    pack.reports = pack.reports.filter((r) => r.eventId !== event.id || keep.includes(r.outletId));
    for (const c of pack.claims)
      if (c.eventId === event.id) c.fewerOutletsReason = 'Kept apart on purpose for this test.';
    expect(coverageIssues(pack)).toContain(
      `event '${event.id}' is reported by 3 outlet(s); at least 4 needed (merge it into a broader event of the same story)`,
    );
  });
});
