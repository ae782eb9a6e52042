/**
 * The popover container: a shadow-root UI that follows the pointer's highlight
 * with hover-intent timing, fetches the comparison from the background, and
 * renders the Preact views. All page listeners go through `ctx` so an updated
 * or disabled extension leaves nothing behind.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { PopoverAction } from '../../components/popover/Actions';
import { PopoverShell } from '../../components/popover/PopoverShell';
import { t } from '../i18n/t';
import type { SendToBackground } from '../messaging/client';
import { ACTIVE_ATTRIBUTE } from '../page/mark-element';
import { followAnchor, type Placed, type Point } from '../ui/floating';
import { HoverIntent, type HoverDelays } from '../ui/hover-intent';
import { cardContent, drawOutOfSight, requestCard, type Loaded, type PopoverHit } from './popover-card';
import { lazyShadowUi } from './shadow-ui';

/** What the popover needs to know about the page. */
export interface PopoverDeps {
  /** The hit a highlight element stands for, if it is one of ours. */
  hitFor: (element: Element) => PopoverHit | undefined;
  /** The page's outlet as the latest scan recognised it. */
  outlet: () => { id: string | null; name: string | null };
  /** Every piece of the highlight a mark belongs to. */
  piecesOf: (mark: Element) => HTMLElement[];
  /** The page words a hit covers (for wrong-match reports). */
  textOf: (hit: PopoverHit) => string;
  /** Hover timing from the reader's settings. */
  delays: HoverDelays;
  /** Opens the flag form for the words of these highlight pieces. */
  flag: (pieces: HTMLElement[]) => void;
  /** Keeps the page out of the popover's shadow root (see `keepTypingPrivate`). */
  guard: (root: ShadowRoot) => void;
  /** How requests reach the background. */
  send: SendToBackground;
}

/** Opens and closes the popover; `destroy` removes it from the page. */
export interface PopoverController {
  /** Opens the popover for a highlight at once; with `focus`, moves keyboard focus into it. */
  open: (mark: HTMLElement, focus: boolean) => void;
  close: () => void;
  destroy: () => void;
}

