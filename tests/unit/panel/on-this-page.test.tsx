import { afterEach, describe, expect, it } from 'vitest';

import { OnThisPage } from '@/components/sidepanel/OnThisPage';
import type { PageSummary, RevealKind } from '@/lib/messaging/tab-protocol';
import type { Loadable } from '@/lib/panel/loadable';

import { click, mount, settle, texts, type Mounted } from '../render';
import { fakeApi, SUMMARY } from './fake-api';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

const loaded = (summary: Partial<PageSummary>): Loadable<PageSummary> => ({
  status: 'ok',
  value: { ...SUMMARY, ...summary },
});

async function show(
  summary: Loadable<PageSummary>,
  tabId: number | null = 7,
  onReveal: (kind: RevealKind, id: string, label: string) => void = () => undefined,
) {
  const { api, log } = fakeApi();
  view = await mount(
    <OnThisPage
      tabId={tabId}
      summary={summary}
      loadEvent={api.compareEvent}
      onReveal={onReveal}
      revealProblem={null}
    />,
  );
  return { root: view.root, log };
}

describe('“On this page”', () => {
  it('shows the page’s title and outlet, then events and names in reading order with their counts', async () => {
    const { root } = await show(loaded({}));
    expect(root.querySelector('h2')?.textContent).toBe('Pro-Russian fighters refuse to deploy');
    expect(root.querySelector('.page-head .meta')?.textContent).toBe('Published by Daily Express');
    expect(texts(root, '.found-list > li .found-line')).toEqual([
      'eventEstimates of Russian losses, August 20222 highlightsCompare sources',
      'nameDarya Dugina1 highlight',
    ]);
    expect(root.querySelector('li[data-event-id="casualties"]')).not.toBeNull();
    expect(root.querySelector('li[data-entity-id="darya-dugina"]')).not.toBeNull();
  });

  it('asks to reveal the chosen entry on the page', async () => {
    const chosen: [RevealKind, string, string][] = [];
    const { root } = await show(loaded({}), 7, (kind, id, label) => chosen.push([kind, id, label]));
    await click(root.querySelector('li[data-entity-id="darya-dugina"] button.reveal'));
    await click(root.querySelector('li[data-event-id="casualties"] button.reveal'));
    expect(chosen).toEqual([
      ['entity', 'darya-dugina', 'Darya Dugina'],
      ['event', 'casualties', 'Estimates of Russian losses, August 2022'],
    ]);
  });

  it('opens and closes an event’s comparison with a disclosure button', async () => {
    const { root, log } = await show(loaded({}));
    const toggle = root.querySelector('button.disclose');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('table')).toBeNull();
    await click(toggle);
    await settle();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector(`#${toggle?.getAttribute('aria-controls') ?? 'none'} table`)).not.toBeNull();
    expect(log.compares).toEqual([['casualties', 'daily-express']]);
    await click(toggle);
    expect(root.querySelector('table')).toBeNull();
  });

  it('notes the matches listed but not highlighted', async () => {
    expect((await show(loaded({ notDrawn: 3 }))).root.querySelector('.note')?.textContent).toBe(
      '3 more matches are listed here but not highlighted.',
    );
    view?.unmount();
    expect((await show(loaded({ notDrawn: 1 }))).root.querySelector('.note')?.textContent).toBe(
      '1 more match is listed here but not highlighted.',
    );
    view?.unmount();
    expect((await show(loaded({ notDrawn: 0 }))).root.querySelector('.note')).toBeNull();
  });

  it('says in words why there is nothing to show', async () => {
    const cases: [Loadable<PageSummary>, number | null, string][] = [
      [loaded({ state: 'not-article', items: [] }), 7, 'This page does not look like an article'],
      [loaded({ state: 'off', items: [] }), 7, 'Parallax is switched off on this site.'],
      [loaded({ state: 'scanning', items: [] }), 7, 'Parallax is still reading this page…'],
      [loaded({ state: 'ready', items: [] }), 7, 'Parallax found no event or name it knows on this page.'],
      [
        { status: 'error', code: 'no-content-script', message: 'Could not establish connection.' },
        7,
        'Parallax is not running on this page.',
      ],
      [{ status: 'error', code: 'failed', message: 'Boom.' }, 7, 'Parallax could not read this page: Boom.'],
      [{ status: 'loading' }, 7, 'Loading…'],
      [{ status: 'idle' }, null, 'No page to describe.'],
    ];
    for (const [summary, tabId, words] of cases) {
      const { root } = await show(summary, tabId);
      expect(root.textContent).toContain(words);
      expect(root.querySelector('.found-list')).toBeNull();
      view?.unmount();
    }
  });
});
