import { afterEach, describe, expect, it } from 'vitest';

import { EventComparisonView } from '@/components/sidepanel/EventComparisonView';

import { mount, texts, type Mounted } from '../render';
import { casualtyComparison, overTheWire } from './sample';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

describe('an event’s comparison', () => {
  it('shows the event, one table per reported claim, who reported when, and who stayed silent', async () => {
    view = await mount(
      <EventComparisonView
        comparison={overTheWire(casualtyComparison())}
        hereOutletId="daily-express"
        showTitle={true}
      />,
    );
    expect(view.root.querySelector('h3')?.textContent).toBe('Estimates of Russian losses, August 2022');
    expect(view.root.querySelector('.event-head .meta')?.textContent).toBe('8 Aug 2022 – 23 Aug 2022 · Ukraine');
    expect(view.root.querySelectorAll('table')).toHaveLength(2);
    expect(texts(view.root, '.claim-heading')).toEqual([
      "Claim: Ukraine's army put Russian dead at about 45,000.",
      'Claim: US sources put Russian dead and wounded at 75,000 to 80,000.',
    ]);

    const timeline = view.root.querySelector('ol.timeline-list');
    expect([...(timeline?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-outlet'))).toEqual([
      'kyiv-post',
      'daily-express',
      'newsweek',
    ]);
    expect(texts(view.root, 'ol.timeline-list time')).toEqual(['9 Aug 2022', '23 Aug 2022']);
    expect(view.root.querySelector('ol.timeline-list li[data-outlet="daily-express"]')?.textContent).toContain(
      '14 days after 9 Aug 2022',
    );
    expect(view.root.querySelector('ol.timeline-list li[data-outlet="daily-express"]')?.textContent).toContain(
      'this page',
    );

    expect(texts(view.root, '.silent li')).toEqual(['Beyond News']);
  });

  it('leaves the title out where the entry that opened it already shows it', async () => {
    view = await mount(
      <EventComparisonView comparison={overTheWire(casualtyComparison(null))} hereOutletId={null} showTitle={false} />,
    );
    expect(view.root.querySelector('h3')).toBeNull();
    expect(view.root.querySelector('tr[data-here]')).toBeNull();
  });
});
