/**
 * Places a floating panel (the popover, the flag form) next to what it belongs
 * to with Floating UI, and keeps it there while the page scrolls, the window
 * is resized or either element changes size (https://floating-ui.com/docs/autoupdate).
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type ReferenceElement,
} from '@floating-ui/dom';

/** Gap between the anchor and the panel, in CSS pixels. */
const GAP = 6;
/** Room kept free at the viewport's edges. */
const MARGIN = 8;
/** The panel never shrinks below this height to fit: past that it flips or overlaps instead. */
const MIN_HEIGHT = 160;

/** A point in viewport coordinates (the pointer, for multi-line highlights). */
export interface Point {
  x: number;
  y: number;
}

/** Where the panel went, after each placement. */
export interface Placed {
  left: number;
  top: number;
  /** True when the panel opened above its anchor. */
  above: boolean;
}

/** Options of `followAnchor`. */
export interface FollowOptions {
  /** For an anchor over several lines, the line nearest this point is the one used. */
  near?: Point | null;
  /** Called after every placement. */
  onPlaced?: (placed: Placed) => void;
}

/**
 * Positions `floating` (a `position: fixed` element) below `anchor`, or above
 * it when there is more room there, shifted and sized to stay on screen, and
 * follows it until the returned function is called.
 */
export function followAnchor(anchor: ReferenceElement, floating: HTMLElement, options: FollowOptions = {}): () => void {
  let stopped = false;
  const update = async (): Promise<void> => {
    const { x, y, placement } = await computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(options.near ?? undefined),
        offset(GAP),
        flip({ padding: MARGIN }),
        // Both axes: whatever happens to the anchor (even scrolled out of view), the panel stays on screen.
        shift({ padding: MARGIN, crossAxis: true }),
        size({
          padding: MARGIN,
          apply: ({ availableHeight, elements }) => {
            elements.floating.style.setProperty(
              '--px-available-height',
              `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`,
            );
          },
        }),
      ],
    });
    if (stopped) return;
    floating.style.left = `${Math.round(x)}px`;
    floating.style.top = `${Math.round(y)}px`;
    options.onPlaced?.({ left: Math.round(x), top: Math.round(y), above: placement.startsWith('top') });
  };
  const stop = autoUpdate(anchor, floating, () => void update());
  return () => {
    stopped = true;
    stop();
  };
}
