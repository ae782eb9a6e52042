/** The background's answers to every request in the protocol. */
import { compareClaim } from '../compare/comparison';
import { getClaimView, getEntityView } from '../db/queries';
import type { ParallaxDB } from '../db/schema';
import { matchPage } from '../match';
import type { Handlers } from '../messaging/server';
import type { MatcherService } from './matcher';
import { resolveOutlet } from './outlet';

/** What the handlers need from the background. */
export interface HandlerDeps {
  db: ParallaxDB;
  matcher: MatcherService;
  /** Resolves once the bundled dataset is installed. */
  ready: Promise<unknown>;
  /** Opens the side panel (or sidebar) for a tab. */
  openPanel: (tabId: number | null) => Promise<void>;
}

/** Builds the request handlers over the database and the matcher. */
export function createHandlers({ db, matcher, ready, openPanel }: HandlerDeps): Handlers {
  return {
    async 'page.scan'({ page, outlet }) {
      await ready;
      const [index, here] = await Promise.all([matcher.get(), resolveOutlet(db, outlet)]);
      return { matches: matchPage(index, page), outletId: here?.id ?? null, outletName: here?.name ?? null };
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
    async 'panel.open'(_payload, context) {
      await openPanel(context.tabId);
      return null;
    },
  };
}
