/** Keyboard walking between highlights: Alt+Shift+J / Alt+Shift+K focus the next / previous one. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { commandFor, step } from '../ui/keyboard';
import type { PageSession } from './session';

/** What walking needs of the page session: its highlights and the hit each stands for. */
export type Highlights = Pick<PageSession, 'marks' | 'hitFor'>;

/** One focus target per highlight (a highlight over a link has several pieces). */
function targets(session: Highlights): HTMLElement[] {
  const seen = new Set<unknown>();
  return session.marks().filter((mark) => {
    const hit = session.hitFor(mark);
    if (seen.has(hit)) return false;
    seen.add(hit);
    return true;
  });
}

/** What the shortcuts do: show a highlight's popover with focus in it; open the flag form for the selection. */
export interface ShortcutActions {
  open: (mark: HTMLElement) => void;
  flag: () => void;
}

/** Listens for the shortcuts for as long as the content script lives. */
export function listenForShortcuts(
  ctx: ContentScriptContext,
  session: () => Highlights | null,
  actions: ShortcutActions,
): void {
  let current: unknown = null;
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      // A page's synthetic key press must not walk highlights (opening popovers) or open the flag form.
      if (!event.isTrusted) return;
      const command = commandFor(event);
      const page = session();
      if (!command || !page) return;
      if (command === 'flag-selection') {
        event.preventDefault();
        actions.flag();
        return;
      }
      const list = targets(page);
      const index = list.findIndex((m) => page.hitFor(m) === current);
      const next = list[step(list.length, index, command === 'next-highlight' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      current = page.hitFor(next);
      next.scrollIntoView({ block: 'center' });
      actions.open(next);
    },
    { capture: true },
  );
}
