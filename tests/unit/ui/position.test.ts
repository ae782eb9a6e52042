import { describe, expect, it } from 'vitest';
import { placePopover } from '@/lib/ui/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

describe('placePopover', () => {
  it('opens below a highlight near the top of the screen, without covering it', () => {
    const p = placePopover({ left: 100, top: 100, width: 80, height: 20 }, size, viewport);
    expect(p.above).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(p.left).toBe(100);
  });

  it('opens above a highlight near the bottom of the screen', () => {
    const p = placePopover({ left: 100, top: 700, width: 80, height: 20 }, size, viewport);
    expect(p.above).toBe(true);
    expect(p.top + size.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport on the right edge', () => {
    const p = placePopover({ left: 900, top: 100, width: 80, height: 20 }, size, viewport);
    expect(p.left + size.width).toBeLessThanOrEqual(viewport.width);
  });

  it('stays on screen when its anchor is scrolled out of view', () => {
    for (const top of [-500, 1400]) {
      const p = placePopover({ left: 100, top, width: 80, height: 20 }, size, viewport);
      expect(p.top).toBeGreaterThanOrEqual(8);
      expect(p.top + size.height).toBeLessThanOrEqual(viewport.height);
    }
  });
});
