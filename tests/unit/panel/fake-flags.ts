/**
 * The flag requests of a fake `PanelApi`: an in-memory store that behaves as
 * the background does (newest first, orphan marks kept across saves, imports
 * validated whole with the real parser and merged with the real merge), and
 * records what the panel asked for.
 */
import type { ListedFlag } from '@/components/flags/FlagList';
import type { FlagsApi } from '@/components/sidepanel/FlagsTab';
import { exportFlags, mergeFlags, parseFlagExport } from '@/lib/flags/exchange';
import type { Flag } from '@/lib/flags/types';
import { err, ok } from '@/lib/messaging/result';

/** What the panel asked of the store. */
export interface FlagLog {
  lists: number;
  saved: Flag[];
  deleted: string[];
  opened: string[];
  imported: string[];
  exports: number;
}

/** A request that fails once with `message`, as an unreachable background would. */
export type FlagFailure = 'listFlags' | 'saveFlag' | 'deleteFlag' | 'exportFlags' | 'importFlags' | 'openPage';

/** The store, its log, and a way to make the next call of one request fail. */
export interface FakeFlags {
  api: FlagsApi;
  log: FlagLog;
  stored: () => ListedFlag[];
  failNext: (request: FlagFailure, message: string) => void;
}

const strip = ({ orphaned: _orphaned, ...flag }: ListedFlag): Flag => flag;

/** A store holding `initial`. */
export function fakeFlags(initial: readonly ListedFlag[] = []): FakeFlags {
  const store = new Map(initial.map((flag) => [flag.id, { ...flag }]));
  const log: FlagLog = { lists: 0, saved: [], deleted: [], opened: [], imported: [], exports: 0 };
  const failures = new Map<FlagFailure, string>();
  const failure = (request: FlagFailure) => {
    const message = failures.get(request);
    failures.delete(request);
    return message === undefined ? null : err({ code: 'unreachable', message });
  };
  const stored = (): ListedFlag[] =>
    [...store.values()].sort((a, b) => b.createdAt - a.createdAt).map((flag) => ({ ...flag }));

  const api: FlagsApi = {
    listFlags: async () => {
      log.lists += 1;
      return failure('listFlags') ?? ok(stored());
    },
    saveFlag: async (flag) => {
      const failed = failure('saveFlag');
      if (failed) return failed;
      log.saved.push(flag);
      store.set(flag.id, { ...flag, ...(store.get(flag.id)?.orphaned ? { orphaned: true } : {}) });
      return ok(flag);
    },
    deleteFlag: async (id) => {
      const failed = failure('deleteFlag');
      if (failed) return failed;
      log.deleted.push(id);
      const gone = store.get(id);
      store.delete(id);
      return ok(gone ? strip(gone) : null);
    },
    exportFlags: async () => {
      log.exports += 1;
      return (
        failure('exportFlags') ??
        ok(
          JSON.stringify(
            exportFlags(stored().map(strip), { exportedAt: '2024-07-01T12:00:00.000Z', version: '0.1.0' }),
          ),
        )
      );
    },
    importFlags: async (text) => {
      const failed = failure('importFlags');
      if (failed) return failed;
      log.imported.push(text);
      const parsed = parseFlagExport(text);
      if (!parsed.ok) return ok({ ok: false as const, errors: parsed.error });
      const merged = mergeFlags(stored().map(strip), parsed.value);
      for (const flag of merged.flags)
        store.set(flag.id, { ...flag, ...(store.get(flag.id)?.orphaned ? { orphaned: true } : {}) });
      return ok({ ok: true as const, added: merged.added, updated: merged.updated, unchanged: merged.unchanged });
    },
    openPage: async (url) => {
      const failed = failure('openPage');
      if (failed) return failed;
      log.opened.push(url);
      return ok(null);
    },
  };
  return { api, log, stored, failNext: (request, message) => failures.set(request, message) };
}
