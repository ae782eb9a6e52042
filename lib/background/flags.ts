/**
 * The reader's flags in the background: stored in the database, looked up by
 * page, kept as claims for the matcher so the same claim is recognised on
 * other outlets' pages, exported and imported.
 */
import type { Claim } from '../dataset/types';
import type { FlagRecord } from '../db/records';
import type { ParallaxDB } from '../db/schema';
import { exportFlags, mergeFlags, parseFlagExport } from '../flags/exchange';
import type { Flag, FlagImportResult } from '../flags/types';
import { flagsOfPage } from '../scan/scan';

function stripRecord({ orphaned: _orphaned, ...flag }: FlagRecord): Flag {
  return flag;
}

/** A flag as a claim the matcher can look for on other pages. */
export function flagAsClaim(flag: Flag): Claim {
  return { id: flag.id, eventId: flag.eventId ?? flag.id, statement: flag.quote, hints: { terms: [], entityIds: [] } };
}

/** Reads and writes flags; `onChange` runs after every write. */
export class FlagService {
  // Every page scan asks for its flags: they are kept in memory, read once, dropped on every write.
  private cached: Promise<FlagRecord[]> | null = null;

  constructor(
    private readonly db: ParallaxDB,
    private readonly onChange: () => void,
  ) {}

  private records(): Promise<FlagRecord[]> {
    this.cached ??= this.db.flags.toArray();
    this.cached.catch(() => (this.cached = null));
    return this.cached;
  }

  private changed(): void {
    this.cached = null;
    this.onChange();
  }

  /** Reads the flags again: they changed elsewhere (a pack load linked them to the claims and events that absorbed merged ones). */
  invalidate(): void {
    this.changed();
  }

  /** Every flag, newest first, with its orphan state. */
  async list(): Promise<FlagRecord[]> {
    return await this.db.flags.orderBy('createdAt').reverse().toArray();
  }

  /** Every flag, as plain flags (from memory after the first read). */
  async all(): Promise<Flag[]> {
    return (await this.records()).map(stripRecord);
  }

  /** The flags made on a page, found by its canonical or visited URL. */
  async forPage(urls: readonly string[]): Promise<Flag[]> {
    return flagsOfPage(await this.all(), urls);
  }

  /** One flag. */
  async get(id: string): Promise<Flag | null> {
    const record = await this.db.flags.get(id);
    return record ? stripRecord(record) : null;
  }

  /** Stores a new or edited flag. */
  async save(flag: Flag): Promise<Flag> {
    const previous = await this.db.flags.get(flag.id);
    await this.db.flags.put({ ...flag, ...(previous?.orphaned ? { orphaned: previous.orphaned } : {}) });
    this.changed();
    return flag;
  }

  /** Deletes a flag and hands it back, so the reader can undo. */
  async delete(id: string): Promise<Flag | null> {
    const record = await this.db.flags.get(id);
    if (!record) return null;
    await this.db.flags.delete(id);
    this.changed();
    return stripRecord(record);
  }

  /** Records which flags of a page were found again and which were not; orphans are kept. */
  async markAnchored(found: readonly string[], orphaned: readonly string[]): Promise<void> {
    await this.db.transaction('rw', this.db.flags, async () => {
      await this.db.flags
        .where('id')
        .anyOf([...found])
        .modify({ orphaned: false });
      await this.db.flags
        .where('id')
        .anyOf([...orphaned])
        .modify({ orphaned: true });
    });
    this.cached = null;
  }

  /** Claims for the matcher, one per flag. */
  async asClaims(): Promise<Claim[]> {
    return (await this.records()).map(flagAsClaim);
  }

  /** Every flag as a Web Annotation collection (JSON text). */
  async exportText(version: string): Promise<string> {
    const flags = (await this.list()).map(stripRecord);
    return JSON.stringify(exportFlags(flags, { exportedAt: new Date().toISOString(), version }), null, 2);
  }

  /** Imports an export: validated whole first (a bad file changes nothing), duplicates merged, in one transaction. */
  async importText(text: string): Promise<FlagImportResult> {
    const parsed = parseFlagExport(text);
    if (!parsed.ok) return { ok: false, errors: parsed.error };
    const result = await this.db.transaction('rw', this.db.flags, async () => {
      const records = await this.db.flags.toArray();
      const orphaned = new Set(records.filter((r) => r.orphaned).map((r) => r.id));
      const merged = mergeFlags(records.map(stripRecord), parsed.value);
      await this.db.flags.bulkPut(merged.flags.map((f) => (orphaned.has(f.id) ? { ...f, orphaned: true } : f)));
      return merged;
    });
    this.changed();
    return { ok: true, added: result.added, updated: result.updated, unchanged: result.unchanged };
  }
}
