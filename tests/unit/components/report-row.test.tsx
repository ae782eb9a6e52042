import { render } from 'preact';
import { describe, expect, it } from 'vitest';

import { ReportRow } from '@/components/popover/ReportRow';
import type { ComparisonRow } from '@/lib/compare/types';

const figure = {
  value: 45000,
  unit: 'people',
  what: 'Russian soldiers killed',
  source: "Ukraine's army",
  measure: 'russian-troops-killed',
};

function row(): ComparisonRow {
  return {
    outlet: { id: 'express', name: 'Express', domains: [], country: 'GB', language: 'en' },
    report: {
      id: 'r',
      claimId: 'c',
      eventId: 'e',
      outletId: 'express',
      url: 'https://example.com/a',
      date: '2022-08-22',
      headline: 'Headline',
      attributedTo: ["Ukraine's army"],
      certainty: 'asserted',
      figures: [figure],
      keyTerms: ['mutiny'],
    },
    // A copy, as the popover receives it through extension messaging.
    marks: [
      { kind: 'figure-differs', figure: structuredClone(figure), others: [] },
      { kind: 'asserted-vs-attributed', othersAttributing: 2 },
    ],
  };
}

describe('ReportRow', () => {
  it('marks a differing figure even when the comparison arrived as a copy', () => {
    const host = document.createElement('ul');
    render(<ReportRow row={row()} />, host);
    const item = host.querySelector('.figures li');
    expect(item?.classList.contains('differs')).toBe(true);
    expect(item?.textContent).toContain('differs');
  });

  it('says when this outlet states as fact what others attribute', () => {
    const host = document.createElement('ul');
    render(<ReportRow row={row()} />, host);
    expect(host.querySelector('.certainty')?.classList.contains('differs')).toBe(true);
    expect(host.textContent).toContain('(others attribute it)');
    expect(host.querySelector('a.headline')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
