/**
 * Stores the reader's corrections (muted entities, wrong matches) and keeps an
 * in-memory copy for filtering every scan.
 */
import type { ParallaxDB } from '../db/schema';
import { matchedWords, wrongMatchKey, type Suppression } from '../feedback/suppression';

/** A wrong-match report from a popover. */
export interface WrongMatchReport {
  kind: 'entity' | 'claim';
  targetId: string;
  /** The matched words as they appear on the page. */
  text: string;
  url: string;
}

/** Reads and writes the reader's corrections. */
export class FeedbackService {
  private cached: Promise<Suppression> | null = null;

  constructor(private readonly db: ParallaxDB) {}

  /** Everything currently suppressed. */
  suppression(): Promise<Suppression> {
    this.cached ??= Promise.all([this.db.mutes.toArray(), this.db.wrongMatches.toArray()]).then(([mutes, wrong]) => ({
      mutedEntityIds: mutes.map((m) => m.entityId),
      wrongMatchKeys: wrong.map((w) => w.id),
    }));
    return this.cached;
  }

  /** Forgets the copy in memory: the stored corrections changed elsewhere (a pack load moved marks off merged ids). */
  invalidate(): void {
    this.cached = null;
  }

  /** Stops highlighting an entity anywhere. */
  async mute(entityId: string): Promise<void> {
    await this.db.mutes.put({ entityId, createdAt: Date.now() });
    this.cached = null;
  }

  /** Highlights an entity again. */
  async unmute(entityId: string): Promise<void> {
    await this.db.mutes.delete(entityId);
    this.cached = null;
  }

  /** Remembers that these words are not this entity or claim. */
  async reportWrongMatch(report: WrongMatchReport): Promise<string> {
    const id = wrongMatchKey(report.kind, report.targetId, report.text);
    await this.db.wrongMatches.put({
      id,
      kind: report.kind,
      targetId: report.targetId,
      text: matchedWords(report.text),
      url: report.url,
      createdAt: Date.now(),
    });
    this.cached = null;
    return id;
  }

  /** Muted entity ids, newest first. */
  async mutedEntityIds(): Promise<string[]> {
    return (await this.db.mutes.orderBy('createdAt').reverse().toArray()).map((m) => m.entityId);
  }
}
