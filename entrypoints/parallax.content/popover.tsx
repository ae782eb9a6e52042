/**
 * The popover container: a shadow-root UI that follows the pointer's highlight
 * with hover-intent timing, fetches the comparison from the background, and
 * renders the Preact views. All page listeners go through `ctx` so an updated
 * or disabled extension leaves nothing behind.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimPopover } from '@/components/popover/ClaimPopover';
import { EntityPopover } from '@/components/popover/EntityPopover';
import { PopoverError, PopoverLoading, PopoverShell } from '@/components/popover/PopoverShell';
import type { PopoverAction } from '@/components/popover/Actions';
import type { ClaimHit, EntityHit } from '@/lib/match/types';
import type { ClaimComparison, EntityView } from '@/lib/compare/types';
import type { Result } from '@/lib/messaging/result';
import { sendToBackground } from '@/lib/messaging/client';
import { HoverIntent } from '@/lib/ui/hover-intent';
import { placePopover, type Box } from '@/lib/ui/position';
import { t } from '@/lib/i18n/t';

/** A highlight the reader can open. */
export type PopoverHit = ClaimHit | EntityHit;

/** What the popover needs to know about the page. */
export interface PopoverDeps {
  /** The hit a highlight element stands for, if it is one of ours. */
  hitFor: (element: Element) => PopoverHit | undefined;
  outletId: string | null;
  outletName: string | null;
}

/** Opens and closes the popover; `destroy` removes it from the page. */
export interface PopoverController {
  /** Opens the popover for a highlight at once (keyboard, side panel). */
  open: (mark: HTMLElement) => void;
  close: () => void;
  destroy: () => void;
}

type Loaded = Result<ClaimComparison> | Result<EntityView>;

const ESTIMATED_SIZE = { width: 440, height: 380 };

function anchorBox(mark: HTMLElement): Box {
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/** Mounts the popover UI in a shadow root and wires hover, focus and Escape. */
export async function mountPopover(ctx: ContentScriptContext, deps: PopoverDeps): Promise<PopoverController> {
  const cache = new Map<string, Promise<Loaded>>();
  let anchor: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  const load = (hit: PopoverHit): Promise<Loaded> => {
    const key = `${hit.kind}:${hit.id}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = hit.kind === 'claim' ? sendToBackground('claim.compare', { claimId: hit.id, outletId: deps.outletId }) : sendToBackground('entity.view', { entityId: hit.id });
      cache.set(key, pending);
    }
    return pending;
  };

  const onAction = (action: PopoverAction): void => {
    if (action === 'open-panel') void sendToBackground('panel.open', {});
  };

  const draw = (hit: PopoverHit | null, loaded: Loaded | null, size = ESTIMATED_SIZE): void => {
    if (!container) return;
    if (!hit || !anchor) {
      render(null, container);
      return;
    }
    const place = placePopover(anchorBox(anchor), size, { width: window.innerWidth, height: window.innerHeight });
    let label = t('popoverDialogFallback');
    let body = <PopoverLoading />;
    if (loaded && !loaded.ok) body = <PopoverError message={loaded.error.message} />;
    else if (loaded?.ok && hit.kind === 'claim') {
      const comparison = loaded.value as ClaimComparison;
      label = comparison.event.title;
      body = <ClaimPopover comparison={comparison} why={hit.why} hereName={deps.outletName} onAction={onAction} />;
    } else if (loaded?.ok && hit.kind === 'entity') {
      const view = loaded.value as EntityView;
      label = view.entity.name;
      body = <EntityPopover view={view} why={hit.why} onAction={onAction} />;
    }
    render(
      <PopoverShell left={place.left} top={place.top} label={label} onPointerEnter={() => intent.enterPopover()} onPointerLeave={() => intent.leave()} onEscape={() => close(true)}>
        {body}
      </PopoverShell>,
      container,
    );
  };

  const show = (hit: PopoverHit): void => {
    draw(hit, null);
    void load(hit).then((loaded) => {
      if (intent.current !== hit) return;
      draw(hit, loaded);
      // Measure the real size once rendered, then place it again so it never overflows.
      const box = container?.querySelector('.popover')?.getBoundingClientRect();
      if (box) draw(hit, loaded, { width: box.width, height: box.height });
    });
  };

  const intent: HoverIntent<PopoverHit> = new HoverIntent<PopoverHit>({ prepare: (hit) => void load(hit), show, hide: () => draw(null, null) });

  const ui = await createShadowRootUi(ctx, {
    name: 'parallax-popover',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (uiContainer) => {
      container = uiContainer;
    },
    onRemove: () => {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();

  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const mark = target instanceof Element ? target.closest('parallax-mark') : null;
    return mark instanceof HTMLElement && deps.hitFor(mark) ? mark : null;
  };

  function close(restoreFocus: boolean): void {
    const previous = anchor;
    intent.hideNow();
    if (restoreFocus && previous?.isConnected && previous.tabIndex >= 0) previous.focus();
  }

  ctx.addEventListener(document, 'pointerover', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    const hit = deps.hitFor(mark);
    if (!hit) return;
    if (intent.current !== hit) anchor = mark;
    intent.enter(hit);
  });
  ctx.addEventListener(document, 'pointerout', (event) => {
    const from = markOf(event.target);
    const to = markOf(event.relatedTarget);
    if (from && (!to || deps.hitFor(to) !== deps.hitFor(from))) intent.leave();
  });
  ctx.addEventListener(document, 'focusin', (event) => {
    const mark = markOf(event.target);
    const hit = mark && deps.hitFor(mark);
    if (mark && hit) {
      anchor = mark;
      intent.showNow(hit);
    }
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && intent.current) close(true);
  });
  ctx.addEventListener(window, 'scroll', () => intent.current && close(false), { passive: true });

  return {
    open: (mark) => {
      const hit = deps.hitFor(mark);
      if (!hit) return;
      anchor = mark;
      intent.showNow(hit);
    },
    close: () => close(false),
    destroy: () => {
      intent.destroy();
      ui.remove();
    },
  };
}
