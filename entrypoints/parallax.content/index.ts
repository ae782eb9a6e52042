import '@/assets/styles/popover.css';
import '@/assets/styles/flags.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchNavigation } from '@/lib/page/navigation';
import { broadcast, serveTab } from '@/lib/messaging/tab-client';
import { sendToBackground } from '@/lib/messaging/client';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '@/lib/settings/schema';
import { clearPageState, setPageState } from '@/lib/content/page-state';
import { mountPopover, type PopoverController } from '@/lib/content/popover';
import { PageSession } from '@/lib/content/session';
import { listenForShortcuts } from '@/lib/content/shortcuts';
import { mountFlagging, type FlaggingController } from '@/lib/content/flagging';
import { readOutletHints } from '@/lib/page/outlet';
import { keepTypingPrivate, refuseForgedRetirement } from '@/lib/content/page-guards';
import { yieldToMain } from '@/lib/page/yield';

// A single-page site changes its content after the URL: wait for it to settle.
const NAVIGATION_SETTLE_MS = 600;

function run(ctx: ContentScriptContext): void {
  refuseForgedRetirement(ctx.signal);
  // First of all, before any page script can listen: what the reader types into our UI stays ours.
  const guard = keepTypingPrivate(ctx.signal);
  let session: PageSession | null = null;
  let popover: Promise<PopoverController> | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let flagging: Promise<FlaggingController> | null = null;

  const pageInfo = () => {
    const hints = readOutletHints(document, location);
    return { url: hints.canonicalUrl ?? location.href, pageUrl: location.href, title: hints.title, publishedAt: hints.publishedAt ?? null, outletId: session?.outletId ?? null, outletName: session?.outletName ?? null };
  };

  const onChange = (current: PageSession): void => {
    if (current !== session) return;
    broadcast('page.changed', { url: location.href });
    if (!flagging && current.region) flagging = mountFlagging(ctx, { region: () => session?.region ?? null, pageInfo, guard, send: sendToBackground });
    if (!popover && current.hasMarks) {
      popover = mountPopover(ctx, {
        hitFor: (el) => session?.hitFor(el),
        outlet: () => ({ id: session?.outletId ?? null, name: session?.outletName ?? null }),
        piecesOf: (mark) => session?.piecesOf(mark) ?? [],
        textOf: (hit) => session?.textOf(hit) ?? '',
        flag: (pieces) => {
          const first = pieces[0];
          const last = pieces[pieces.length - 1];
          if (!first || !last) return;
          // The highlighted words become the selection the flag form reads.
          const range = document.createRange();
          range.setStartBefore(first);
          range.setEndAfter(last);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          void flagging?.then((f) => f.begin());
        },
        delays: current.activeSettings.hover,
        guard,
        send: sendToBackground,
      });
    }
  };

  const start = async (): Promise<void> => {
    if (!isEnabledOn(settings, location.hostname)) {
      setPageState('off');
      broadcast('page.changed', { url: location.href });
      return;
    }
    const current = new PageSession(onChange, settings, sendToBackground);
    session = current;
    setPageState('scanning');
    try {
      await current.start();
      settings = current.activeSettings;
      if (!current.enabled && session === current) {
        // Off for this site, as the background's settings say: nothing was drawn.
        stop();
        setPageState('off');
        broadcast('page.changed', { url: location.href });
        return;
      }
    } catch (error) {
      // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
      console.warn('Parallax could not scan this page:', error);
    }
    if (session === current && !current.signal.aborted) setPageState('ready');
  };

  // Removes every highlight and the popover: the page is as it was served.
  const stop = (): void => {
    session?.stop();
    session = null;
    void popover?.then((p) => p.destroy());
    popover = null;
    void flagging?.then((f) => f.destroy());
    flagging = null;
  };

  ctx.onInvalidated(() => {
    stop();
    clearPageState();
  });

  serveTab(
    {
      'page.summary': async () => {
        if (session) return session.summary();
        const state = isEnabledOn(settings, location.hostname) ? 'scanning' : 'off';
        return { url: location.href, title: document.title, state, outletId: null, outletName: null, items: [], notDrawn: 0 };
      },
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
      'flag.begin': async () => (await flagging)?.begin() ?? false,
      'settings.changed': async ({ settings: next }) => {
        settings = next;
        stop();
        void start();
        return null;
      },
    },
    ctx.signal,
  );

  listenForShortcuts(ctx, () => session, {
    open: (mark) => void popover?.then((p) => p.open(mark, true)),
    flag: () => void flagging?.then((f) => f.begin()),
  });

  let settle: ReturnType<typeof setTimeout> | undefined;
  watchNavigation(window, {
    signal: ctx.signal,
    onNavigate: () => {
      stop();
      clearTimeout(settle);
      settle = setTimeout(() => void start(), NAVIGATION_SETTLE_MS);
    },
  });

  // Loaded while the page is still arriving: wake the background now (it readies the
  // index and answers with the settings for this site), then read the page once parsed.
  const prepared = sendToBackground('page.prepare', { hostname: location.hostname }).then((reply) => {
    if (reply.ok) settings = reply.value.settings;
  });
  const parsed = document.readyState === 'loading' ? new Promise<void>((done) => ctx.addEventListener(document, 'DOMContentLoaded', () => done(), { once: true })) : Promise.resolve();
  // The scan does not wait for that answer: the background applies the settings to it.
  // DOMContentLoaded is dispatched in the page's parsing task, which often also lays the
  // page out for its load event: reading there would lengthen the page's own longest
  // task, so the scan starts in a task of its own, next in line after it.
  void prepared;
  void parsed.then(() => yieldToMain()).then(() => start());
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  // WXT's start announcement by postMessage tells every page the extension's id: pages could single out Parallax readers.
  noScriptStartedPostMessage: true,
  main(ctx) {
    run(ctx);
  },
});
