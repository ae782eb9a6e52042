import { afterEach, describe, expect, it } from 'vitest';

import { ClaimTable } from '@/components/sidepanel/ClaimTable';
import type { ClaimComparison } from '@/lib/compare/types';

import { click, mount, texts, type Mounted } from '../render';
import { casualtyComparison, overTheWire } from './sample';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

function killedClaim(): ClaimComparison {
  // The comparison reaches the panel through messaging, as a copy.
  const claim = overTheWire(casualtyComparison()).claims[0];
  if (!claim) throw new Error('sample has no claim');
  return claim;
}

const outletOrder = (root: HTMLElement) =>
  [...root.querySelectorAll('tbody th[scope="row"]')].map((th) => th.firstChild?.textContent ?? '');

describe('a claim’s comparison table', () => {
  it('is a real table: a caption, column headers, and one row header per outlet', async () => {
    view = await mount(<ClaimTable comparison={killedClaim()} />);
    const table = view.root.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toContain("Ukraine's army put Russian dead at about 45,000.");
    expect(texts(view.root, 'thead th[scope="col"]')).toEqual([
      'Outlet↕',
      'Date↕',
      'Headline',
      'Attributed to',
      'Certainty↕',
      'Figures',
      'Key terms',
    ]);
    expect(outletOrder(view.root)).toEqual(['Daily Express', 'Kyiv Post', 'Newsweek']);
  });

  it('marks this page’s outlet, links headlines, and says when there is none', async () => {
    view = await mount(<ClaimTable comparison={killedClaim()} />);
    const here = view.root.querySelectorAll('tbody tr[data-here]');
    expect([...here].map((tr) => tr.getAttribute('data-outlet'))).toEqual(['daily-express']);
    expect(here[0]?.textContent).toContain('this page');
    const link = view.root.querySelector<HTMLAnchorElement>('tr[data-outlet="kyiv-post"] .col-headline a');
    expect(link?.href).toBe('https://kyiv-post.example/ukraine-45000-killed');
    expect(link?.textContent).toBe('Kyiv Post on ukraine-45000-killed');
    expect(view.root.querySelector('tr[data-outlet="newsweek"] .col-headline')?.textContent).toBe(
      'No headline recorded',
    );
    expect(view.root.querySelector('tr[data-outlet="newsweek"] .col-date')?.textContent).toBe('date unknown');
  });

  it('marks the figures that differ and the outlet that states as fact what others attribute', async () => {
    view = await mount(<ClaimTable comparison={killedClaim()} />);
    const express = view.root.querySelector('tr[data-outlet="daily-express"]');
    expect(express?.querySelector('.col-figures [data-differs]')?.textContent).toContain('45,000');
    expect(express?.querySelector('.col-figures [data-differs]')?.textContent).toContain('differs');
    expect(view.root.querySelector('tr[data-outlet="kyiv-post"] .col-figures [data-differs]')?.textContent).toContain(
      '44,900',
    );
    expect(express?.querySelector('.col-certainty')?.textContent).toContain('(others attribute it)');
    expect(view.root.querySelector('tr[data-outlet="kyiv-post"] .col-certainty')?.textContent).toBe('attributed');
  });

  it('explains the differences in words below the table', async () => {
    view = await mount(<ClaimTable comparison={killedClaim()} />);
    const explained = texts(view.root, '.differences li').join(' ');
    expect(explained).toContain("Daily Express gives 45,000 Russian soldiers killed, citing Ukraine's army");
    expect(explained).toContain('Kyiv Post gives 44,900');
    expect(explained).toContain('Daily Express states it as fact');
  });

  it('sorts by a header’s button, flipping direction on the second press, with aria-sort on that header only', async () => {
    view = await mount(<ClaimTable comparison={killedClaim()} />);
    const header = (key: string) => view?.root.querySelector(`button[data-sort="${key}"]`)?.closest('th');
    expect(view.root.querySelectorAll('th[aria-sort]')).toHaveLength(0);
    await click(view.root.querySelector('button[data-sort="outlet"]'));
    await click(view.root.querySelector('button[data-sort="outlet"]'));
    expect(outletOrder(view.root)).toEqual(['Newsweek', 'Kyiv Post', 'Daily Express']);
    expect(header('outlet')?.getAttribute('aria-sort')).toBe('descending');
    await click(view.root.querySelector('button[data-sort="date"]'));
    expect(outletOrder(view.root)).toEqual(['Kyiv Post', 'Daily Express', 'Newsweek']);
    expect(header('date')?.getAttribute('aria-sort')).toBe('ascending');
    expect(header('outlet')?.hasAttribute('aria-sort')).toBe(false);
  });
});
