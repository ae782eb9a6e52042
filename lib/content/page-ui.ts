/**
 * The two in-page UIs of a scanned page, the popover and the flag form, each
 * mounted (from the heavy part of the content script) the first time the page
 * needs it and destroyed with the scan they belong to.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { FlagPageInfo } from '../flags/create';
import type { SendToBackground } from '../messaging/client';
import type { ArticleRegion } from '../page/types';
import type { HoverDelays } from '../ui/hover-intent';
import type { FlaggingController } from './flagging';
import type { PageModule } from './page-module';
import type { PopoverController } from './popover';
import type { PageSession } from './session';

/** What the in-page UI is wired to. */
export interface PageUiDeps {
  ctx: ContentScriptContext;
  /** Keeps the page out of the shadow roots of our UI (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  send: SendToBackground;
  loadModule: () => Promise<PageModule>;
  /** The page session of the current scan, if one is running. */
  session: () => PageSession | null;
  /** What a flag made on this page records about it. */
  pageInfo: () => FlagPageInfo;
}

/** The popover and the flag form of one scan of the page. */
export class PageUi {
  private popover: Promise<PopoverController> | null = null;
  private flagging: Promise<FlaggingController> | null = null;
  /** The article region found for flagging on a page that was not read. */
  private unreadRegion: ArticleRegion | null = null;

  constructor(private readonly deps: PageUiDeps) {}

  /** True once the flag form is mounted or on its way. */
  get hasFlagging(): boolean {
    return this.flagging !== null;
  }

  /** Mounts the flag button and form, loading the heavy part first when needed. */
  flagForm(): Promise<FlaggingController> {
    if (this.flagging) return this.flagging;
    const { ctx, guard, send, loadModule, session, pageInfo } = this.deps;
    this.flagging = loadModule().then((module) => {
      if (!session()?.region) this.unreadRegion ??= module.findArticleRegion(document);
      return module.mountFlagging(ctx, {
        region: () => session()?.region ?? this.unreadRegion,
        pageInfo,
        guard,
        send,
      });
    });
    this.flagging.catch((error: unknown) => console.warn('Parallax could not open the flag form:', error));
    return this.flagging;
  }

  /** Mounts the popover of the session's highlights, once. */
  mountPopover(delays: HoverDelays): void {
    if (this.popover) return;
    const { ctx, guard, send, loadModule, session } = this.deps;
    this.popover = loadModule().then((module) =>
      module.mountPopover(ctx, {
        hitFor: (el) => session()?.hitFor(el),
        outlet: () => ({ id: session()?.outletId ?? null, name: session()?.outletName ?? null }),
        piecesOf: (mark) => session()?.piecesOf(mark) ?? [],
        textOf: (hit) => session()?.textOf(hit) ?? '',
        flag: (pieces) => this.flagPieces(pieces),
        delays,
        guard,
        send,
      }),
    );
  }

  /** Opens the popover of a highlight at once; with `focus`, moves keyboard focus into it. */
  openPopover(mark: HTMLElement, focus: boolean): void {
    void this.popover?.then((p) => p.open(mark, focus));
  }

  closePopover(): void {
    void this.popover?.then((p) => p.close());
  }

  /** Removes both UIs from the page. */
  destroy(): void {
    void this.popover?.then((p) => p.destroy());
    this.popover = null;
    void this.flagging?.then((f) => f.destroy());
    this.flagging = null;
    this.unreadRegion = null;
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
