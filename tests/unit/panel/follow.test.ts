import { describe, expect, it } from 'vitest';

import { decide, pinnedTabId, type FollowState } from '@/lib/panel/follow';

const following: FollowState = { pinned: false, windowId: 7, tabId: 3 };
const pinned: FollowState = { pinned: true, windowId: 7, tabId: 3 };

describe('which tab the panel describes', () => {
  it('reads ?tabId=N and rejects anything that is not a tab id', () => {
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?x=1&tabId=1234567890')).toBe(1234567890);
    for (const bad of ['', '?tabId=', '?tabId=-1', '?tabId=4.5', '?tabId=abc', '?tabId=1e3', '?tabId=12345678901'])
      expect(pinnedTabId(bad)).toBeNull();
  });

  it('switches to a tab activated in its own window, not in another', () => {
    expect(decide(following, { type: 'activated', tabId: 9, windowId: 7 })).toEqual({ do: 'switch', tabId: 9 });
    expect(decide(following, { type: 'activated', tabId: 9, windowId: 8 })).toEqual({ do: 'nothing' });
    expect(decide(following, { type: 'activated', tabId: 3, windowId: 7 })).toEqual({ do: 'nothing' });
    expect(decide({ ...following, windowId: null }, { type: 'activated', tabId: 9, windowId: 8 })).toEqual({
      do: 'switch',
      tabId: 9,
    });
  });

  it('reloads when its tab finishes loading or changes URL, not on other tabs or progress', () => {
    expect(decide(following, { type: 'updated', tabId: 3, status: 'complete' })).toEqual({ do: 'reload' });
    expect(decide(following, { type: 'updated', tabId: 3, url: 'https://example.com/next' })).toEqual({ do: 'reload' });
    expect(decide(following, { type: 'updated', tabId: 3, status: 'loading' })).toEqual({ do: 'nothing' });
    expect(decide(following, { type: 'updated', tabId: 4, status: 'complete' })).toEqual({ do: 'nothing' });
    expect(decide(pinned, { type: 'updated', tabId: 3, status: 'complete' })).toEqual({ do: 'reload' });
  });

  it('asks again which tab is active when its window regains focus, but not when focus leaves the browser', () => {
    expect(decide(following, { type: 'focus', windowId: 7 })).toEqual({ do: 'requery' });
    expect(decide(following, { type: 'focus', windowId: 8 })).toEqual({ do: 'nothing' });
    expect(decide(following, { type: 'focus', windowId: -1 })).toEqual({ do: 'nothing' });
  });

  it('a pinned panel never follows activation or focus, and forgets its tab when it closes', () => {
    expect(decide(pinned, { type: 'activated', tabId: 9, windowId: 7 })).toEqual({ do: 'nothing' });
    expect(decide(pinned, { type: 'focus', windowId: 7 })).toEqual({ do: 'nothing' });
    expect(decide(pinned, { type: 'removed', tabId: 3 })).toEqual({ do: 'forget' });
    expect(decide(following, { type: 'removed', tabId: 3 })).toEqual({ do: 'requery' });
    expect(decide(following, { type: 'removed', tabId: 5 })).toEqual({ do: 'nothing' });
  });
});
