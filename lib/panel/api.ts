/**
 * Everything the side panel asks of the browser, behind one interface so the
 * views can be rendered with sample data in tests.
 */
import type { EntityView, EventComparison } from '../compare/types';
import type { SearchHit } from '../db/search';
import type { Flag, FlagImportResult } from '../flags/types';
import { sendToBackground } from '../messaging/client';
import type { Result } from '../messaging/result';
import { sendToTab } from '../messaging/tab-client';
import type { PageSummary, RevealKind } from '../messaging/tab-protocol';

/** The panel's requests; every reply is a `Result`. */
export interface PanelApi {
  pageSummary: (tabId: number) => Promise<Result<PageSummary>>;
  reveal: (tabId: number, kind: RevealKind, id: string) => Promise<Result<boolean>>;
  compareEvent: (eventId: string, outletId: string | null) => Promise<Result<EventComparison>>;
  entityView: (entityId: string) => Promise<Result<EntityView>>;
  search: (query: string, limit: number) => Promise<Result<SearchHit[]>>;
  /** Has the background build its search index now, so the first search is fast. */
  warmSearch: () => Promise<Result<null>>;
  /** The reader's flags, newest first; `orphaned` when the last visit to its page did not find the passage. */
  listFlags: () => Promise<Result<(Flag & { orphaned?: boolean })[]>>;
  /** Stores a new or edited flag (also how a deleted flag is restored). */
  saveFlag: (flag: Flag) => Promise<Result<Flag>>;
  /** Deletes a flag and hands it back (null when it was already gone). */
  deleteFlag: (id: string) => Promise<Result<Flag | null>>;
  /** Every flag as the JSON text of a Web Annotation collection. */
  exportFlags: () => Promise<Result<string>>;
  /** Imports an export file's text; a file with problems changes nothing and says why. */
  importFlags: (text: string) => Promise<Result<FlagImportResult>>;
  /** Opens a flagged page in a new tab. */
  openPage: (url: string) => Promise<Result<null>>;
}

/** The panel's requests over extension messaging: tabs for pages, the background for data. */
export function browserPanelApi(): PanelApi {
  return {
    pageSummary: (tabId) => sendToTab(tabId, 'page.summary', {}),
    reveal: (tabId, kind, id) => sendToTab(tabId, 'page.reveal', { kind, id }),
    compareEvent: (eventId, outletId) => sendToBackground('event.compare', { eventId, outletId }),
    entityView: (entityId) => sendToBackground('entity.view', { entityId }),
    search: (query, limit) => sendToBackground('dataset.search', { query, limit }),
    warmSearch: () => sendToBackground('dataset.warm', {}),
    listFlags: () => sendToBackground('flags.list', {}),
    saveFlag: (flag) => sendToBackground('flags.save', { flag }),
    deleteFlag: (id) => sendToBackground('flags.delete', { id }),
    exportFlags: () => sendToBackground('flags.export', {}),
    importFlags: (text) => sendToBackground('flags.import', { text }),
    openPage: (url) => sendToBackground('page.open', { url }),
  };
}

/**
 * Remembers successful replies by key, so reopening a comparison is instant;
 * failures are not kept, so the next attempt asks again.
 */
export function rememberResults<A extends unknown[], T>(
  fetch: (...args: A) => Promise<Result<T>>,
  keyOf: (...args: A) => string,
): (...args: A) => Promise<Result<T>> {
  const kept = new Map<string, Promise<Result<T>>>();
  return (...args) => {
    const key = keyOf(...args);
    const known = kept.get(key);
    if (known) return known;
    const pending = fetch(...args).then((result) => {
      if (!result.ok) kept.delete(key);
      return result;
    });
    kept.set(key, pending);
    return pending;
  };
}
