/**
 * Installs a dataset pack into the database. The whole replacement happens in
 * one read-write transaction over the dataset tables (`outlets`, `packChunks`)
 * and `meta`: if the service worker is killed or the write fails halfway,
 * IndexedDB aborts the transaction and the previous pack stays intact. Of the
 * user tables, only `flags` and `wrongMatches` are in the transaction, and only
 * to move the reader's records off ids the pack retired by merging (`moves.ts`);
 * a pack never deletes or rewrites anything else of the reader's.
 * Records are written in chunks (`chunks.ts`), which is what keeps a 100k-entity
 * pack well under two seconds in Chromium.
 */
import Dexie from 'dexie';

import { compareVersions } from '../dataset/semver';
import type { Pack } from '../dataset/types';
import { formatIssue, validatePack, type PackIssue } from '../dataset/validate';
import { err, ok, toAppError, type AppError, type Result } from '../messaging/result';
import { invalidateDatasetCache } from './cache';
import { CHUNK_KINDS, chunksOf, sortPack } from './chunks';
import { PACK_META_KEY, readPackMeta } from './meta';
import { idMoves, movesNothing, moveUserRecords, type MovedCounts } from './moves';
import { countPack, type PackCounts, type PackMeta } from './records';
import type { ParallaxDB } from './schema';

/** Why a load did or did not write. */
export type LoadOutcome = 'loaded' | 'same-version' | 'older-version';

/** What `loadPack` did. */
export interface LoadSummary {
  /** True when the installed pack was kept as it was. */
  skipped: boolean;
  outcome: LoadOutcome;
  version: string;
  previousVersion: string | null;
  counts: PackCounts;
  /** The reader's records moved from ids the pack retired by merging to the ids that absorbed them. */
  moved: MovedCounts;
  ms: number;
}

/** A load failure; `issues` is set when the pack itself was invalid. */
export interface PackLoadError extends AppError {
  issues?: PackIssue[];
}

/** One step of the load transaction: `clear`, then `outlets`, `entities`, `events`, `claims`, `reports` with their record counts. */
export interface LoadStep {
  table: string;
  count: number;
}

/** Options for `loadPack`. */
export interface LoadOptions {
  /** Rewrite even when the same or a newer version is installed (reader-imported packs, repairs). */
  force?: boolean;
  /** Checked between tables: aborting cancels the load and keeps the previous pack. */
  signal?: AbortSignal;
  /** Called after each kind of record is written, inside the transaction; throwing cancels the load. */
  onProgress?: (step: LoadStep) => void;
}

/** Reads the installed pack's metadata, or null on a fresh profile. */
export async function getInstalledPack(db: ParallaxDB): Promise<PackMeta | null> {
  return readPackMeta(db);
}

function decide(installed: PackMeta | null, version: string, force: boolean): LoadOutcome {
  if (force || installed === null || installed.state !== 'complete') return 'loaded';
  const order = compareVersions(version, installed.version);
  if (order === 0) return 'same-version';
  return order < 0 ? 'older-version' : 'loaded';
}

function invalid(issues: PackIssue[]): PackLoadError {
  const shown = issues.slice(0, 5).map(formatIssue).join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { code: 'pack-invalid', message: `The dataset pack is invalid: ${shown}${more}`, issues };
}

/** What a load that began at `started` did; nothing moved unless said. */
function summarise(
  started: number,
  load: Omit<LoadSummary, 'skipped' | 'ms' | 'moved'> & { moved?: MovedCounts | undefined },
): LoadSummary {
  return {
    ...load,
    skipped: load.outcome !== 'loaded',
    moved: load.moved ?? { flags: 0, wrongMatches: 0 },
    ms: performance.now() - started,
  };
}

