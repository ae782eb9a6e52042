/**
 * Parallax on one page over its whole life: scans it when it is parsed, again
 * when the reader's settings change, the background asks, or a single-page
 * site navigates, and stops when Parallax is turned off here. It owns the
 * page session and the two in-page UIs (popover, flagging) that belong to a
 * scan, and `destroy()` (also run when the content script is invalidated)
 * leaves the page as it was served.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SendToBackground } from '../messaging/client';
import type { PageSummary, RevealKind } from '../messaging/tab-protocol';
import type { Suppression } from '../feedback/suppression';
import type { FlagPageInfo } from '../flags/create';
import { readOutletHints } from '../page/outlet';
import { yieldToMain } from '../page/yield';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../settings/schema';
import { mountFlagging, type FlaggingController } from './flagging';
import { clearPageState, setPageState } from './page-state';
import { mountPopover, type PopoverController } from './popover';
import { PageSession } from './session';

/** A single-page site changes its content after the URL: wait this long for it to settle. */
const NAVIGATION_SETTLE_MS = 600;

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
}

/** Starts, stops and restarts the scan of this page, and answers for it. */
export class ScanController {
  private current: PageSession | null = null;
  private popover: Promise<PopoverController> | null = null;
  private flagging: Promise<FlaggingController> | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** The settings the next scan starts from: the defaults, then the background's. */
  settings: Settings = DEFAULT_SETTINGS;

  constructor(private readonly deps: ScanControllerDeps) {
    deps.ctx.onInvalidated(() => this.destroy());
  }

  /** The page session of the current scan, if one is running. */
  get session(): PageSession | null {
    return this.current;
  }

  /**
   * Loaded while the page is still arriving: wakes the background (it readies
   * the index) and takes the settings for this site from its answer.
   */
  async prepare(): Promise<void> {
    const reply = await this.deps.send('page.prepare', { hostname: location.hostname });
    if (reply.ok) this.settings = reply.value.settings;
  }

  /**
   * Starts the first scan once the document is parsed. The scan does not wait
   * for `prepare()`: the background applies the settings to it. DOMContentLoaded
   * is dispatched in the page's parsing task, which often also lays the page
   * out for its load event: reading there would lengthen the page's own longest
   * task, so the scan starts in a task of its own, next in line after it.
   */
  async startWhenParsed(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise<void>((done) => this.deps.ctx.addEventListener(document, 'DOMContentLoaded', () => done(), { once: true }));
    }
    await yieldToMain();
    await this.start();
  }

  /** Scans the page and draws what was recognised, unless Parallax is off here. */
  async start(): Promise<void> {
    if (this.destroyed) return;
    if (!isEnabledOn(this.settings, location.hostname)) {
      this.turnedOff();
      return;
    }
    const session = new PageSession((changed) => this.changed(changed), this.settings, this.deps.send);
    this.current = session;
    setPageState('scanning');
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
      // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
      console.warn('Parallax could not scan this page:', error);
    }
    if (this.current === session && !session.signal.aborted) setPageState('ready');
  }

  /** Removes every highlight and the in-page UI: the page is as it was served. */
  stop(): void {
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
    const state = isEnabledOn(this.settings, location.hostname) ? 'scanning' : 'off';
    return { url: location.href, title: document.title, state, outletId: null, outletName: null, items: [], notDrawn: 0 };
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
    return (await this.flagging)?.begin() ?? false;
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
    return { url: hints.canonicalUrl ?? location.href, pageUrl: location.href, title: hints.title, publishedAt: hints.publishedAt ?? null, outletId: this.current?.outletId ?? null, outletName: this.current?.outletName ?? null };
  }

  /** The session drew or removed highlights: tell the panel, and mount the UI the page now needs. */
  private changed(session: PageSession): void {
    if (session !== this.current) return;
    this.deps.announce();
    const { ctx, guard, send } = this.deps;
    if (!this.flagging && session.region) this.flagging = mountFlagging(ctx, { region: () => this.current?.region ?? null, pageInfo: () => this.pageInfo(), guard, send });
    if (!this.popover && session.hasMarks) {
      this.popover = mountPopover(ctx, {
        hitFor: (el) => this.current?.hitFor(el),
        outlet: () => ({ id: this.current?.outletId ?? null, name: this.current?.outletName ?? null }),
        piecesOf: (mark) => this.current?.piecesOf(mark) ?? [],
        textOf: (hit) => this.current?.textOf(hit) ?? '',
        flag: (pieces) => this.flagPieces(pieces),
        delays: session.activeSettings.hover,
        guard,
        send,
      });
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