/** Mounts the popover UI in a shadow root and wires hover, focus and Escape. */
export async function mountPopover(ctx: ContentScriptContext, deps: PopoverDeps): Promise<PopoverController> {
  const cache = new Map<string, Promise<Loaded>>();
  let anchor: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let focusOnShow = false;
  let active: HTMLElement[] = [];
  // What an action that could not be done here says, until the popover closes.
  let notice: string | null = null;
  // Where the pointer entered the highlight: a highlight over several lines anchors the popover to that line.
  let pointer: Point | null = null;
  // The last placement, so a redraw (the comparison arriving) does not move the popover.
  let placed: Placed = { left: 0, top: 0, above: false };
  let following: { anchor: HTMLElement; floating: Element; stop: () => void } | null = null;

  const unfollow = (): void => {
    following?.stop();
    following = null;
  };

  // Floating UI keeps the popover beside the highlight on scroll, resize and size changes; once the
  // highlight leaves the screen, the popover lets go.
  const follow = (floating: HTMLElement, mark: HTMLElement): void => {
    if (following?.anchor === mark && following.floating === floating) return;
    unfollow();
    const stop = followAnchor(mark, floating, {
      near: pointer,
      onPlaced: (where) => {
        placed = where;
        const box = mark.getBoundingClientRect();
        if (box.bottom < 0 || box.top > window.innerHeight) close(false);
      },
    });
    following = { anchor: mark, floating, stop };
  };

  const setActive = (mark: HTMLElement | null): void => {
    for (const piece of active) piece.removeAttribute(ACTIVE_ATTRIBUTE);
    active = mark ? deps.piecesOf(mark) : [];
    for (const piece of active) piece.setAttribute(ACTIVE_ATTRIBUTE, '');
  };

  // Replies that have arrived, so a popover prepared during the hover delay is drawn whole at once.
  const ready = new Map<string, Loaded>();

  const load = (hit: PopoverHit): Promise<Loaded> => {
    const key = `${hit.kind}:${hit.id}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = requestCard(deps.send, hit, deps.outlet().id);
      cache.set(key, pending);
      void pending.then((loaded) => ready.set(key, loaded));
    }
    return pending;
  };

  const onAction = (action: PopoverAction): void => {
    const hit = intent.current;
    if (action === 'open-panel' && hit) {
      // Firefox opens its sidebar only from its own controls (a message from a page is no user action):
      // say how to open it instead of failing silently.
      void deps.send('panel.open', {}).then((reply) => {
        if (reply.ok || intent.current !== hit) return;
        notice = t('panelOpenHint');
        draw(hit, ready.get(`${hit.kind}:${hit.id}`) ?? null);
      });
    }
    if (!hit) return;
    // The background stores the correction and tells every tab, this one included, to drop the highlights.
    if (action === 'wrong-match' && hit.kind !== 'flag')
      void deps.send('feedback.wrong-match', {
        kind: hit.kind,
        targetId: hit.id,
        text: deps.textOf(hit),
        url: location.href,
      });
    if (action === 'mute' && hit.kind === 'entity') void deps.send('entity.mute', { entityId: hit.id });
    if (action === 'flag' && anchor) {
      const pieces = deps.piecesOf(anchor);
      intent.hideNow();
      deps.flag(pieces);
    }
  };

  /** The card for `hit` with what was loaded for it. */
  const card = (hit: PopoverHit, loaded: Loaded | null) => {
    const { label, body } = cardContent(hit, loaded, deps.outlet().name, onAction);
    return (
      <PopoverShell
        left={placed.left}
        top={placed.top}
        label={label}
        notice={notice}
        onPointerEnter={() => intent.enterPopover()}
        onPointerLeave={() => intent.leave()}
        onEscape={() => close(true)}
      >
        {body}
      </PopoverShell>
    );
  };

  const draw = (hit: PopoverHit | null, loaded: Loaded | null): void => {
    if (!container) return;
    if (!hit || !anchor) {
      notice = null;
      unfollow();
      render(null, container);
      return;
    }
    render(card(hit, loaded), container);
    const floating = container.querySelector<HTMLElement>('.popover');
    if (floating) follow(floating, anchor);

    // For the page bench: the shadow root is closed, so the moment a card is drawn is told by a User Timing mark.
    if (loaded?.ok) performance.mark('parallax:popover-drawn');
  };

  const show = (hit: PopoverHit): void => {
    // Shown at once (the keyboard) before the host was needed: show again once it is on the page.
    if (!container) {
      void ui.ready().then((mounted) => {
        container = mounted;
        if (mounted && intent.current === hit) show(hit);
      });
      return;
    }
    const prepared = ready.get(`${hit.kind}:${hit.id}`) ?? null;
    draw(hit, prepared);
    setActive(anchor);
    if (focusOnShow) {
      focusOnShow = false;
      container?.querySelector<HTMLElement>('.popover')?.focus();
    }
    if (prepared) return;
    void load(hit).then((loaded) => {
      if (intent.current === hit) draw(hit, loaded);
    });
  };

  const hide = (): void => {
    setActive(null);
    draw(null, null);
  };

  // The host goes on the page when a popover is first being prepared, well before it shows.
  const ui = lazyShadowUi(ctx, 'parallax-popover', deps.guard);
  // The first card is drawn once out of sight while the reader waits (see drawOutOfSight).
  let warmed = false;
  const warmUp = (hit: PopoverHit, loaded: Loaded): void => {
    if (warmed || !container) return;
    warmed = true;
    drawOutOfSight(container, card(hit, loaded));
  };
  const prepare = (hit: PopoverHit): void => {
    const loading = load(hit);
    void ui
      .ready()
      .then((mounted) => {
        container = mounted;
        return loading;
      })
      .then((loaded) => warmUp(hit, loaded));
  };
  const intent: HoverIntent<PopoverHit> = new HoverIntent<PopoverHit>({ prepare, show, hide }, deps.delays);

  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const mark = target instanceof Element ? target.closest('parallax-mark') : null;
    return mark instanceof HTMLElement && deps.hitFor(mark) ? mark : null;
  };

  function close(restoreFocus: boolean): void {
    const previous = anchor;
    // Focus inside a shadow root shows as the root's activeElement, not the document's.
    const root = container?.getRootNode();
    const hadFocus = root instanceof ShadowRoot && root.activeElement !== null;
    intent.hideNow();
    // Back to where the reader was: the highlight the popover belonged to.
    if (restoreFocus && hadFocus && previous?.isConnected) {
      previous.tabIndex = -1;
      previous.addEventListener('blur', () => previous.removeAttribute('tabindex'), { once: true });
      previous.focus({ preventScroll: true });
    }
  }

  // Only the reader's pointer opens a popover: a page's synthetic hover could read the reader's flags from it.
  ctx.addEventListener(document, 'pointerover', (event) => {
    if (!event.isTrusted) return;
    const mark = markOf(event.target);
    if (!mark) return;
    const hit = deps.hitFor(mark);
    if (!hit) return;
    if (intent.current !== hit) {
      anchor = mark;
      pointer = { x: event.clientX, y: event.clientY };
    }
    intent.enter(hit, event.timeStamp);
  });
  ctx.addEventListener(document, 'pointerout', (event) => {
    if (!event.isTrusted) return;
    const from = markOf(event.target);
    const to = markOf(event.relatedTarget);
    if (from && (!to || deps.hitFor(to) !== deps.hitFor(from))) intent.leave();
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && intent.current) close(true);
  });
  return {
    open: (mark, focus) => {
      const hit = deps.hitFor(mark);
      if (!hit) return;
      intent.hideNow();
      anchor = mark;
      pointer = null;
      focusOnShow = focus;
      intent.showNow(hit);
    },
    close: () => close(false),
    destroy: () => {
      unfollow();
      setActive(null);
      intent.destroy();
      ui.remove();
    },
  };
}
