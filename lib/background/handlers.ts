/** The background's answers to every request in the protocol. */
import { browser } from 'wxt/browser';

import { compareClaim } from '../compare/comparison';
import { compareEvent } from '../compare/event';
import { loadPack } from '../db/load';
import { getClaimView, getDatasetInfo, getEntityView, searchDataset } from '../db/queries';
import type { ParallaxDB } from '../db/schema';
import { rankClaims } from '../match';
import type { Handlers } from '../messaging/server';
import { disabledReply, flagsOfPage, probePage, scanPage, type ScanContext } from '../scan/scan';
import { isEnabledOn, type Settings } from '../settings/schema';
import { sendToAllTabs } from './broadcast';
import type { FeedbackService } from './feedback';
import type { FlagService } from './flags';
import type { MatcherService } from './matcher';
import type { OutletDirectory } from './outlets';
import { relatedEventView } from './related';
import type { SettingsService } from './settings';
import { openPage } from './tabs';
import { MatcherWarmer } from './warm';

/** What the handlers need from the background. */
export interface HandlerDeps {
  db: ParallaxDB;
  matcher: MatcherService;
  /** Resolves once the bundled dataset is installed. */
  ready: Promise<unknown>;
  /** Opens the side panel (or sidebar) for a tab. */
  openPanel: (tabId: number | null) => Promise<void>;
  feedback: FeedbackService;
  outlets: OutletDirectory;
  settings: SettingsService;
  flags: FlagService;
}

/** Builds the request handlers over the database and the matcher. */
export function createHandlers({
  db,
  matcher,
  ready,
  openPanel,
  feedback,
  outlets,
  settings,
  flags,
}: HandlerDeps): Handlers {
  /** Warms the matcher between a probe that finds something and the scan that follows. */
  const warmer = new MatcherWarmer();
  /** What a scan of a page depends on, once the dataset is installed. */
  async function scanContext(current: Settings): Promise<ScanContext> {
    await ready;
    const [compiled, lookup, suppression, all] = await Promise.all([
      matcher.get(),
      outlets.get(),
      feedback.suppression(),
      flags.all(),
    ]);
    return {
      settings: current,
      index: compiled.index,
      names: compiled.names,
      flagIds: compiled.flagIds,
      suppression,
      outlets: lookup,
      flagsFor: (urls) => flagsOfPage(all, urls),
    };
  }

  return {
    async 'page.scan'(request) {
      const current = await settings.get();
      if (!isEnabledOn(current, request.outlet.hostname)) return disabledReply(current);
      const context = await scanContext(current);
      warmer.matched(context.index);
      return scanPage(context, request);
    },
    async 'page.probe'(request) {
      const current = await settings.get();
      if (!isEnabledOn(current, request.outlet.hostname)) return { worth: false, enabled: false, settings: current };
      const context = await scanContext(current);
      const reply = probePage(context, request);
      // The page's scan follows once it has loaded what reads and draws: the worker warms up meanwhile.
      if (reply.worth) warmer.before(context.index, request.page);
      return reply;
    },
    async 'settings.get'() {
      return settings.get();
    },
    async 'settings.update'({ patch }) {
      const next = await settings.update(patch);
      await sendToAllTabs('settings.changed', { settings: next });
      return next;
    },
    async 'settings.reset'() {
      const next = await settings.reset();
      await sendToAllTabs('settings.changed', { settings: next });
      return next;
    },
    async 'dataset.import'({ text }) {
      await ready;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      const result = await loadPack(db, parsed, { force: true });
      if (!result.ok) throw new Error(result.error.message);
      matcher.invalidate();
      outlets.invalidate();
      if (result.value.moved.wrongMatches > 0) feedback.invalidate();
      if (result.value.moved.flags > 0) flags.invalidate();
      await sendToAllTabs('page.rescan', {});
      return result.value;
    },
    async 'claim.compare'({ claimId, outletId }) {
      await ready;
      const view = await getClaimView(db, claimId);
      if (!view) throw new Error(`No claim with id ${claimId}.`);
      return compareClaim(view, outletId);
    },
    async 'entity.view'({ entityId }) {
      await ready;
      const view = await getEntityView(db, entityId);
      if (!view) throw new Error(`No entity with id ${entityId}.`);
      return view;
    },
    async 'event.compare'({ eventId, outletId }) {
      await ready;
      const { input, relatedOutlets } = await relatedEventView(db, eventId);
      return compareEvent(input, outletId, relatedOutlets);
    },
    async 'dataset.search'({ query, limit }) {
      await ready;
      return searchDataset(db, query, limit);
    },
    async 'dataset.warm'() {
      await ready;
      // A one-letter search reads the dataset and sorts the search keys it needs: the slow part of a first search.
      await Promise.all(
        [...'abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщэюя'].map((letter) => searchDataset(db, letter, 1)),
      );
      return null;
    },
    async 'dataset.info'() {
      await ready;
      return getDatasetInfo(db);
    },
    async 'feedback.wrong-match'(report) {
      await feedback.reportWrongMatch(report);
      await sendToAllTabs('page.suppress', await feedback.suppression());
      return null;
    },
    async 'entity.mute'({ entityId }) {
      await feedback.mute(entityId);
      await sendToAllTabs('page.suppress', await feedback.suppression());
      return null;
    },
    async 'entity.unmute'({ entityId }) {
      await feedback.unmute(entityId);
      await sendToAllTabs('page.rescan', {});
      return null;
    },
    async 'mutes.list'() {
      await ready;
      const compiled = await matcher.get();
      return (await feedback.mutedEntityIds()).map((entityId) => ({
        entityId,
        name: compiled.names.get(entityId) ?? entityId,
      }));
    },
    async 'flags.suggest'({ text }) {
      await ready;
      const { index, claim: claimById, names } = await matcher.dataset();
      return rankClaims(index, text, 5).flatMap(({ claimId, score }) => {
        const claim = claimById(claimId);
        return claim
          ? [
              {
                claimId,
                eventId: claim.eventId,
                statement: claim.statement,
                eventTitle: names.get(claim.eventId) ?? claim.eventId,
                score,
              },
            ]
          : [];
      });
    },
    async 'flags.save'({ flag }) {
      return flags.save(flag);
    },
    async 'flags.anchored'({ found, orphaned }) {
      await flags.markAnchored(found, orphaned);
      return null;
    },
    async 'flags.get'({ id }) {
      const flag = await flags.get(id);
      if (!flag) throw new Error(`No flag with id ${id}.`);
      return flag;
    },
    async 'flags.list'() {
      return flags.list();
    },
    async 'flags.delete'({ id }) {
      return flags.delete(id);
    },
    async 'flags.export'() {
      return flags.exportText(browser.runtime.getManifest().version);
    },
    async 'flags.import'({ text }) {
      return flags.importText(text);
    },
    async 'page.open'({ url }) {
      await openPage(url);
      return null;
    },
    async 'panel.open'(_payload, context) {
      await openPanel(context.tabId);
      return null;
    },
  };
}
