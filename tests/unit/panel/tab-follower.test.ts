import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { followTabs } from '@/lib/panel/tab-follower';

function recorder() {
  const tabs: (number | null)[] = [];
  let reloads = 0;
  return {
    tabs,
    reloads: () => reloads,
    callbacks: { onTab: (id: number | null) => tabs.push(id), onReload: () => (reloads += 1) },
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('following the active tab with browser events', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts on the active tab, follows activation, and reloads when that tab completes a load', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ url: 'https://a.example/', active: true });
    const second = await fakeBrowser.tabs.create({ url: 'https://b.example/', active: false });
    const seen = recorder();
    const life = new AbortController();
    await followTabs(null, seen.callbacks, life.signal);
    expect(seen.tabs).toEqual([first.id]);

    await fakeBrowser.tabs.update(second.id, { active: true });
    await settle();
    expect(seen.tabs).toEqual([first.id, second.id]);

    await fakeBrowser.tabs.onUpdated.trigger(
      second.id ?? -1,
      { status: 'complete' },
      { ...second, status: 'complete' },
    );
    await fakeBrowser.tabs.onUpdated.trigger(first.id ?? -1, { status: 'complete' }, first);
    expect(seen.reloads()).toBe(1);

    // A tab activated in another window is not this panel's.
    const elsewhere = await fakeBrowser.windows.create({ focused: false });
    const far = await fakeBrowser.tabs.create({ url: 'https://c.example/', windowId: elsewhere?.id, active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: far.id ?? -1, windowId: elsewhere?.id ?? -1 });
    expect(seen.tabs).toEqual([first.id, second.id]);

    life.abort();
    await fakeBrowser.tabs.update(first.id, { active: true });
    await settle();
    expect(seen.tabs).toEqual([first.id, second.id]);
  });

  it('stays on a pinned tab whatever becomes active', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://a.example/', active: true });
    const other = await fakeBrowser.tabs.create({ url: 'https://b.example/', active: false });
    const seen = recorder();
    const life = new AbortController();
    await followTabs(41, seen.callbacks, life.signal);
    await fakeBrowser.tabs.update(other.id, { active: true });
    await settle();
    expect(seen.tabs).toEqual([41]);
    life.abort();
  });
});
