/** Where to put a popover next to a highlight so it stays on screen and never covers it. */

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Chosen position for the popover's top-left corner, and whether it opens above. */
export interface Placement {
  left: number;
  top: number;
  above: boolean;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Places a popover of `size` below the anchor line nearest the pointer, or above
 * it when there is more room there, clamped inside the viewport.
 */
export function placePopover(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const aboveRoom = anchor.top - GAP - MARGIN;
  const above = size.height > below && aboveRoom > below;
  const wanted = above ? anchor.top - GAP - size.height : anchor.top + anchor.height + GAP;
  // Whatever the anchor (even one scrolled out of view), the popover itself stays on screen.
  const top = Math.min(Math.max(MARGIN, wanted), Math.max(MARGIN, viewport.height - MARGIN - size.height));
  const maxLeft = Math.max(MARGIN, viewport.width - MARGIN - size.width);
  const left = Math.min(Math.max(MARGIN, anchor.left), maxLeft);
  return { left: Math.round(left), top: Math.round(top), above };
}
