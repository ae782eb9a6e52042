import { describe, expect, it } from 'vitest';

import { compareClaim } from '@/lib/compare/comparison';
import { findDiscrepancies, markRows } from '@/lib/compare/discrepancies';
import { measureKey } from '@/lib/compare/measures';
import type { ClaimView, OutletReport } from '@/lib/compare/types';
import type { Outlet, Report } from '@/lib/dataset/types';

function outlet(id: string, name: string): Outlet {
  return { id, name, domains: [`${id}.example`], country: 'GB', language: 'en' };
}

function report(outletId: string, over: Partial<Report> = {}): Report {
  return {
    id: `${outletId}--losses`,
    claimId: 'losses',
    eventId: 'russian-losses',
    outletId,
    url: `https://${outletId}.example/a`,
    date: '2022-08-22',
    headline: 'Headline',
    attributedTo: ["Ukraine's army"],
    certainty: 'attributed',
    figures: [],
    keyTerms: [],
    ...over,
  };
}

const killed45 = { value: 45000, unit: 'people', what: 'Russian soldiers killed', source: "Ukraine's army" };
const killed47 = {
  value: 47550,
  unit: 'people',
  what: 'Russian military personnel killed since February',
  source: 'Ukrainian General Staff',
};
const kiaWia75 = {
  value: 75000,
  unit: 'people',
  what: 'Russians killed and injured (lower end)',
  source: 'US sources',
};

describe('measureKey', () => {
  it('never merges a count of the dead with a count of dead and wounded', () => {
    expect(measureKey(killed45)).not.toBe(measureKey(kiaWia75));
    expect(measureKey(killed45)).toBe(measureKey(killed47));
  });

  it('treats the two ends of a range as one measure', () => {
    const lower = { ...kiaWia75, measure: 'russian-troops-killed-and-wounded-lower' };
    const upper = { ...kiaWia75, value: 80000, measure: 'russian-troops-killed-and-wounded-upper' };
    expect(measureKey(lower)).toBe(measureKey(upper));
  });

  it('prefers an explicit measure slug from the dataset', () => {
    expect(measureKey({ ...killed45, measure: 'russian-troops-killed' })).toBe('russian-troops-killed');
  });
});

describe('discrepancies', () => {
  const rows: OutletReport[] = [
    { outlet: outlet('express', 'Express'), report: report('express', { figures: [killed45, kiaWia75] }) },
    {
      outlet: outlet('independent', 'The Independent'),
      report: report('independent', {
        figures: [killed47],
        certainty: 'asserted',
        attributedTo: ['Ukrainian General Staff'],
      }),
    },
    { outlet: outlet('kyiv', 'Kyiv Post'), report: report('kyiv', { certainty: 'hedged' }) },
  ];

  it('marks a figure that differs from the other outlets', () => {
    const marked = markRows(rows);
    const express = marked.find((r) => r.outlet.id === 'express');
    const differs = express?.marks.filter((m) => m.kind === 'figure-differs') ?? [];
    expect(differs).toHaveLength(1);
    expect(differs[0]?.kind === 'figure-differs' && differs[0].figure.value).toBe(45000);
  });

  it('marks an outlet that states as fact what others attribute', () => {
    const independent = markRows(rows).find((r) => r.outlet.id === 'independent');
    expect(independent?.marks.some((m) => m.kind === 'asserted-vs-attributed')).toBe(true);
  });

  it('explains the differences in words, naming outlets, figures and sources', () => {
    const texts = findDiscrepancies(rows).map((d) => d.text);
    expect(texts.some((t) => t.includes('Express gives 45,000') && t.includes('The Independent gives 47,550'))).toBe(
      true,
    );
    expect(texts.some((t) => t.startsWith('The Independent states it as fact; 2 other outlets attribute it'))).toBe(
      true,
    );
  });

  it('describes a range as a range', () => {
    const range = (outletId: string, low: number): OutletReport => ({
      outlet: outlet(outletId, outletId.toUpperCase()),
      report: report(outletId, {
        figures: [
          { ...kiaWia75, value: low, measure: 'kia-wia-lower' },
          { ...kiaWia75, value: 80000, measure: 'kia-wia-upper' },
        ],
      }),
    });
    const texts = findDiscrepancies([range('a', 75000), range('b', 70000)]).map((d) => d.text);
    expect(texts.some((t) => t.includes('A gives 75,000–80,000') && t.includes('B gives 70,000–80,000'))).toBe(true);
  });

  it('reports no figure difference when outlets agree', () => {
    const agreeing = rows
      .slice(0, 1)
      .concat({ outlet: outlet('b', 'B'), report: report('b', { figures: [killed45, kiaWia75] }) });
    expect(findDiscrepancies(agreeing).filter((d) => d.kind === 'figures')).toEqual([]);
  });

  it('splits this page’s outlet from the others', () => {
    const view: ClaimView = {
      claim: { id: 'losses', eventId: 'russian-losses', statement: 's', hints: { terms: [], entityIds: [] } },
      event: {
        id: 'russian-losses',
        title: 'Losses',
        date: { start: '2022-08-22' },
        place: 'Ukraine',
        summary: 's',
        entityIds: [],
      },
      reports: rows,
      entities: [],
    };
    const comparison = compareClaim(view, 'express');
    expect(comparison.here.map((r) => r.outlet.id)).toEqual(['express']);
    expect(comparison.others.map((r) => r.outlet.id).sort()).toEqual(['independent', 'kyiv']);
  });
});
