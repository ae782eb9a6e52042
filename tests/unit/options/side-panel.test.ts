import { describe, expect, it } from 'vitest';

import { panelOpener } from '@/lib/options/side-panel';

describe('opening the side panel from the popup', () => {
  it('opens Chrome’s panel in the popup’s window, calling the browser at once', () => {
    const calls: object[] = [];
    const open = panelOpener({ sidePanel: { open: async (options) => void calls.push(options) } });
    expect(open).not.toBeNull();
    void open?.({ tabId: 5, windowId: 3 });
    // Synchronous: nothing awaited before the call, or the browser forgets the click.
    expect(calls).toEqual([{ windowId: 3 }]);
    void open?.({ tabId: 5, windowId: null });
    expect(calls).toEqual([{ windowId: 3 }, { tabId: 5 }]);
  });

  it('refuses when it knows neither window nor tab', async () => {
    const open = panelOpener({ sidePanel: { open: async () => undefined } });
    await expect(open?.({ tabId: null, windowId: null })).rejects.toThrow('No window');
  });

  it('opens Firefox’s sidebar, and offers nothing where there is no panel', () => {
    let opened = 0;
    const open = panelOpener({ sidebarAction: { open: async () => void (opened += 1) } });
    void open?.({ tabId: null, windowId: null });
    expect(opened).toBe(1);
    expect(panelOpener({})).toBeNull();
  });
});
