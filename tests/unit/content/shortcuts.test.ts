import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { listenForShortcuts, type Highlights } from '@/lib/content/shortcuts';
import type { EntityHit } from '@/lib/match/types';

import { newContext, trusted } from './helpers';

let ctx: ContentScriptContext;
let marks: HTMLElement[];

/** Three highlights; the second is drawn in two pieces (it crosses a link). */
function page(): Highlights {
  const hits = ['a', 'b', 'c'].map((id): EntityHit => ({
    kind: 'entity',
    id,
    start: 0,
    end: 1,
    why: { alias: id, lang: 'en' },
  }));
  const pieces = [hits[0], hits[1], hits[1], hits[2]];
  marks = pieces.map((_, i) => {
    const mark = document.createElement('parallax-mark');
    mark.textContent = `piece ${i}`;
    mark.scrollIntoView = vi.fn();
    document.body.append(mark);
    return mark;
  });
  const byMark = new Map(marks.map((mark, i) => [mark as Element, pieces[i]]));
  return { marks: () => marks, hitFor: (el) => byMark.get(el) };
}

const press = (code: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(
    trusted(
      new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true, ...init }),
    ),
  );

beforeEach(() => {
  ctx = newContext();
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('the keyboard shortcuts', () => {
  it('walk the highlights with Alt+Shift+J and K, one stop per highlight, wrapping around', () => {
    const highlights = page();
    const open = vi.fn();
    listenForShortcuts(ctx, () => highlights, { open, flag: vi.fn() });
    press('KeyJ');
    press('KeyJ');
    press('KeyJ');
    press('KeyJ');
    press('KeyK');
    expect(open.mock.calls.map(([mark]) => marks.indexOf(mark as HTMLElement))).toEqual([0, 1, 3, 0, 3]);
    expect(marks[1]?.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
  });

  it('open the flag form with Alt+Shift+F', () => {
    const flag = vi.fn();
    listenForShortcuts(ctx, () => page(), { open: vi.fn(), flag });
    press('KeyF');
    expect(flag).toHaveBeenCalledTimes(1);
  });

  it('ignore key presses a page script makes, typing in fields, and pages without highlights', () => {
    const open = vi.fn();
    const flag = vi.fn();
    let highlights: Highlights | null = null;
    listenForShortcuts(ctx, () => highlights, { open, flag });
    press('KeyJ');
    highlights = page();
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
    const field = document.createElement('input');
    document.body.append(field);
    field.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { code: 'KeyF', altKey: true, shiftKey: true, bubbles: true })),
    );
    expect(open).not.toHaveBeenCalled();
    expect(flag).not.toHaveBeenCalled();
  });

  it('stop when the content script is invalidated', () => {
    const open = vi.fn();
    const highlights = page();
    listenForShortcuts(ctx, () => highlights, { open, flag: vi.fn() });
    ctx.abort();
    press('KeyJ');
    expect(open).not.toHaveBeenCalled();
  });
});
