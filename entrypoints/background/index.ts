import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Only the version is bundled into the worker, which evaluates its script at every wake-up; the pack itself
// is a file of the extension, fetched only to install it (ensurePackLoaded).
import { version as packVersion } from '@/assets/pack/parallax.pack.json';
import { sendToAllTabs } from '@/lib/background/broadcast';
import { FeedbackService } from '@/lib/background/feedback';
import { FlagService } from '@/lib/background/flags';
import { createHandlers } from '@/lib/background/handlers';
import { MatcherService } from '@/lib/background/matcher';
import { createMenus, listenForCommands, listenForMenus } from '@/lib/background/menus';
import { OutletDirectory } from '@/lib/background/outlets';
import { openPanel } from '@/lib/background/panel';
import { SettingsService } from '@/lib/background/settings';
import { EXTENSION_PACK_FILE } from '@/lib/build/pack-file';
import { ensurePackLoaded } from '@/lib/db/load';
import { ParallaxDB } from '@/lib/db/schema';
import { serveBackground } from '@/lib/messaging/server';

/** The bundled pack, read from the extension's own files. */
async function readBundledPack(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${EXTENSION_PACK_FILE}`));
  if (!response.ok) throw new Error(`${EXTENSION_PACK_FILE}: HTTP ${response.status}`);
  return response.json();
}

export default defineBackground(() => {
  const db = new ParallaxDB();
  const flags: FlagService = new FlagService(db, () => {
    matcher.invalidateFlags();
    // Other tabs may show the same claim in other words: they look again.
    void sendToAllTabs('page.rescan', {});
  });
  const matcher = new MatcherService(db, () => flags.asClaims());
  const feedback = new FeedbackService(db);
  // Outlets have a small table of their own: reading it never loads the whole dataset.
  const outlets = new OutletDirectory(() => db.outlets.toArray());
  // Checked at every service-worker start, not only on install: a load cut short by
  // the worker being stopped rolled back, and must be completed now.
  const ready = ensurePackLoaded(db, packVersion, readBundledPack).then((result) => {
    if (!result.ok) throw new Error(result.error.message);
    if (!result.value.skipped) {
      matcher.invalidate();
      outlets.invalidate();
      // Marks and flags on ids the new pack merged away now name the ids that absorbed them.
      if (result.value.moved.wrongMatches > 0) feedback.invalidate();
      if (result.value.moved.flags > 0) flags.invalidate();
    }
    return result.value;
  });
  ready.catch((error: unknown) => console.error('Parallax could not install its dataset:', error));
  // A worker starts because a page needs it: restore the index at once, not on the first scan.
  void ready.then(() => matcher.get()).catch(() => undefined);
  serveBackground(
    createHandlers({ db, matcher, ready, openPanel, feedback, outlets, settings: new SettingsService(db), flags }),
  );
  listenForMenus();
  listenForCommands(openPanel);
  browser.runtime.onInstalled.addListener(() => createMenus());
});
