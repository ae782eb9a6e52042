import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { followAnchor, type Placed } from '@/lib/ui/floating';

const VIEW = { width: 1000, height: 800 };
type Rect = { x: number; y: number; width: number; height: number };

const domRect = (r: Rect): DOMRect => DOMRect.fromRect(r);

/** A highlight over one or more lines, as the browser would measure it. */
function anchor(lines: Rect[]) {
  const left = Math.min(...lines.map((l) => l.x));
  const top = Math.min(...lines.map((l) => l.y));
  const right = Math.max(...lines.map((l) => l.x + l.width));
  const bottom = Math.max(...lines.map((l) => l.y + l.height));
  return {
    getBoundingClientRect: () => domRect({ x: left, y: top, width: right - left, height: bottom - top }),
    getClientRects: () => lines.map(domRect) as unknown as DOMRectList,
  };
}

/** The panel, measured as a browser would (the simulated DOM does no layout). */
function panel(width: number, height: number): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `position: fixed; width: ${width}px; height: ${height}px;`;
  Object.defineProperties(el, { offsetWidth: { get: () => width }, offsetHeight: { get: () => height } });
  el.getBoundingClientRect = () => domRect({ x: 0, y: 0, width, height });
  document.body.append(el);
  return el;
}

/** The viewport Floating UI measures: the root element's client box. */
function setViewport(width: number, height: number): void {
  Object.assign(window, { innerWidth: width, innerHeight: height });
  Object.defineProperties(document.documentElement, {
    clientWidth: { configurable: true, get: () => width },
    clientHeight: { configurable: true, get: () => height },
  });
}

async function placed(
  stopAfter: (placedAt: Placed[]) => boolean,
  setUp: (onPlaced: (p: Placed) => void) => () => void,
): Promise<Placed[]> {
  const seen: Placed[] = [];
  const stop = setUp((p) => seen.push(p));
  for (let i = 0; i < 50 && !stopAfter(seen); i++) await new Promise((r) => setTimeout(r, 5));
  stop();
  return seen;
}

describe('followAnchor', () => {
  beforeEach(() => setViewport(VIEW.width, VIEW.height));
  afterEach(() => document.body.replaceChildren());

  it('opens below a highlight with room under it, a small gap away', async () => {
    const [p] = await placed(
      (s) => s.length > 0,
      (onPlaced) => followAnchor(anchor([{ x: 100, y: 100, width: 80, height: 20 }]), panel(400, 300), { onPlaced }),
    );
    expect(p).toEqual({ left: 100, top: 126, above: false });
  });

  it('opens above a highlight near the bottom of the window', async () => {
    const [p] = await placed(
      (s) => s.length > 0,
      (onPlaced) => followAnchor(anchor([{ x: 100, y: 700, width: 80, height: 20 }]), panel(400, 300), { onPlaced }),
    );
    expect(p?.above).toBe(true);
    expect(p?.top).toBe(700 - 6 - 300);
  });

  it('stays inside the window at its right edge', async () => {
    const [p] = await placed(
      (s) => s.length > 0,
      (onPlaced) => followAnchor(anchor([{ x: 900, y: 100, width: 80, height: 20 }]), panel(400, 300), { onPlaced }),
    );
    expect((p?.left ?? 0) + 400).toBeLessThanOrEqual(VIEW.width - 8);
  });

  it('anchors to the line of a multi-line highlight nearest the pointer, not its first line', async () => {
    const lines = [
      { x: 600, y: 100, width: 300, height: 20 },
      { x: 40, y: 124, width: 500, height: 20 },
      { x: 40, y: 148, width: 200, height: 20 },
    ];
    const [p] = await placed(
      (s) => s.length > 0,
      (onPlaced) => followAnchor(anchor(lines), panel(400, 300), { near: { x: 100, y: 155 }, onPlaced }),
    );
    expect(p?.top).toBe(148 + 20 + 6);
    expect(p?.left).toBe(40);
  });

  it('places the panel again when the window is resized', async () => {
    const seen = await placed(
      (s) => s.length > 1,
      (onPlaced) => {
        const stop = followAnchor(anchor([{ x: 100, y: 350, width: 80, height: 20 }]), panel(400, 300), { onPlaced });
        setTimeout(() => {
          setViewport(VIEW.width, 500);
          window.dispatchEvent(new Event('resize'));
        }, 10);
        return stop;
      },
    );
    expect(seen[0]?.above).toBe(false);
    expect(seen.at(-1)?.above).toBe(true);
  });
});
