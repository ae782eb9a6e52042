import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import pack from '@/assets/pack/parallax.pack.json';
import { ParallaxDB } from '@/lib/db/schema';
import { ensurePackLoaded } from '@/lib/db/load';
import { serveBackground } from '@/lib/messaging/server';
import { createHandlers } from '@/lib/background/handlers';
import { MatcherService } from '@/lib/background/matcher';
import { FeedbackService } from '@/lib/background/feedback';
import { OutletDirectory } from '@/lib/background/outlet';
import { SettingsService } from '@/lib/background/settings';
import { datasetCache } from '@/lib/db/cache';
import { openPanel, setUpPanelBehaviour } from '@/lib/background/panel';

export default defineBackground(() => {
  const db = new ParallaxDB();
  const matcher = new MatcherService(db);
  // Checked at every service-worker start, not only on install: a load cut short by
  // the worker being stopped rolled back, and must be completed now.
  const outlets = new OutletDirectory(async () => (await datasetCache(db)).outlets);
  const ready = ensurePackLoaded(db, pack).then((result) => {
    if (!result.ok) throw new Error(result.error.message);
    if (!result.value.skipped) {
      matcher.invalidate();
      outlets.invalidate();
    }
    return result.value;
  });
  ready.catch((error: unknown) => console.error('Parallax could not install its dataset:', error));
  serveBackground(createHandlers({ db, matcher, ready, openPanel, feedback: new FeedbackService(db), outlets, settings: new SettingsService(db) }));
  void setUpPanelBehaviour().catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => void ready);
});