/** Validates `input` and installs it unless the same or a newer version is already installed. */
export async function loadPack(
  db: ParallaxDB,
  input: unknown,
  opts: LoadOptions = {},
): Promise<Result<LoadSummary, PackLoadError>> {
  const started = performance.now();
  const checked = validatePack(input);
  if (!checked.ok) return err(invalid(checked.error));
  const pack: Pack = checked.value;
  const counts = countPack(pack);
  const summary = (outcome: LoadOutcome, previousVersion: string | null, moved?: MovedCounts): LoadSummary =>
    summarise(started, { outcome, version: pack.version, previousVersion, counts, moved });
  try {
    // Cheap check first so a startup with the pack already installed builds no records.
    const before = await getInstalledPack(db);
    if (decide(before, pack.version, opts.force === true) !== 'loaded') {
      return ok(summary(decide(before, pack.version, false), before?.version ?? null));
    }
    const rows = sortPack(pack);
    const moves = idMoves(pack);
    // The user tables join the transaction only when there is something to move.
    const tables = movesNothing(moves)
      ? [db.outlets, db.packChunks, db.meta]
      : [db.outlets, db.packChunks, db.meta, db.flags, db.wrongMatches];
    const outcome = await db.transaction('rw', tables, async () => {
      // Decide again inside the transaction: another page may have loaded meanwhile.
      const installed = await readPackMeta(db);
      const now = decide(installed, pack.version, opts.force === true);
      if (now !== 'loaded') return { outcome: now, previous: installed?.version ?? null, moved: undefined };
      const step = (table: string, count: number): void => {
        opts.onProgress?.({ table, count });
        if (opts.signal?.aborted) {
          // Abort explicitly (as a killed worker would) and stop issuing writes.
          Dexie.currentTransaction.abort();
          throw new Error('aborted by the caller');
        }
      };
      await Promise.all([db.outlets.clear(), db.packChunks.clear()]);
      step('clear', 0);
      await db.outlets.bulkAdd(rows.outlets);
      step('outlets', rows.outlets.length);
      for (const kind of CHUNK_KINDS) {
        // Each chunk is stringified inside the transaction and its put issued at once, without
        // awaiting it: IndexedDB writes one chunk while the next is built. Synchronous work
        // between requests cannot let the transaction commit early.
        const puts: Promise<string>[] = [];
        for (const chunk of chunksOf(kind, rows[kind])) puts.push(db.packChunks.add(chunk));
        await Promise.all(puts);
        step(kind, counts[kind]);
      }
      const moved = await moveUserRecords(db, moves);
      // loadedAt also stamps the load for the dataset caches of every open page (cache.ts),
      // so it must change even when two loads fall in the same millisecond.
      const loadedAt = Math.max(Date.now(), (installed?.loadedAt ?? 0) + 1);
      const meta: PackMeta = { version: pack.version, date: pack.date, counts, state: 'complete', loadedAt };
      await db.meta.put({ key: PACK_META_KEY, value: meta });
      return { outcome: now, previous: installed?.version ?? null, moved };
    });
    if (outcome.outcome === 'loaded') invalidateDatasetCache(db);
    return ok(summary(outcome.outcome, outcome.previous, outcome.moved));
  } catch (thrown) {
    const reason = opts.signal?.aborted ? 'The dataset load was cancelled' : 'The dataset could not be written';
    const detail = toAppError('pack-write-failed', thrown);
    return err({
      code: opts.signal?.aborted ? 'pack-load-aborted' : detail.code,
      message: `${reason}; the previous dataset is kept (${detail.message}).`,
    });
  }
}

/**
 * Startup entry point: installs the bundled pack once, and again only when its version changes. The
 * pack itself (megabytes) is read by `readPack` only then: a service worker that wakes up to an installed
 * pack of the same version, as it does after every idle stop, reads and validates nothing but its version.
 */
export async function ensurePackLoaded(
  db: ParallaxDB,
  version: string,
  readPack: () => Promise<unknown>,
): Promise<Result<LoadSummary, PackLoadError>> {
  const started = performance.now();
  let installed: PackMeta | null;
  try {
    installed = await getInstalledPack(db);
  } catch (thrown) {
    const detail = toAppError('pack-meta-unreadable', thrown);
    return err({ code: detail.code, message: `The installed dataset could not be read (${detail.message}).` });
  }
  const outcome = decide(installed, version, false);
  if (installed && outcome !== 'loaded')
    return ok(summarise(started, { outcome, version, previousVersion: installed.version, counts: installed.counts }));
  let pack: unknown;
  try {
    pack = await readPack();
  } catch (thrown) {
    const detail = toAppError('pack-unreadable', thrown);
    return err({ code: detail.code, message: `The bundled dataset could not be read (${detail.message}).` });
  }
  return loadPack(db, pack);
}
