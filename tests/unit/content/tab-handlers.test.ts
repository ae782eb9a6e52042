import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { ScanController } from '@/lib/content/scan-controller';
import { tabHandlers } from '@/lib/content/tab-handlers';
import type { ScanReply, ScanRequest } from '@/lib/scan/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { bareHostname } from '@/lib/settings/site';

import { loadIntoDocument } from '../page/fixtures';
import { entityHit, fakeBackground, newContext, PAGE_MODULE, probeFromScan, scanReply, settle } from './helpers';

let ctx: ContentScriptContext;

beforeEach(() => {
  loadIntoDocument('news-article.html');
  ctx = newContext();
});
afterEach(() => ctx.abort());

describe('the tab requests', () => {
  it('answer for the page: its summary, a highlight revealed, matches suppressed, a rescan, new settings, a flag begun', async () => {
    const scan = ({ page }: ScanRequest): ScanReply => scanReply([entityHit(page.text, 'Moscow', 'moscow')]);
    const background = fakeBackground({
      'page.probe': (request) => probeFromScan(scan, request),
      'page.scan': scan,
      'flags.anchored': () => null,
    });
    const controller = new ScanController({
      ctx,
      send: background.send,
      announce: () => undefined,
      guard: () => undefined,
      loadModule: async () => PAGE_MODULE,
    });
    const handlers = tabHandlers(controller);
    expect(await handlers['page.summary']({})).toMatchObject({ state: 'scanning', items: [] });
    await controller.start();
    expect(await handlers['page.summary']({})).toMatchObject({ state: 'ready', items: [{ id: 'moscow' }] });
    expect(await handlers['page.reveal']({ kind: 'entity', id: 'moscow' })).toBe(true);
    expect(await handlers['flag.begin']({})).toBe(false);
    expect(await handlers['page.suppress']({ mutedEntityIds: ['moscow'], wrongMatchKeys: [] })).toBe(1);
    expect(document.querySelector('parallax-mark')).toBeNull();
    expect(await handlers['page.rescan']({})).toBeNull();
    await settle(20);
    expect(background.of('page.scan')).toHaveLength(2);
    expect(
      await handlers['settings.changed']({
        settings: { ...DEFAULT_SETTINGS, disabledSites: [bareHostname(location.hostname)] },
      }),
    ).toBeNull();
    expect(await handlers['page.summary']({})).toMatchObject({ state: 'off' });
  });
});
