/** The background's answers to every request in the protocol. */
import { compareClaim } from '../compare/comparison';
import { compareEvent } from '../compare/event';
import { getClaimView, getDatasetInfo, getEntityView, searchDataset } from '../db/queries';
import { relatedEventInput } from './related';
import type { ParallaxDB } from '../db/schema';
import { matchPage } from '../match';
import type { Handlers } from '../messaging/server';
import { namesFor, type MatcherService } from './matcher';
import { resolveOutlet } from './outlet';
import { sendToAllTabs } from './broadcast';
import type { FeedbackService } from './feedback';
import { applySuppression } from '../feedback/suppression';

/** What the handlers need from the background. */
export interface HandlerDeps {
  db: ParallaxDB;
  matcher: MatcherService;
  /** Resolves once the bundled dataset is installed. */
  ready: Promise<unknown>;
  /** Opens the side panel (or sidebar) for a tab. */
  openPanel: (tabId: number | null) => Promise<void>;
  feedback: FeedbackService;
}

/** Builds the request handlers over the database and the matcher. */
export function createHandlers({ db, matcher, ready, openPanel, feedback }: HandlerDeps): Handlers {
  return {
    async 'page.scan'({ page, outlet }) {
      await ready;
      const [compiled, here, suppression] = await Promise.all([matcher.get(), resolveOutlet(db, outlet), feedback.suppression()]);
      const matches = applySuppression(matchPage(compiled.index, page), page.text, suppression);
      return { matches, outletId: here?.id ?? null, outletName: here?.name ?? null, names: namesFor(matches, compiled.names) };
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
      const { input, relatedOutlets } = await relatedEventInput(db, eventId);
      return compareEvent(input, outletId, relatedOutlets);
    },
    async 'dataset.search'({ query, limit }) {
      await ready;
      return searchDataset(db, query, limit);
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
      return (await feedback.mutedEntityIds()).map((entityId) => ({ entityId, name: compiled.names.get(entityId) ?? entityId }));
    },
    async 'panel.open'(_payload, context) {
      await openPanel(context.tabId);
      return null;
    },
  };
}
