import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ScanController } from '@/lib/content/scan-controller';
import { tabHandlers } from '@/lib/content/tab-handlers';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { bareHostname } from '@/lib/settings/site';
import { loadIntoDocument } from '../page/fixtures';
import { entityHit, fakeBackground, newContext, scanReply, settle } from './helpers';

let ctx: ContentScriptContext;

beforeEach(() => {
  loadIntoDocument('news-article.html');
  ctx = newContext();
});
afterEach(() => ctx.abort());

describe('the tab requests', () => {
  it('answer for the page: its summary, a highlight revealed, matches suppressed, a rescan, new settings, a flag begun', async () => {
    const background = fakeBackground({ 'page.scan': ({ page }) => scanReply([entityHit(page.text, 'Moscow', 'moscow')]), 'flags.anchored': () => null });
    const controller = new ScanController({ ctx, send: background.send, announce: () => undefined, guard: () => undefined });
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
    expect(await handlers['settings.changed']({ settings: { ...DEFAULT_SETTINGS, disabledSites: [bareHostname(location.hostname)] } })).toBeNull();
    expect(await handlers['page.summary']({})).toMatchObject({ state: 'off' });
  });
});
