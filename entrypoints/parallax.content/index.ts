import '@/assets/styles/popover.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearPageState, setPageState } from './page-state';
import { mountPopover } from './popover';
import { scanPage } from './scan';

async function run(ctx: ContentScriptContext): Promise<void> {
  const controller = new AbortController();
  ctx.onInvalidated(() => {
    controller.abort();
    clearPageState();
  });
  setPageState('scanning');
  try {
    const scan = await scanPage(controller.signal);
    if (scan.reply && scan.report && scan.report.drawn.length > 0) {
      await mountPopover(ctx, { hitFor: (el) => scan.hits.get(el), outletId: scan.reply.outletId, outletName: scan.reply.outletName });
    }
  } catch (error) {
    // A page Parallax cannot read stays exactly as it was; the reason goes to the console for bug reports.
    console.warn('Parallax could not scan this page:', error);
  } finally {
    if (!controller.signal.aborted) setPageState('ready');
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  main(ctx) {
    void run(ctx);
  },
});
