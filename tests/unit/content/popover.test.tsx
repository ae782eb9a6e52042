import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { EntityView } from '@/lib/compare/types';
import { mountPopover, type PopoverController, type PopoverDeps } from '@/lib/content/popover';
import type { PopoverHit } from '@/lib/content/popover-card';
import { ACTIVE_ATTRIBUTE } from '@/lib/page/mark-element';

import { bareFlag } from '../flags/sample-flags';
import { fakeBackground, newContext, settle, trusted } from './helpers';

const ENTITY: PopoverHit = { kind: 'entity', id: 'moscow', start: 0, end: 6, why: { alias: 'Moscow', lang: 'en' } };
const FLAG: PopoverHit = { kind: 'flag', id: 'flag-0a1b2c3d4e', start: 0, end: 6, own: false };
const VIEW: EntityView = {
  entity: { id: 'moscow', kind: 'place', name: 'Moscow', aliases: [], description: 'The capital of Russia.' },
  events: [],
  outletCount: 2,
};

let ctx: ContentScriptContext;
let popover: PopoverController | null = null;
let shadow: ShadowRoot | null = null;

/** A paragraph with one highlight per hit; the popover's shadow root is caught through its guard. */
async function setUp(hits: PopoverHit[], over: Partial<PopoverDeps> = {}) {
  const paragraph = document.createElement('p');
  const marks = hits.map((hit) => {
    const mark = document.createElement('parallax-mark');
    mark.textContent = hit.kind === 'entity' ? 'Moscow' : 'a flagged sentence';
    paragraph.append(mark, ' ');
    return mark;
  });
  document.body.append(paragraph);
  const byMark = new Map<Element, PopoverHit>(marks.map((mark, i) => [mark, hits[i] as PopoverHit]));
  const background = fakeBackground({
    'entity.view': () => VIEW,
    'flags.get': () => bareFlag({ note: 'Check the figures.', outletName: 'Kyiv Post' }),
    'entity.mute': () => null,
    'feedback.wrong-match': () => null,
  });
  const flag = vi.fn();
  popover = await mountPopover(ctx, {
    hitFor: (el) => byMark.get(el),
    outlet: () => ({ id: null, name: null }),
    piecesOf: (mark) => [mark as HTMLElement],
    textOf: () => 'Moscow',
    delays: { prepareMs: 0, showMs: 0, graceMs: 0 },
    flag,
    guard: (root) => (shadow = root),
    send: background.send,
    ...over,
  });
  return { marks, background, flag, popover };
}

const card = (): string => shadow?.querySelector('.popover .card')?.textContent ?? '';
const button = (action: string): HTMLButtonElement | null =>
  shadow?.querySelector<HTMLButtonElement>(`.action-${action}`) ?? null;
const clickAsReader = (element: Element | null): void =>
  void element?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));

beforeEach(() => {
  ctx = newContext();
});
afterEach(() => {
  popover?.destroy();
  popover = null;
  shadow = null;
  ctx.abort();
  document.body.replaceChildren();
});

describe('the popover', () => {
  it('opens on a highlight with what the background says about it, marks the highlight, and closes with Escape', async () => {
    const { marks, background } = await setUp([FLAG]);
    const mark = marks[0] as HTMLElement;
    popover?.open(mark, true);
    await settle(20);
    expect(background.of('flags.get')).toEqual([{ id: FLAG.id }]);
    expect(card()).toContain('refusing to fight');
    expect(card()).toContain('Check the figures.');
    expect(mark.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(card()).toBe('');
    expect(mark.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(false);
  });

  it('opens for the reader’s pointer only: a hover a page script makes shows nothing and asks nothing', async () => {
    const { marks, background } = await setUp([ENTITY]);
    const mark = marks[0] as HTMLElement;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await settle(20);
    expect(background.sent).toEqual([]);
    expect(document.querySelector('parallax-popover')).toBeNull();
    mark.dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true })));
    await settle(20);
    expect(background.of('entity.view')).toEqual([{ entityId: 'moscow' }]);
    expect(card()).toContain('The capital of Russia.');
  });

  it('draws its first card once out of sight while the reader waits, and leaves nothing of it', async () => {
    let drawn = 0;
    const watch = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && (node.matches('.popover') || node.querySelector('.popover'))) drawn += 1;
    });
    const { marks } = await setUp([ENTITY], {
      delays: { prepareMs: 0, showMs: 60_000, graceMs: 0 },
      guard: (root) => {
        shadow = root;
        watch.observe(root, { childList: true, subtree: true });
      },
    });
    (marks[0] as HTMLElement).dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true })));
    await settle(20);
    watch.disconnect();
    expect(drawn).toBe(1);
    // Not shown yet, and nothing of the drawing out of sight is left.
    expect(card()).toBe('');
    expect(shadow?.querySelector('.popover')).toBeNull();
  });

  it('sends the reader’s mute and wrong-match reports for the highlight’s entity and words', async () => {
    const { marks, background } = await setUp([ENTITY]);
    popover?.open(marks[0] as HTMLElement, false);
    await settle(20);
    clickAsReader(button('mute'));
    popover?.open(marks[0] as HTMLElement, false);
    await settle(20);
    clickAsReader(button('wrong-match'));
    await settle();
    expect(background.of('entity.mute')).toEqual([{ entityId: 'moscow' }]);
    expect(background.of('feedback.wrong-match')).toEqual([
      { kind: 'entity', targetId: 'moscow', text: 'Moscow', url: location.href },
    ]);
  });

  it('ignores clicks a page script makes on its buttons', async () => {
    const { marks, background } = await setUp([ENTITY]);
    popover?.open(marks[0] as HTMLElement, false);
    await settle(20);
    button('mute')?.click();
    await settle();
    expect(background.of('entity.mute')).toEqual([]);
  });

  it('leaves the page when destroyed', async () => {
    const { marks } = await setUp([ENTITY]);
    popover?.open(marks[0] as HTMLElement, false);
    await settle(20);
    expect(document.querySelector('parallax-popover')).not.toBeNull();
    popover?.destroy();
    popover = null;
    expect(document.querySelector('parallax-popover')).toBeNull();
    expect(marks[0]?.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(false);
  });
});
