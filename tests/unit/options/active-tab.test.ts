import { describe, expect, it } from 'vitest';

import { findActiveTab, type TabLike } from '@/lib/options/active-tab';
import { siteOfUrl } from '@/lib/options/hostname';

function sources(tab: TabLike | undefined, reported: Record<number, string> = {}) {
  const asked: number[] = [];
  return {
    asked,
    sources: {
      tab: async () => tab,
      pageUrl: async (tabId: number) => {
        asked.push(tabId);
        return reported[tabId] ?? null;
      },
      siteOf: siteOfUrl,
    },
  };
}

describe('the popup’s tab', () => {
  it('uses the tab address when the browser shows it (activeTab)', async () => {
    const { sources: s, asked } = sources({ id: 4, windowId: 2, url: 'https://www.express.co.uk/news/world/1' });
    expect(await findActiveTab(s)).toEqual({ tabId: 4, windowId: 2, site: 'express.co.uk', reason: null });
    expect(asked).toEqual([]);
  });

  it('asks the page when the address is hidden', async () => {
    const { sources: s, asked } = sources({ id: 4, windowId: 2 }, { 4: 'https://www.kyivpost.com/post/1' });
    expect(await findActiveTab(s)).toEqual({ tabId: 4, windowId: 2, site: 'kyivpost.com', reason: null });
    expect(asked).toEqual([4]);
  });

  it('says why there is no site: not a web page, or an address nobody tells', async () => {
    expect((await findActiveTab(sources({ id: 1, windowId: 1, url: 'chrome://newtab/' }).sources)).reason).toBe(
      'not-web',
    );
    const hidden = await findActiveTab(sources({ id: 1, windowId: 1 }).sources);
    expect(hidden).toEqual({ tabId: 1, windowId: 1, site: null, reason: 'no-address' });
    expect((await findActiveTab(sources(undefined).sources)).reason).toBe('no-tab');
  });

  it('survives a tab query that fails', async () => {
    const failing = {
      tab: () => Promise.reject(new Error('No tab with id: 99.')),
      pageUrl: async () => null,
      siteOf: siteOfUrl,
    };
    expect(await findActiveTab(failing)).toEqual({ tabId: null, windowId: null, site: null, reason: 'no-tab' });
  });
});
