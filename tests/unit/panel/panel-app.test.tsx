import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

import { PanelApp } from '@/components/sidepanel/PanelApp';

import { casualtyFlag } from '../flags/sample-flags';
import { click, mount, settle, texts, type Mounted } from '../render';
import { fakeApi, SUMMARY } from './fake-api';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

async function key(target: Element | null, name: string): Promise<void> {
  if (!target) throw new Error('no key target');
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });
}

describe('the side panel', () => {
  it('has ARIA tabs that the arrow keys move through, each controlling its panel', async () => {
    const { api } = fakeApi();
    view = await mount(<PanelApp api={api} tabId={7} pageVersion={1} />);
    const root = view.root;
    const tabs = [...root.querySelectorAll('[role="tablist"] [role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(['On this page', 'Search', 'Flags']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    const panelOf = (tab: Element) => root.querySelector(`#${tab.getAttribute('aria-controls') ?? 'none'}`);
    expect(panelOf(tabs[1] as Element)?.getAttribute('role')).toBe('tabpanel');
    expect(panelOf(tabs[1] as Element)?.hasAttribute('hidden')).toBe(true);

    await key(tabs[0] ?? null, 'ArrowRight');
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    expect(panelOf(tabs[1] as Element)?.hasAttribute('hidden')).toBe(false);
    expect(panelOf(tabs[0] as Element)?.hasAttribute('hidden')).toBe(true);
    await key(tabs[1] ?? null, 'ArrowRight');
    expect(document.activeElement).toBe(tabs[2]);
    await key(tabs[2] ?? null, 'ArrowRight');
    expect(document.activeElement).toBe(tabs[0]);
    await key(tabs[0] ?? null, 'End');
    expect(tabs[2]?.getAttribute('aria-selected')).toBe('true');
  });

  it('lists the reader’s flags only once the Flags tab is chosen, and again whenever any page changed', async () => {
    const { api, flagLog } = fakeApi({ 7: SUMMARY }, [casualtyFlag()]);
    view = await mount(<PanelApp api={api} tabId={7} pageVersion={1} flagsVersion={1} />);
    await settle();
    expect(flagLog.lists).toBe(0);
    await click(view.root.querySelector('[role="tab"][data-tab="flags"]'));
    await settle();
    expect(flagLog.lists).toBe(1);
    const panel = view.root.querySelector('#tabpanel-flags');
    expect(panel?.hasAttribute('hidden')).toBe(false);
    expect(texts(panel ?? view.root, '.flag-item blockquote')).toEqual(['about 45,000 Russian soldiers']);
    await view.update(<PanelApp api={api} tabId={7} pageVersion={1} flagsVersion={2} />);
    await settle();
    expect(flagLog.lists).toBe(2);
  });

  it('fetches the summary again when its page changes or another tab is described', async () => {
    const other = { ...SUMMARY, title: 'Another article', items: [] };
    const { api, log } = fakeApi({ 7: SUMMARY, 8: other, 9: 'no-content-script' });
    view = await mount(<PanelApp api={api} tabId={7} pageVersion={1} />);
    await settle();
    expect(view.root.querySelector('h2')?.textContent).toBe(SUMMARY.title);
    await view.update(<PanelApp api={api} tabId={7} pageVersion={2} />);
    await settle();
    expect(log.summaries).toEqual([7, 7]);
    await view.update(<PanelApp api={api} tabId={8} pageVersion={3} />);
    await settle();
    expect(view.root.querySelector('h2')?.textContent).toBe('Another article');
    await view.update(<PanelApp api={api} tabId={9} pageVersion={4} />);
    await settle();
    expect(view.root.textContent).toContain('Parallax is not running on this page.');
    expect(log.summaries).toEqual([7, 7, 8, 9]);
  });

  it('keeps the list on screen while the same page is fetched again', async () => {
    const { api } = fakeApi();
    let release: () => void = () => undefined;
    const slow = {
      ...api,
      pageSummary: (tabId: number) =>
        new Promise<Awaited<ReturnType<typeof api.pageSummary>>>(
          (done) => (release = () => void api.pageSummary(tabId).then(done)),
        ),
    };
    view = await mount(<PanelApp api={slow} tabId={7} pageVersion={1} />);
    release();
    await settle();
    await view.update(<PanelApp api={slow} tabId={7} pageVersion={2} />);
    await settle();
    expect(texts(view.root, '.found-label')).toEqual(['Estimates of Russian losses, August 2022', 'Darya Dugina']);
    await view.update(<PanelApp api={slow} tabId={8} pageVersion={3} />);
    await settle();
    expect(view.root.querySelector('.found-list')).toBeNull();
    expect(view.root.textContent).toContain('Loading…');
  });

  it('asks its tab to reveal the chosen entry, and says so when the highlight is gone', async () => {
    const gone = {
      ...SUMMARY,
      items: [{ kind: 'entity' as const, id: 'gone', label: 'Luhansk', count: 1, claimIds: [] }],
    };
    const { api, log } = fakeApi({ 7: gone });
    view = await mount(<PanelApp api={api} tabId={7} pageVersion={1} />);
    await settle();
    await click(view.root.querySelector('button.reveal'));
    await settle();
    expect(log.reveals).toEqual([[7, 'entity', 'gone']]);
    expect(view.root.querySelector('[role="alert"]')?.textContent).toBe(
      '“Luhansk” is no longer highlighted on the page.',
    );
  });
});
