/**
 * Parallax on one page over its whole life: scans it when it is parsed, again
 * when the reader's settings change, the background asks, or a single-page
 * site navigates, and stops when Parallax is turned off here. It owns the
 * page session and the two in-page UIs (popover, flagging) that belong to a
 * scan, and `destroy()` (also run when the content script is invalidated)
 * leaves the page as it was served.
 *
 * It is light by default. A page that is not an article costs one cheap check;
 * an article gets a quick look (its headline and paragraphs, `page.probe`),
 * and only when the background finds something to show, or the reader starts
 * a flag, is the heavy part loaded (lib/content/page-module.ts) to read the
 * article properly, draw and answer hovers.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { Suppression } from '../feedback/suppression';
import type { FlagPageInfo } from '../flags/create';
import type { SendToBackground } from '../messaging/client';
import type { PageSummary, RevealKind } from '../messaging/tab-protocol';
import { isLikelyArticle } from '../page/article';
import { readOutletHints } from '../page/outlet';
import { readProbeText } from '../page/probe';
import type { ArticleRegion } from '../page/types';
import { yieldToMain } from '../page/yield';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../settings/schema';
import type { FlaggingController } from './flagging';
import { pageModuleLoader, type PageModule } from './page-module';
import { clearPageState, setPageState } from './page-state';
import type { PopoverController } from './popover';
import type { PageSession } from './session';

/** A single-page site changes its content after the URL: wait this long for it to settle. */
const NAVIGATION_SETTLE_MS = 600;

/** On an article with nothing to show, this much added text earns another quick look. */
const MORE_TEXT_CHARS = 400;

/** The quiet wait after added text before that look: live pages add paragraphs in bursts. */
const MORE_TEXT_SETTLE_MS = 800;

/** The date part of a declared publication time, which lets the matcher tell this year's event from last year's. */
function publishedDay(publishedAt: string | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(publishedAt ?? '')?.[0];
}

/** What the controller is wired to. */
export interface ScanControllerDeps {
  ctx: ContentScriptContext;
  /** How requests reach the background. */
  send: SendToBackground;
  /** Tells extension pages (the side panel) that what this page shows changed. */
  announce: () => void;
  /** Keeps the page out of the shadow roots of our UI (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** Delay between a same-document navigation and the next scan, in ms (default 600). */
  navigationSettleMs?: number;
  /** Loads the heavy part (default: imports `parallax-page.js` once). */
  loadModule?: () => Promise<PageModule>;
}

/** Where the light part left a page it did not read: not an article, or an article with nothing to show. */
type QuietState = 'not-article' | 'ready';

/** Starts, stops and restarts the scan of this page, and answers for it. */
export class ScanController {
  private current: PageSession | null = null;
  private popover: Promise<PopoverController> | null = null;
  private flagging: Promise<FlaggingController> | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly loadModule: () => Promise<PageModule>;
  /** Bumped by every start and stop: a scan that finds it changed was overtaken. */
  private generation = 0;
  /** Set when the page was left unread; null while a session runs or before the first look. */
  private quiet: QuietState | null = null;
  /** The article region found for flagging on a page that was not read. */
  private quietRegion: ArticleRegion | null = null;
  private stopWatching: (() => void) | null = null;
  /** The settings the next scan starts from: the defaults, then the background's. */
  settings: Settings = DEFAULT_SETTINGS;

  constructor(private readonly deps: ScanControllerDeps) {
    this.loadModule = deps.loadModule ?? pageModuleLoader();
    deps.ctx.onInvalidated(() => this.destroy());
  }

  /** The page session of the current scan, if one is running. */
  get session(): PageSession | null {
    return this.current;
  }

