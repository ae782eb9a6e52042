/** A `PanelApi` over sample data that records what the panel asked for. */
import type { ListedFlag } from '@/components/flags/FlagList';
import type { EntityView, EventComparison } from '@/lib/compare/types';
import { err, ok, type Result } from '@/lib/messaging/result';
import type { PageSummary, RevealKind } from '@/lib/messaging/tab-protocol';
import type { PanelApi } from '@/lib/panel/api';
import type { SearchHit } from '@/lib/panel/search';

import { fakeFlags, type FlagLog } from './fake-flags';
import { casualtyComparison, overTheWire } from './sample';

/** The HuffPost-like page the fake tab 7 shows. */
export const SUMMARY: PageSummary = {
  url: 'https://www.huffingtonpost.co.uk/entry/lpr-refusal',
  title: 'Pro-Russian fighters refuse to deploy',
  state: 'ready',
  outletId: 'daily-express',
  outletName: 'Daily Express',
  items: [
    {
      kind: 'event',
      id: 'casualties',
      label: 'Estimates of Russian losses, August 2022',
      count: 2,
      claimIds: ['ukraine-45000-killed'],
    },
    { kind: 'entity', id: 'darya-dugina', label: 'Darya Dugina', count: 1, claimIds: [] },
  ],
  notDrawn: 0,
};

/** The entity view of Darya Dugina the fake returns. */
export const DUGINA_VIEW: EntityView = {
  entity: {
    id: 'darya-dugina',
    kind: 'person',
    name: 'Darya Dugina',
    aliases: [{ text: 'Дарья Дугина', lang: 'ru' }],
    description: 'Russian commentator killed by a car bomb near Moscow in August 2022.',
  },
  events: [
    {
      id: 'casualties',
      title: 'Estimates of Russian losses, August 2022',
      date: { start: '2022-08-08' },
      place: 'Ukraine',
      summary: '',
      entityIds: [],
    },
  ],
  outletCount: 4,
};

const HITS: SearchHit[] = [
  { kind: 'entity', id: 'darya-dugina', label: 'Darya Dugina', detail: 'person', exact: false },
  { kind: 'event', id: 'casualties', label: 'Estimates of Russian losses, August 2022', exact: false },
  { kind: 'outlet', id: 'kyiv-post', label: 'Kyiv Post', exact: false },
  {
    kind: 'claim',
    id: 'us-killed-and-wounded',
    label: 'US sources put Russian dead and wounded at 75,000 to 80,000.',
    detail: 'casualties',
    exact: false,
  },
];

/** What the fake was asked. */
export interface FakeLog {
  summaries: number[];
  reveals: [number, RevealKind, string][];
  compares: [string, string | null][];
  searches: string[];
}

/** A fake API; `pages` maps tab ids to summaries (or an error code), `flags` are the reader's. */
export function fakeApi(
  pages: Record<number, PageSummary | string> = { 7: SUMMARY },
  flags: readonly ListedFlag[] = [],
): { api: PanelApi; log: FakeLog; flagLog: FlagLog } {
  const log: FakeLog = { summaries: [], reveals: [], compares: [], searches: [] };
  const store = fakeFlags(flags);
  const api: PanelApi = {
    ...store.api,
    warmSearch: async () => ok(null),
    pageSummary: async (tabId) => {
      log.summaries.push(tabId);
      const page = pages[tabId];
      if (page === undefined || typeof page === 'string')
        return err({ code: page ?? 'no-content-script', message: 'Could not establish connection.' });
      return ok(overTheWire(page));
    },
    reveal: async (tabId, kind, id) => {
      log.reveals.push([tabId, kind, id]);
      return ok(id !== 'gone');
    },
    compareEvent: async (eventId, outletId): Promise<Result<EventComparison>> => {
      log.compares.push([eventId, outletId]);
      if (eventId !== 'casualties') return err({ code: 'failed', message: `No event with id ${eventId}.` });
      return ok(overTheWire(casualtyComparison(outletId)));
    },
    entityView: async (entityId) =>
      entityId === 'darya-dugina'
        ? ok(overTheWire(DUGINA_VIEW))
        : err({ code: 'failed', message: `No entity with id ${entityId}.` }),
    search: async (query) => {
      log.searches.push(query);
      const q = query.toLowerCase();
      const latin = q.startsWith('дуг') ? 'dug' : q;
      return ok(
        HITS.filter((h) =>
          h.label
            .toLowerCase()
            .split(/\W+/)
            .some((w) => w.startsWith(latin) || w.startsWith(q)),
        ),
      );
    },
  };
  return { api, log, flagLog: store.log };
}
