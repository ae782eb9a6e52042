/**
 * Parallax on one page over its whole life: scans it when it is parsed, again
 * when the reader's settings change, the background asks, or a single-page
 * site navigates, and stops when Parallax is turned off here. It owns the
 * page session and the two in-page UIs (popover, flagging) that belong to a
 * scan, and `destroy()` (also run when the content script is invalidated)
 * leaves the page as it was served.
 *
 * It is light by default. It takes over a page from the first look
 * (lib/content/first-look.ts) and starts from what that look found; later
 * scans take the quick look themselves (headline and paragraphs,
 * `page.probe`). Only when the background finds something to show, or the
 * reader starts a flag, is the heavy part loaded (lib/content/page-module.ts)
 * to read the article properly, draw and answer hovers.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { Suppression } from '../feedback/suppression';
import type { SendToBackground } from '../messaging/client';
import type { PageSummary, RevealKind } from '../messaging/tab-protocol';
import { NAVIGATION_SETTLE_MS } from '../page/navigation';
import { readFlagPageInfo } from '../page/outlet';
import { yieldToMain } from '../page/yield';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../settings/schema';
import type { FlaggingController } from './flagging';
import { pageModuleLoader, type PageModule } from './page-module';
import { clearPageState, setPageState } from './page-state';
import { PageUi } from './page-ui';
import { quickLook, type QuickLook } from './quick-look';
import { LATE_ARTICLE_MS, watchUnread, type QuietState } from './quiet-page';
import type { PageSession } from './session';

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
  /**
   * Until when (a `performance.now()` time) a page that is no article is watched for a late story: the
   * first look's watch, carried on (default: `LATE_ARTICLE_MS` from now; a navigation starts it afresh).
   */
  lateUntil?: number;
  /** Loads the heavy part (default: imports `parallax-page.js` once). */
  loadModule?: () => Promise<PageModule>;
  /**
   * What the first look found, when it looked (it marked where it began, `parallax:look`, and ended
   * the `parallax:first-scan` measure of a page it left unread): the first scan starts from it
   * rather than asking the background again.
   */
  first?: QuickLook | null;
}

/** Starts, stops and restarts the scan of this page, and answers for it. */
export class ScanController {
  private current: PageSession | null = null;
  private readonly ui: PageUi;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly loadModule: () => Promise<PageModule>;
  /** Bumped by every start and stop: a scan that finds it changed was overtaken. */
  private generation = 0;
  /** Set when the page was left unread; null while a session runs or before the first look. */
  private quiet: QuietState | null = null;
  /** Aborts what listens on a page left unread (a selection, more text): at the next look or stop. */
  private quietWatch: AbortController | null = null;
  /**
   * Set once the side panel asked what this page shows. Until then nobody shows it: a page left
   * unread is not announced, which spares every such page a message and the background a wake-up.
   */
  private asked = false;
  /** The settings the next scan starts from: the defaults, then the background's. */
  settings: Settings = DEFAULT_SETTINGS;
  /** What the first look found, until the first scan takes it (see `ScanControllerDeps.first`). */
  private first: QuickLook | null;
  /** Until when a page that is no article is watched for a story arriving late (see `LATE_ARTICLE_MS`). */
  private lateUntil: number;

  constructor(private readonly deps: ScanControllerDeps) {
    this.loadModule = deps.loadModule ?? pageModuleLoader();
    this.first = deps.first ?? null;
    this.lateUntil = deps.lateUntil ?? performance.now() + LATE_ARTICLE_MS;
    this.ui = new PageUi({
      ...deps,
      loadModule: this.loadModule,
      session: () => this.current,
      pageInfo: () =>
        readFlagPageInfo(document, location, {
          id: this.current?.outletId ?? null,
          name: this.current?.outletName ?? null,
        }),
    });
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
    this.quietWatch?.abort();
    this.quietWatch = null;
    // The first scan starts from what the first look found, when it looked: it need not ask again.
    const first = this.first;
    this.first = null;
    if (!first) performance.mark('parallax:look');
    try {
      const look = first ?? (await quickLook(this.deps.send));
      if (generation !== this.generation || this.destroyed) return;
      if (!look.article) {
        this.leaveQuiet('not-article', !first);
        return;
      }
      this.settings = look.reply.settings;
      if (!look.reply.enabled) {
        this.turnedOff();
        return;
      }
      if (!look.reply.worth) {
        this.leaveQuiet('ready', !first);
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

  /** The page stays unread: it is not an article, or holds nothing to show; `measure` unless the first look did. */
  private leaveQuiet(state: QuietState, measure = true): void {
    // Performance tools see where Parallax finished with the page, as they do after a full scan.
    if (measure) performance.measure('parallax:first-scan', { start: 'parallax:look', detail: { quiet: state } });
    this.quiet = state;
    setPageState('ready');
    if (this.asked) this.deps.announce();
    if (!document.body) return;
    this.quietWatch = new AbortController();
    // Words the reader already selected (the first look handed the page over for them) get the flag button at once.
    watchUnread(document.body, AbortSignal.any([this.deps.ctx.signal, this.quietWatch.signal]), state, {
      lateUntil: this.lateUntil,
      lookAgain: () => void this.start(),
      ...(this.ui.hasFlagging ? {} : { select: () => void this.ensureFlagging() }),
    });
  }

  /** Mounts the flag button and form, loading the heavy part first when needed. */
  private ensureFlagging(): Promise<FlaggingController> | null {
    // Flagging needs an article: one read by the session, or one the quick look left unread.
    if (!this.ui.hasFlagging && (this.destroyed || (!this.current?.region && this.quiet !== 'ready'))) return null;
    return this.ui.flagForm();
  }

  /** Removes every highlight and the in-page UI: the page is as it was served. */
  stop(): void {
    this.generation += 1;
    this.quiet = null;
    this.quietWatch?.abort();
    this.quietWatch = null;
    this.current?.stop();
    this.current = null;
    this.ui.destroy();
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
    this.lateUntil = performance.now() + LATE_ARTICLE_MS;
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
    this.asked = true;
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
    this.ui.closePopover();
    return this.current?.suppress(suppression) ?? 0;
  }

  /** Opens the flag form for the current selection; false when nothing flaggable is selected. */
  async beginFlag(): Promise<boolean> {
    return (await this.ensureFlagging())?.begin() ?? false;
  }

  /** Opens the popover of a highlight at once; with `focus`, moves keyboard focus into it. */
  openPopover(mark: HTMLElement, focus: boolean): void {
    this.ui.openPopover(mark, focus);
  }

  private turnedOff(): void {
    setPageState('off');
    if (this.asked) this.deps.announce();
  }

  /** The session drew or removed highlights: tell the panel, and mount the UI the page now needs. */
  private changed(session: PageSession): void {
    if (session !== this.current) return;
    this.deps.announce();
    if (session.region) void this.ensureFlagging();
    if (session.hasMarks) this.ui.mountPopover(session.activeSettings.hover);
  }
}
