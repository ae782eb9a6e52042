/**
 * One page's Parallax state: the article region, what was recognised, the
 * highlights, and the watchers that keep them current as the page changes.
 * `stop()` undoes everything, leaving the DOM as the page had it.
 */
import type { Suppression } from '../feedback/suppression';
import { anchorFlags } from '../flags/anchor';
import type { Flag } from '../flags/types';
import type { FlagHit } from '../match/types';
import type { SendToBackground } from '../messaging/client';
import type { PageSummary, RevealKind } from '../messaging/tab-protocol';
import { findArticleRegionSteps } from '../page/article';
import { Highlighter } from '../page/highlighter';
import { FLASH_ATTRIBUTE } from '../page/mark-element';
import { markCss } from '../page/mark-styles';
import { watchAddedText, type AddedTextWatcher } from '../page/observer';
import { readPageFacts } from '../page/outlet';
import { runSliced, StretchMeter } from '../page/slicing';
import { readPageTextSteps, type PageReading } from '../page/text-map';
import type { ArticleRegion } from '../page/types';
import { yieldToMain } from '../page/yield';
import type { Settings } from '../settings/schema';
import { DrawnHits, type PageHit } from './drawn-hits';

/** Longest stretch of reading before giving the main thread back to the page. */
const SLICE_MS = 8;

/**
 * Longest stretch of drawing: each pause lets the page render a frame, so slices a
 * little under one frame draw a long article in fewer frames while every task
 * stays far below the 50 ms that counts as a long task.
 */
const DRAW_SLICE_MS = 14;

/** Called after every change to what is highlighted. */
export type SessionListener = (session: PageSession) => void;

