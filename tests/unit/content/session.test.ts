import { beforeEach, describe, expect, it, vi } from 'vitest';

import { PageSession } from '@/lib/content/session';
import { wrongMatchKey } from '@/lib/feedback/suppression';
import { describeSelection } from '@/lib/flags/anchor';
import { FLASH_ATTRIBUTE } from '@/lib/page/mark-element';
import type { ScanRequest } from '@/lib/scan/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

import { bareFlag } from '../flags/sample-flags';
import { snapshot } from '../page/dom-snapshot';
import { loadIntoDocument } from '../page/fixtures';
import { entityHit, fakeBackground, scanReply } from './helpers';

const scansMoscow = () =>
  fakeBackground({
    'page.scan': ({ page }) => scanReply([entityHit(page.text, 'Moscow', 'moscow')]),
    'flags.anchored': () => null,
  });

beforeEach(() => {
  loadIntoDocument('news-article.html');
});

describe('PageSession', () => {
  it('sends the article with its publisher hints, date and URLs, draws what the background recognised, and reports it', async () => {
    const background = scansMoscow();
    const changed = vi.fn();
    const session = new PageSession(changed, DEFAULT_SETTINGS, background.send);
    await session.start();
    const [request] = background.of('page.scan') as ScanRequest[];
    expect(request?.outlet).toMatchObject({ canonicalHost: 'dailyexample.co.uk', siteName: 'The Daily Example' });
    expect(request?.page.published).toBe('2022-08-21');
    expect(request?.urls).toContain('https://www.dailyexample.co.uk/world/car-bomb-moscow-12345');
    const marks = session.marks();
    expect(marks.map((m) => m.textContent)).toEqual(['Moscow']);
    expect(session.hitFor(marks[0] as HTMLElement)).toMatchObject({ kind: 'entity', id: 'moscow' });
    expect(session.summary()).toMatchObject({
      state: 'ready',
      outletId: 'daily-example',
      outletName: 'The Daily Example',
      items: [{ kind: 'entity', id: 'moscow', label: 'Moscow', count: 1 }],
      notDrawn: 0,
    });
    expect(session.region?.root.textContent).toContain('A car exploded');
    expect(changed).toHaveBeenCalledWith(session);
  });

  it('leaves the page exactly as served when stopped', async () => {
    const before = snapshot(document.documentElement);
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, scansMoscow().send);
    await session.start();
    expect(session.hasMarks).toBe(true);
    session.stop();
    expect(snapshot(document.documentElement)).toBe(before);
    expect(session.signal.aborted).toBe(true);
  });

  it('draws nothing and says so when the background has Parallax off for the site', async () => {
    const background = fakeBackground({
      'page.scan': ({ page }) => scanReply([entityHit(page.text, 'Moscow', 'moscow')], { enabled: false }),
    });
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, background.send);
    await session.start();
    expect(session.enabled).toBe(false);
    expect(session.marks()).toEqual([]);
  });

  it('fails, drawing nothing, when the background cannot be reached', async () => {
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, fakeBackground({}).send);
    await expect(session.start()).rejects.toThrow('No answer to page.scan.');
    expect(document.querySelector('parallax-mark')).toBeNull();
  });

  it('does not ask about a page that is not an article', async () => {
    loadIntoDocument('listing.html');
    const background = scansMoscow();
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, background.send);
    await session.start();
    expect(session.summary().state).toBe('not-article');
    expect(background.sent).toEqual([]);
  });

  it('finds the reader’s flags of this page again and tells the background which were found and which are orphaned', async () => {
    const background = fakeBackground({
      'page.scan': ({ page }) => {
        const at = page.text.indexOf('Moscow');
        const found = bareFlag({
          id: 'flag-found',
          quote: 'Moscow',
          selectors: describeSelection(page, at, at + 'Moscow'.length),
        });
        const gone = bareFlag({ id: 'flag-gone' });
        return scanReply([], { flags: [found, gone] });
      },
      'flags.anchored': () => null,
    });
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, background.send);
    await session.start();
    expect(background.of('flags.anchored')).toEqual([{ found: ['flag-found'], orphaned: ['flag-gone'] }]);
    expect(session.marks().map((m) => [m.getAttribute('data-parallax-kind'), m.textContent])).toEqual([
      ['flag', 'Moscow'],
    ]);
  });

  it('removes muted entities and wrong matches at once, counting the hits removed', async () => {
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, scansMoscow().send);
    await session.start();
    expect(
      session.suppress({ mutedEntityIds: ['kyiv'], wrongMatchKeys: [wrongMatchKey('entity', 'moscow', 'Moskva')] }),
    ).toBe(0);
    expect(
      session.suppress({ mutedEntityIds: [], wrongMatchKeys: [wrongMatchKey('entity', 'moscow', 'Moscow')] }),
    ).toBe(1);
    expect(session.marks()).toEqual([]);
    expect(session.summary().items).toEqual([]);
  });

  it('reveals a highlight by flashing it, and finds none for an unknown id', async () => {
    const session = new PageSession(() => undefined, DEFAULT_SETTINGS, scansMoscow().send);
    await session.start();
    const mark = session.reveal('entity', 'moscow');
    expect(mark?.textContent).toBe('Moscow');
    expect(mark?.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(session.reveal('entity', 'kyiv')).toBeNull();
    const hit = mark ? session.hitFor(mark) : undefined;
    expect(hit && session.textOf(hit)).toBe('Moscow');
  });
});
