import { describe, expect, it } from 'vitest';

import { buildTimeline, compareEvent } from '@/lib/compare/event';
import type { OutletReport } from '@/lib/compare/types';
import type { Claim, Outlet, Report } from '@/lib/dataset/types';

const outlet = (id: string): Outlet => ({ id, name: id.toUpperCase(), domains: [], country: 'GB', language: 'en' });
const claim = (id: string): Claim => ({ id, eventId: 'e', statement: id, hints: { terms: [], entityIds: [] } });
function row(outletId: string, claimId: string, date: string | null): OutletReport {
  const report: Report = {
    id: `${outletId}--${claimId}`,
    claimId,
    eventId: 'e',
    outletId,
    url: `https://${outletId}/${claimId}`,
    date,
    headline: `${outletId} ${claimId}`,
    attributedTo: [],
    certainty: 'attributed',
    figures: [],
    keyTerms: [],
  };
  return { report, outlet: outlet(outletId) };
}
const event = { id: 'e', title: 'E', date: { start: '2022-08-15' }, place: 'P', summary: 'S', entityIds: [] };

describe('event comparison', () => {
  it('orders the timeline by each outlet’s earliest report, undated last', () => {
    const timeline = buildTimeline([
      row('b', 'c1', '2022-08-17'),
      row('a', 'c1', null),
      row('b', 'c2', '2022-08-15'),
      row('c', 'c2', '2022-08-16'),
    ]);
    expect(timeline.map((t) => [t.outletId, t.date])).toEqual([
      ['b', '2022-08-15'],
      ['c', '2022-08-16'],
      ['a', null],
    ]);
    expect(timeline[0]?.claimIds.sort()).toEqual(['c1', 'c2']);
  });

  it('compares each reported claim and lists outlets that covered related events but not this one', () => {
    const comparison = compareEvent(
      {
        event,
        claims: [claim('c1'), claim('c2'), claim('unreported')],
        reports: [row('a', 'c1', '2022-08-15'), row('b', 'c2', '2022-08-16')],
        entities: [],
      },
      'a',
      [outlet('a'), outlet('z')],
    );
    expect(comparison.claims.map((c) => c.claim.id)).toEqual(['c1', 'c2']);
    expect(comparison.claims[0]?.here.map((r) => r.outlet.id)).toEqual(['a']);
    expect(comparison.silentOutlets.map((o) => o.id)).toEqual(['z']);
  });
});