/** Scans a page, keeps its highlights current, and answers questions about them. */
export class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter: Highlighter;
  private watcher: AddedTextWatcher | null = null;
  private readonly drawn = new DrawnHits();
  state: PageSummary['state'] = 'scanning';
  outletId: string | null = null;
  outletName: string | null = null;

  /** False once the background said Parallax is off for this site. */
  enabled = true;

  /** The settings this page follows: the background's, once it has answered a scan. */
  get activeSettings(): Settings {
    return this.settings;
  }

  constructor(
    private readonly onChange: SessionListener,
    /** The settings known when the session starts; the background's reply to the first scan has the current ones. */
    private settings: Settings,
    /** How requests reach the background (`sendToBackground` in the content script). */
    private readonly send: SendToBackground,
  ) {
    this.highlighter = new Highlighter(document, {
      signal: this.controller.signal,
      mutate: (change) => (this.watcher ? this.watcher.ignoring(change) : change()),
      css: () => markCss({ style: this.settings.highlightStyle, palette: this.settings.palette }),
    });
  }

  /** The signal that aborts when the session stops. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Reads the article, asks the background what it recognises, and draws it.
   * User Timing marks (`parallax:start`, `parallax:sent`, measures
   * `parallax:drawn` and `parallax:first-scan`) let performance tools
   * attribute the work to Parallax; `parallax:first-scan` carries the longest
   * stretch the scan held the main thread (`detail.longestStretchMs`).
   */
  async start(): Promise<void> {
    performance.mark('parallax:start');
    const meter = new StretchMeter();
    const finished = (): void => {
      meter.pause();
      performance.measure('parallax:first-scan', {
        start: 'parallax:start',
        detail: { longestStretchMs: meter.longestMs },
      });
    };
    const region = await runSliced(findArticleRegionSteps(document), SLICE_MS, this.signal, meter);
    performance.mark('parallax:region');
    if (!region) {
      this.state = 'not-article';
      finished();
      this.onChange(this);
      return;
    }
    const reading = await runSliced(readPageTextSteps(region), SLICE_MS, this.signal, meter);
    performance.mark('parallax:read');
    this.region = region;
    await this.scan(reading, true, meter);
    finished();
    if (this.signal.aborted || !this.enabled) return;
    this.state = 'ready';
    this.watcher = watchAddedText({
      root: region.root,
      signal: this.signal,
      onAdded: (roots) =>
        void runSliced(readPageTextSteps(roots), SLICE_MS, this.signal)
          .then((reading) => this.scan(reading))
          .catch(() => undefined),
    });
    this.onChange(this);
  }

  private async scan(reading: PageReading, whole = false, meter = new StretchMeter()): Promise<void> {
    if (reading.page.text.trim() === '') return;
    const { outlet, urls, published } = readPageFacts(document, location);
    const page = published ? { ...reading.page, published } : reading.page;
    // Sending copies the whole text: a task of its own, apart from the reading before it.
    await meter.wait(yieldToMain());
    if (this.signal.aborted) return;
    const pending = this.send('page.scan', { page, outlet, urls });
    performance.mark('parallax:sent');
    const reply = await meter.wait(pending);
    if (!reply.ok) throw new Error(reply.error.message);
    if (this.signal.aborted) return;
    performance.mark('parallax:matched', { detail: { backgroundMs: reply.value.matchMs } });
    const { matches, outletId, outletName, names, flags, flagLinks, enabled, settings } = reply.value;
    this.settings = settings;
    if (!enabled) {
      this.enabled = false;
      return;
    }
    this.outletId = outletId;
    this.outletName = outletName;
    const { show } = this.settings;
    const own = show.flags ? this.anchorOwnFlags(reading, flags, whole) : { hits: [], reported: Promise.resolve() };
    const flagHits = show.flags
      ? [
          ...own.hits,
          ...flagLinks.map((h): FlagHit => ({ kind: 'flag', id: h.id, start: h.start, end: h.end, own: false })),
        ]
      : [];
    const report = await this.highlighter.apply(
      reading.map,
      [...flagHits, ...(show.claims ? matches.claims : []), ...(show.entities ? matches.entities : [])],
      { timeBudgetMs: DRAW_SLICE_MS, meter },
    );
    performance.measure('parallax:drawn', {
      start: 'parallax:matched',
      detail: { slices: report.slices, longestSliceMs: report.longestSliceMs, drawn: report.drawn.length },
    });
    this.drawn.record(reading.page.text, report, names);
    // The side panel re-reads the flags when told the page changed: their orphan state must be stored first.
    await meter.wait(own.reported);
    if (this.state === 'ready') this.onChange(this);
  }

  /**
   * Finds this page's flags again in its text. After reading the whole article,
   * the background learns which were found and which are orphaned (kept, never deleted);
   * text added later can only find more.
   */
  private anchorOwnFlags(
    reading: PageReading,
    flags: readonly Flag[],
    whole: boolean,
  ): { hits: FlagHit[]; reported: Promise<unknown> } {
    const anchors = anchorFlags(reading.page, flags);
    const found = [...anchors].filter(([, a]) => a !== null).map(([id]) => id);
    const orphaned = whole ? [...anchors].filter(([, a]) => a === null).map(([id]) => id) : [];
    const reported =
      found.length > 0 || orphaned.length > 0 ? this.send('flags.anchored', { found, orphaned }) : Promise.resolve();
    return {
      hits: [...anchors].flatMap(([id, a]) =>
        a ? [{ kind: 'flag' as const, id, start: a.start, end: a.end, own: true }] : [],
      ),
      reported,
    };
  }

  /** The article region, once found. */
  region: ArticleRegion | null = null;

  /** The hit a highlight element stands for. */
  hitFor(element: Element): PageHit | undefined {
    return this.drawn.hitFor(element);
  }

  /** Every piece of the highlight `mark` belongs to. */
  piecesOf(mark: Element): HTMLElement[] {
    return this.highlighter.marksOfHit(mark);
  }

  /** True while at least one highlight is drawn. */
  get hasMarks(): boolean {
    return this.drawn.any;
  }

  /** Every highlight element of ours, in document order. */
  marks(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('parallax-mark')].filter(
      (m) => this.drawn.hitFor(m) !== undefined,
    );
  }

  /** What the side panel shows under "On this page". */
  summary(): PageSummary {
    return {
      url: location.href,
      title: document.title,
      state: this.state,
      outletId: this.outletId,
      outletName: this.outletName,
      items: this.drawn.items(),
      notDrawn: this.drawn.notDrawn,
    };
  }

  /** Scrolls to the first highlight of an event, entity, claim or flag and flashes it. */
  reveal(kind: RevealKind, id: string): HTMLElement | null {
    const mark = this.marks().find((m) => {
      const hit = this.drawn.hitFor(m);
      if (!hit) return false;
      if (kind === 'event') return hit.kind === 'claim' && hit.eventId === id;
      return hit.kind === kind && hit.id === id;
    });
    if (!mark) return null;
    mark.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    for (const piece of this.highlighter.marksOfHit(mark)) {
      piece.removeAttribute(FLASH_ATTRIBUTE);
      // Reading layout between removal and re-adding restarts the CSS animation.
      void piece.offsetWidth;
      piece.setAttribute(FLASH_ATTRIBUTE, '');
    }
    return mark;
  }

  /** The words a hit covers on this page. */
  textOf(hit: PageHit): string {
    return this.drawn.textOf(hit);
  }

  /** Removes highlights the reader muted or marked wrong; returns how many hits went. */
  suppress(suppression: Suppression): number {
    const doomed = this.drawn.takeSuppressed(suppression);
    if (doomed.size === 0) return 0;
    this.highlighter.remove((hit) => doomed.has(hit as PageHit));
    this.onChange(this);
    return doomed.size;
  }

  /** Undoes everything: highlights, stylesheet, watchers. */
  stop(): void {
    this.controller.abort();
    this.highlighter.removeAll();
  }
}