  /**
   * Starts the first scan once the document is parsed; the background's answer
   * to it carries the settings for this site. DOMContentLoaded
   * is dispatched in the page's parsing task, which often also lays the page
   * out for its load event: reading there would lengthen the page's own longest
   * task, so the scan starts in a task of its own, next in line after it.
   */
  async startWhenParsed(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise<void>((done) =>
        this.deps.ctx.addEventListener(document, 'DOMContentLoaded', () => done(), { once: true }),
      );
    }
    await yieldToMain();
    await this.start();
  }

  /**
   * Looks at the page and, when it holds something Parallax shows, reads it and
   * draws what was recognised, unless Parallax is off here.
   */
  async start(): Promise<void> {
    if (this.destroyed) return;
    if (!isEnabledOn(this.settings, location.hostname)) {
      this.turnedOff();
      return;
    }
    const generation = ++this.generation;
    performance.mark('parallax:look');
    try {
      if (!isLikelyArticle(document)) {
        this.leaveQuiet('not-article');
        return;
      }
      setPageState('scanning');
      const hints = readOutletHints(document, location);
      const urls = [...new Set([location.href, ...(hints.canonicalUrl ? [hints.canonicalUrl] : [])])];
      const outlet = {
        hostname: hints.hostname,
        ...(hints.canonicalHost ? { canonicalHost: hints.canonicalHost } : {}),
        ...(hints.siteName ? { siteName: hints.siteName } : {}),
      };
      const reply = await this.deps.send('page.probe', {
        page: readProbeText(document, publishedDay(hints.publishedAt)),
        outlet,
        urls,
      });
      performance.mark('parallax:probed');
      if (generation !== this.generation || this.destroyed) return;
      if (!reply.ok) throw new Error(reply.error.message);
      this.settings = reply.value.settings;
      if (!reply.value.enabled) {
        this.turnedOff();
        return;
      }
      if (!reply.value.worth) {
        this.leaveQuiet('ready');
        this.watchForMoreText();
        return;
      }
      await this.read(generation);
    } catch (error) {
      // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
      console.warn('Parallax could not scan this page:', error);
      if (generation === this.generation && !this.current) this.leaveQuiet('ready');
    }
  }

  /** Loads the heavy part, reads the article and draws what was recognised. */
  private async read(generation: number): Promise<void> {
    const module = await this.loadModule();
    performance.mark('parallax:loaded');
    if (generation !== this.generation || this.destroyed) return;
    this.quiet = null;
    const session = new module.PageSession((changed) => this.changed(changed), this.settings, this.deps.send);
    this.current = session;
    try {
      await session.start();
      this.settings = session.activeSettings;
      if (!session.enabled && this.current === session) {
        // Off for this site, as the background's settings say: nothing was drawn.
        this.stop();
        this.turnedOff();
        return;
      }
    } catch (error) {
      console.warn('Parallax could not scan this page:', error);
    }
    if (this.current === session && !session.signal.aborted) setPageState('ready');
  }

  /** The page stays unread: it is not an article, or holds nothing to show. */
  private leaveQuiet(state: QuietState): void {
    // Performance tools see where Parallax finished with the page, as they do after a full scan.
    performance.measure('parallax:first-scan', { start: 'parallax:look', detail: { quiet: state } });
    this.quiet = state;
    setPageState('ready');
    this.deps.announce();
    if (state === 'ready') this.offerFlagging();
  }

  /**
   * On an article left unread, the reader may still flag a claim: the flag form
   * loads with the first selection, which it then offers to flag.
   */
  private offerFlagging(): void {
    if (this.flagging) return;
    const signal = AbortSignal.any([this.deps.ctx.signal, this.stopSignal()]);
    const onSelection = (): void => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || this.flagging) return;
      document.removeEventListener('selectionchange', onSelection);
      void this.ensureFlagging();
    };
    document.addEventListener('selectionchange', onSelection, { signal });
  }

  /** Mounts the flag button and form, loading the heavy part first when needed. */
  private ensureFlagging(): Promise<FlaggingController> | null {
    if (this.flagging) return this.flagging;
    if (this.destroyed || (!this.current?.region && this.quiet !== 'ready')) return null;
    const { ctx, guard, send } = this.deps;
    this.flagging = this.loadModule().then((module) => {
      if (!this.current?.region) this.quietRegion ??= module.findArticleRegion(document);
      return module.mountFlagging(ctx, {
        region: () => this.current?.region ?? this.quietRegion,
        pageInfo: () => this.pageInfo(),
        guard,
        send,
      });
    });
    this.flagging.catch((error: unknown) => console.warn('Parallax could not open the flag form:', error));
    return this.flagging;
  }

  /**
   * On an article with nothing to show, paragraphs added later (a live page)
   * earn another quick look once enough text arrived and the page settled.
   */
  private watchForMoreText(): void {
    const body = document.body;
    if (!body) return;
    let added = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
      if (added < MORE_TEXT_CHARS) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.stopWatching?.();
        void this.start();
      }, MORE_TEXT_SETTLE_MS);
    });
    observer.observe(body, { childList: true, subtree: true });
    this.stopWatching = () => {
      observer.disconnect();
      clearTimeout(timer);
      this.stopWatching = null;
    };
  }

  /** A signal that aborts at the next stop. */
  private stopSignal(): AbortSignal {
    this.stopController ??= new AbortController();
    return this.stopController.signal;
  }

  private stopController: AbortController | null = null;

  /** Removes every highlight and the in-page UI: the page is as it was served. */
  stop(): void {
    this.generation += 1;
    this.quiet = null;
    this.quietRegion = null;
    this.stopWatching?.();
    this.stopController?.abort();
    this.stopController = null;
    this.current?.stop();
    this.current = null;
    void this.popover?.then((p) => p.destroy());
    this.popover = null;
    void this.flagging?.then((f) => f.destroy());
    this.flagging = null;
  }

  /** Scans the page afresh (an entity unmuted, the dataset changed). */
  rescan(): void {
    this.stop();
    void this.start();
  }

  /** Follows new settings: turns off, on, or redraws as they say. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    this.rescan();
  }

  /** The URL changed without a page load: clears the page now and scans it once it has settled. */
  navigated(): void {
    this.stop();
    clearTimeout(this.settle);
    this.settle = setTimeout(() => void this.start(), this.deps.navigationSettleMs ?? NAVIGATION_SETTLE_MS);
  }

  /** Undoes everything, for good: highlights, UI, the page state attribute, a pending scan. */
  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.settle);
    this.stop();
    clearPageState();
  }

  /** What the side panel shows for this page. */
  summary(): PageSummary {
    if (this.current) return this.current.summary();
    const state = !isEnabledOn(this.settings, location.hostname) ? 'off' : (this.quiet ?? 'scanning');
    return {
      url: location.href,
      title: document.title,
      state,
      outletId: null,
      outletName: null,
      items: [],
      notDrawn: 0,
    };
  }

  /** Scrolls to a highlight and flashes it; false when there is none. */
  reveal(kind: RevealKind, id: string): boolean {
    return this.current?.reveal(kind, id) != null;
  }

  /** Removes the highlights the reader muted or marked wrong; returns how many hits went. */
  suppress(suppression: Suppression): number {
    void this.popover?.then((p) => p.close());
    return this.current?.suppress(suppression) ?? 0;
  }

  /** Opens the flag form for the current selection; false when nothing flaggable is selected. */
  async beginFlag(): Promise<boolean> {
    return (await this.ensureFlagging())?.begin() ?? false;
  }

  /** Opens the popover of a highlight at once; with `focus`, moves keyboard focus into it. */
  openPopover(mark: HTMLElement, focus: boolean): void {
    void this.popover?.then((p) => p.open(mark, focus));
  }

  private turnedOff(): void {
    setPageState('off');
    this.deps.announce();
  }

  /** What a flag made on this page records about it. */
  private pageInfo(): FlagPageInfo {
    const hints = readOutletHints(document, location);
    return {
      url: hints.canonicalUrl ?? location.href,
      pageUrl: location.href,
      title: hints.title,
      publishedAt: hints.publishedAt ?? null,
      outletId: this.current?.outletId ?? null,
      outletName: this.current?.outletName ?? null,
    };
  }

  /** The session drew or removed highlights: tell the panel, and mount the UI the page now needs. */
  private changed(session: PageSession): void {
    if (session !== this.current) return;
    this.deps.announce();
    const { ctx, guard, send } = this.deps;
    if (!this.flagging && session.region) void this.ensureFlagging();
    if (!this.popover && session.hasMarks) {
      this.popover = this.loadModule().then((module) =>
        module.mountPopover(ctx, {
          hitFor: (el) => this.current?.hitFor(el),
          outlet: () => ({ id: this.current?.outletId ?? null, name: this.current?.outletName ?? null }),
          piecesOf: (mark) => this.current?.piecesOf(mark) ?? [],
          textOf: (hit) => this.current?.textOf(hit) ?? '',
          flag: (pieces) => this.flagPieces(pieces),
          delays: session.activeSettings.hover,
          guard,
          send,
        }),
      );
    }
  }

  /** The highlighted words become the selection the flag form reads, and the form opens. */
  private flagPieces(pieces: HTMLElement[]): void {
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return;
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    void this.flagging?.then((f) => f.begin());
  }
}
