/**
 * The record of what a page session drew: every hit with its words, the mark
 * elements it became, and its place in reading order across scans (text that
 * arrives later reads after what came before), plus the names the background
 * sent for them. The side panel's list, reveals and the reader's mutes read it.
 */
import { wrongMatchKey, type Suppression } from '../feedback/suppression';
import type { ClaimHit, EntityHit, FlagHit } from '../match/types';
import type { PageSummary } from '../messaging/tab-protocol';
import type { ApplyReport } from '../page/types';
import { summariseMatches } from '../ui/page-summary';

/** A recognised passage drawn on the page. */
export type PageHit = ClaimHit | EntityHit | FlagHit;

/** A drawn hit, the words it covers, and its offset in reading order across scans. */
interface DrawnHit {
  hit: PageHit;
  text: string;
  start: number;
}

/** What was drawn on one page, in reading order. */
export class DrawnHits {
  private readonly byMark = new WeakMap<Element, PageHit>();
  private drawn: DrawnHit[] = [];
  private readonly names: Record<string, string> = {};
  /** Offsets of later readings continue after earlier ones, so reading order survives. */
  private offsetBase = 0;
  /** Hits left undrawn because the page reached its cap. */
  notDrawn = 0;

  /** Records what one scan of `text` drew, with the display names of its entities and events. */
  record(text: string, report: ApplyReport, names: Record<string, string>): void {
    Object.assign(this.names, names);
    const base = this.offsetBase;
    this.offsetBase += text.length + 2;
    for (const { hit, marks } of report.drawn) {
      const pageHit = hit as PageHit;
      for (const mark of marks) this.byMark.set(mark, pageHit);
      this.drawn.push({ hit: pageHit, text: text.slice(hit.start, hit.end), start: hit.start + base });
    }
    this.notDrawn += report.skipped.filter((s) => s.reason === 'cap').length;
  }

  /** The hit a highlight element stands for. */
  hitFor(element: Element): PageHit | undefined {
    return this.byMark.get(element);
  }

  /** True while at least one hit is drawn. */
  get any(): boolean {
    return this.drawn.length > 0;
  }

  /** The words a hit covers on this page. */
  textOf(hit: PageHit): string {
    return this.drawn.find((d) => d.hit === hit)?.text ?? '';
  }

  /** What the side panel lists under "On this page", in reading order. */
  items(): PageSummary['items'] {
    return summariseMatches(this.inReadingOrder('claim'), this.inReadingOrder('entity'), this.names);
  }

  /** The drawn hits the reader muted or marked wrong; they are forgotten here. */
  takeSuppressed(suppression: Suppression): Set<PageHit> {
    const muted = new Set(suppression.mutedEntityIds);
    const wrong = new Set(suppression.wrongMatchKeys);
    const doomed = new Set(
      this.drawn
        .filter(
          ({ hit, text }) =>
            hit.kind !== 'flag' &&
            ((hit.kind === 'entity' && muted.has(hit.id)) || wrong.has(wrongMatchKey(hit.kind, hit.id, text))),
        )
        .map((d) => d.hit),
    );
    if (doomed.size > 0) this.drawn = this.drawn.filter((d) => !doomed.has(d.hit));
    return doomed;
  }

  private inReadingOrder<K extends 'claim' | 'entity'>(kind: K): Extract<PageHit, { kind: K }>[] {
    return this.drawn
      .filter((d) => d.hit.kind === kind)
      .map(
        (d) =>
          ({ ...d.hit, start: d.start, end: d.start + (d.hit.end - d.hit.start) }) as Extract<PageHit, { kind: K }>,
      );
  }
}
