import '@/assets/styles/popover.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchNavigation } from '@/lib/page/navigation';
import { broadcast, serveTab } from '@/lib/messaging/tab-client';
import { clearPageState, setPageState } from './page-state';
import { mountPopover, type PopoverController } from './popover';
import { PageSession } from './session';
import { listenForShortcuts } from './shortcuts';

// A single-page site changes its content after the URL: wait for it to settle.
const NAVIGATION_SETTLE_MS = 600;

function run(ctx: ContentScriptContext): void {
  let session: PageSession | null = null;
  let popover: Promise<PopoverController> | null = null;

  const onChange = (current: PageSession): void => {
    if (current !== session) return;
    broadcast('page.changed', { url: location.href });
    if (!popover && current.marks().length > 0) {
      popover = mountPopover(ctx, {
        hitFor: (el) => session?.hitFor(el),
        outlet: () => ({ id: session?.outletId ?? null, name: session?.outletName ?? null }),
        piecesOf: (mark) => session?.piecesOf(mark) ?? [],
        textOf: (hit) => session?.textOf(hit) ?? '',
      });
    }
  };

  const start = async (): Promise<void> => {
    const current = new PageSession(onChange);
    session = current;
    setPageState('scanning');
    try {
      await current.start();
    } catch (error) {
      // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
      console.warn('Parallax could not scan this page:', error);
    } finally {
      if (session === current && !current.signal.aborted) setPageState('ready');
    }
  };

  const stop = (): void => {
    session?.stop();
    session = null;
    void popover?.then((p) => p.destroy());
    popover = null;
  };

  ctx.onInvalidated(() => {
    stop();
    clearPageState();
  });

  serveTab(
    {
      'page.summary': async () =>
        session?.summary() ?? { url: location.href, title: document.title, state: 'scanning', outletId: null, outletName: null, items: [], notDrawn: 0 },
      'page.reveal': async ({ kind, id }) => session?.reveal(kind, id) != null,
      'page.suppress': async (suppression) => {
        void popover?.then((p) => p.close());
        return session?.suppress(suppression) ?? 0;
      },
      'page.rescan': async () => {
        stop();
        void start();
        return null;
      },
    },
    ctx.signal,
  );

  listenForShortcuts(
    ctx,
    () => session,
    (mark) => void popover?.then((p) => p.open(mark, true)),
  );

  let settle: ReturnType<typeof setTimeout> | undefined;
  watchNavigation(window, {
    signal: ctx.signal,
    onNavigate: () => {
      stop();
      clearTimeout(settle);
      settle = setTimeout(() => void start(), NAVIGATION_SETTLE_MS);
    },
  });

  void start();
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  main(ctx) {
    run(ctx);
  },
});
